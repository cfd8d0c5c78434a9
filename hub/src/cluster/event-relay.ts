import type { HubEventMap, HubEvents } from '../events.js'
import type { ClusterBus } from './bus.js'

type Name = keyof HubEventMap

/**
 * Repeats chosen hub events on every other hub: what one hub announces locally (a device deleted,
 * a token rotated, an operator's role changed) is published on the bus, and each other hub first
 * lets `refresh` re-read what changed, then emits the same event locally so its own features react
 * (the session guard closes that hub's live sessions). Events announced from the bus are not sent on.
 */
export async function relayEvents<N extends Name>(opts: {
  events: HubEvents
  bus: ClusterBus
  names: readonly N[]
  refresh?: (name: N, payload: HubEventMap[N][0]) => void
}): Promise<() => void> {
  const { events, bus } = opts
  let replaying = false
  const offs: Array<() => void> = []
  for (const name of opts.names) {
    const local = (payload: HubEventMap[N][0]) => { if (!replaying) bus.publish('events', { name, payload }) }
    events.on(name, local as never)
    offs.push(() => events.off(name, local as never))
  }
  offs.push(await bus.onRemote<{ name: N; payload: HubEventMap[N][0] }>('events', ({ name, payload }) => {
    if (!opts.names.includes(name)) return
    opts.refresh?.(name, payload)
    replaying = true
    try { (events.emit as (n: N, p: unknown) => boolean)(name, payload) } finally { replaying = false }
  }))
  return () => { for (const off of offs) off() }
}
