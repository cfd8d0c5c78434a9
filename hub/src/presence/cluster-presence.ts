import type { Aedes, PublishPacket } from 'aedes'
import { parseDeviceTopic } from '../protocols/mqtt/device-topic.js'
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
