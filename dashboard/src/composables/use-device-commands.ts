/**
 * A device's commands: the audit trail (`GET /api/commands?device=`), issuing over REST
 * (`POST /api/devices/:id/commands`, #6), and live lifecycle — from the command cards in room
 * timelines when they arrive, else by polling the audit while a command is still in flight.
 */
import { computed, onBeforeUnmount, ref, type Ref } from 'vue'
import { api } from '../api/client'
import { normaliseCommand } from '../api/normalise'
import type { CommandRecord, CommandState } from '../api/types'
import { isTerminal } from '../commands/lifecycle'
import { clientId } from '../util/ids'
import { useHub } from './use-hub'

const POLL_MS = 1000

export function useDeviceCommands(deviceId: Ref<string>) {
  const hub = useHub()
  const audit = ref<CommandRecord[]>([])
  const loading = ref(true)
  const error = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null

  async function load(): Promise<void> {
    try {
      audit.value = await api.commands(deviceId.value)
      error.value = null
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      loading.value = false
    }
    schedule()
  }

  function schedule(): void {
    if (timer) clearTimeout(timer)
    timer = audit.value.some(c => !isTerminal(c.state)) ? setTimeout(load, POLL_MS) : null
  }

  /** Cards seen in any room timeline for this device, newest revision, by command id. */
  const liveCards = computed(() => {
    const out = new Map<string, CommandState>()
    for (const t of Object.values(hub.timelines)) {
      for (const e of t.entries) if (e.kind === 'command' && e.card.deviceId === deviceId.value) out.set(e.card.commandId, e.card.status as CommandState)
    }
    return out
  })

  const commands = computed(() => audit.value
    .map(c => ({ ...c, state: liveCards.value.get(c.id) ?? c.state }))
    .sort((a, b) => b.issuedAt - a.issuedAt))

  async function issue(name: string, params: Record<string, unknown>): Promise<CommandRecord> {
    const raw = await api.issueCommand(deviceId.value, { clientId: clientId('c'), name, params })
    const rec = normaliseCommand(((raw as { command?: unknown }).command ?? raw) as Record<string, unknown>)
    audit.value = [rec, ...audit.value.filter(c => c.id !== rec.id)]
    schedule()
    return rec
  }

  onBeforeUnmount(() => { if (timer) clearTimeout(timer) })
  void load()
  return { commands, loading, error, issue, reload: load }
}
