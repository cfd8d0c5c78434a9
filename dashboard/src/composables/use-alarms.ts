import { computed, shallowRef } from 'vue'
import { alarmsApi } from '../alarms/api'
import { activeByDevice, alarmFromCard, applyAlarm, sortAlarms, unacknowledged, type Alarm } from '../alarms/alarms'
import { onSessionEnd } from '../session/session'
import { useHub } from './use-hub'

/** The open alarms (not closed): loaded over REST, then kept current by alarm cards in the rooms. */
const open = shallowRef<Alarm[]>([])
const error = shallowRef<string | null>(null)
let started = false
let timer: ReturnType<typeof setInterval> | undefined

async function reload(): Promise<void> {
  try {
    open.value = sortAlarms(await alarmsApi.list({ state: 'open', limit: '500' }))
    error.value = null
  } catch (e) {
    error.value = (e as Error).message
  }
}

function start(): void {
  if (started) return
  started = true
  const hub = useHub()
  const off = hub.onEntry((room, entry) => {
    if (entry.kind === 'alarm') open.value = applyAlarm(open.value, alarmFromCard(entry.card, room))
  })
  void reload()
  // Cards come only from rooms this user follows; a slow poll covers the rest.
  timer = setInterval(() => void reload(), 30_000)
  const offEnd = onSessionEnd(() => {
    offEnd()
    off()
    clearInterval(timer)
    started = false
    open.value = []
  })
}

export function useAlarms() {
  start()
  return {
    open, error, reload,
    badge: computed(() => unacknowledged(open.value)),
    byDevice: computed(() => activeByDevice(open.value)),
    /** REST acknowledge (the list and device page); rooms use the chat.v1 frame. */
    async acknowledge(id: string, note?: string): Promise<void> {
      open.value = applyAlarm(open.value, await alarmsApi.acknowledge(id, note))
    },
  }
}
