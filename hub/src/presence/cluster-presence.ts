import type { Aedes, PublishPacket } from 'aedes'
import { parseDeviceTopic } from '@tether/protocol'
import type { PresenceView } from './device-presence.js'

/**
 * What the other hubs of a cluster published as each device's presence (the retained
 * `devices/{id}/presence`, routed to every hub by the shared emitter), so /api/devices on any hub
 * shows a device connected elsewhere. The hub holding a connection derives its presence; the others
 * only read it here.
 */
export function followClusterPresence(broker: Aedes) {
  const views = new Map<string, PresenceView>()
  function remember(packet: { topic: string; payload: Buffer | string }): void {
    const topic = parseDeviceTopic(packet.topic)
    if (!topic || topic.kind !== 'presence') return
    const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload)
    if (payload.length === 0) { views.delete(topic.deviceId); return }
    try {
      const view = JSON.parse(payload.toString()) as PresenceView
      const known = views.get(topic.deviceId)
      if (typeof view.state === 'string' && typeof view.since === 'number' && (!known || view.since >= known.since)) views.set(topic.deviceId, view)
    } catch { /* not ours to judge */ }
  }
  function onPresence(packet: PublishPacket, done: () => void): void {
    remember(packet)
    done()
  }
  return {
    async start(): Promise<void> {
      await new Promise<void>(resolve => broker.subscribe('devices/+/presence', onPresence as never, resolve))
      const persistence = (broker as unknown as { persistence: { createRetainedStream(p: string): AsyncIterable<PublishPacket> } }).persistence
      for await (const packet of persistence.createRetainedStream('devices/+/presence')) remember(packet)
    },
    /** The newer of this hub's own view and what another hub published. */
    merge(local: PresenceView, deviceId: string): PresenceView {
      const remote = views.get(deviceId)
      if (!remote || (local.reason !== 'never_connected' && local.since >= remote.since)) return local
      return remote
    },
    stop(): void { broker.unsubscribe('devices/+/presence', onPresence as never, () => {}) },
  }
}

/**
 * Client ids another hub has just taken over. aedes announces each new connection on
 * `$SYS/<broker id>/new/clients` through the shared emitter and closes a local connection with the
 * same id (lib: aedes.js closeSameClients); that close is a takeover, not the device going away.
 * The announcement can overtake the new hub's ownership record in Redis, so presence checks both.
 * `onTaken` hears each such client id as it is announced (alarms hand the device's evaluation over).
 */
export function watchTakeovers(broker: Aedes, onTaken?: (clientId: string) => void) {
  const taken = new Map<string, number>()
  function onNewClient(packet: PublishPacket, done: () => void): void {
    const serverId = packet.topic.split('/')[1]
    if (serverId !== broker.id) {
      const clientId = packet.payload.toString()
      const now = Date.now()
      // Announcements nobody consumes (a listener-only watcher) must not pile up.
      for (const [id, t] of taken) if (now - t > 60_000) taken.delete(id)
      taken.set(clientId, now)
      onTaken?.(clientId)
    }
    done()
  }
  return {
    start: () => new Promise<void>(resolve => broker.subscribe('$SYS/+/new/clients', onNewClient as never, resolve)),
    /** True (once) when another hub announced this client id in the last minute. */
    consume(clientId: string): boolean {
      const at = taken.get(clientId)
      taken.delete(clientId)
      for (const [id, t] of taken) if (Date.now() - t > 60_000) taken.delete(id)
      return at !== undefined && Date.now() - at < 60_000
    },
    stop(): void { broker.unsubscribe('$SYS/+/new/clients', onNewClient as never, () => {}) },
  }
}
