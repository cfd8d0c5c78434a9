/**
 * A device's commands: the audit (`GET /api/commands?device=`) read once, issuing over REST
 * (`POST /api/devices/:id/commands`), then every change from the command cards the hub posts in
 * the room timelines [CHAT-16.2-1]. The audit is re-read every second only while the chat socket
 * is down and a command is still open; when it is back, the resumed timelines carry what was missed.
 */
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import type { CommandCard, CommandRecordJson } from '@tether/protocol'
import { api } from '../api/client'
import { anyOpen, cardOf, followCommands, shouldPoll } from '../commands/follow'
import { clientId } from '../util/ids'
import { useHub } from './use-hub'

const FALLBACK_POLL_MS = 1000

export function useDeviceCommands(deviceId: Ref<string>) {
  const hub = useHub()
  const audit = ref<CommandRecordJson[]>([])
  const loading = ref(true)
  const error = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null

  function* cards(): Iterable<CommandCard> {
    for (const t of Object.values(hub.timelines)) for (const e of t.entries) if (e.kind === 'command') yield e.card
  }
  const commands = computed(() => followCommands(deviceId.value, audit.value, cards()))

  async function load(): Promise<void> {
    const id = deviceId.value
    try {
      const list = await api.commands(id)
      if (id === deviceId.value) { audit.value = list; error.value = null }
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      loading.value = false
    }
  }

  function schedule(): void {
    if (timer) clearTimeout(timer)
    timer = null
    if (!shouldPoll(hub.online.value, commands.value)) return
    timer = setTimeout(() => { void load().then(schedule) }, FALLBACK_POLL_MS)
  }
  watch([hub.online, () => anyOpen(commands.value)], schedule)

  async function issue(name: string, params: Record<string, unknown>): Promise<CommandCard> {
    const { command } = await api.issueCommand(deviceId.value, { clientId: clientId('c'), name, params })
    audit.value = [...audit.value.filter(c => c.id !== command.id), command]
    return cardOf(command)
  }

  watch(deviceId, () => { audit.value = []; loading.value = true; void load().then(schedule) })
  onBeforeUnmount(() => { if (timer) clearTimeout(timer) })
  void load().then(schedule)
  return { commands, loading, error, issue, reload: load }
}
