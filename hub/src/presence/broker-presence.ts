import type { Aedes, Client, PublishPacket } from 'aedes'
import { principalOf } from '../protocols/mqtt/broker.js'
import type { DisconnectCause } from './device-presence.js'
import type { PresenceService } from './presence-service.js'

/** Retained JSON presence the hub publishes per device (docs/topics.md). */
export const presenceTopic = (deviceId: string) => `devices/${deviceId}/presence`

/**
 * Feeds the presence service from aedes 1.2 events:
 * - `client` → connected; `clientDisconnect` → disconnected with its cause, classified from what
 *   aedes knew at close: `_disconnected` is set only by a DISCONNECT packet (lib/handlers/index.js);
 *   a `keepaliveTimeout` event precedes the close; otherwise aedes publishes the will if there was
 *   one (lib/client.js `close` → finish), which we note at connect because `will` is cleared by then;
 * - `publish` by the device on its own `telemetry` → telemetry; any other publish and `ping` → seen.
 * Then publishes every change as the retained `devices/{id}/presence` (as the hub: client null).
 */
export function attachBrokerPresence(broker: Aedes, presence: PresenceService, opts: { onError?: (err: Error) => void } = {}) {
  const keepaliveExpired = new WeakSet<Client>()
  const hadWill = new WeakSet<Client>()
  const deviceOf = (client: Client | null) => {
    const p = principalOf(client)
    return p?.kind === 'device' ? p.id : undefined
  }

  function onClient(client: Client): void {
    const id = deviceOf(client)
    if (!id) return
    if ((client as unknown as { will?: unknown }).will) hadWill.add(client)
    presence.connected(id)
  }
  function onKeepaliveTimeout(client: Client): void { keepaliveExpired.add(client) }
  function onClientDisconnect(client: Client): void {
    const id = deviceOf(client)
    if (!id) return
    const clean = (client as unknown as { _disconnected?: boolean })._disconnected === true
    const cause: DisconnectCause = clean ? 'clean' : keepaliveExpired.has(client) ? 'keepalive' : hadWill.has(client) ? 'will' : 'dropped'
    presence.disconnected(id, cause)
  }
  function onPublish(packet: PublishPacket, client: Client | null): void {
    const id = deviceOf(client)
    if (!id) return
    if (packet.topic === `devices/${id}/telemetry`) presence.telemetry(id)
    else presence.seen(id)
  }
  function onPing(_packet: unknown, client: Client): void {
    const id = deviceOf(client)
    if (id) presence.seen(id)
  }

  const unsubscribe = presence.onChange(({ deviceId, change }) => {
    const { from: _from, cadenceMs: _c, ...view } = change
    // Deferred: a change raised inside aedes' close sequence (clientDisconnect) must not publish
    // re-entrantly, or aedes with in-memory persistence loses that client's will.
    setImmediate(() => broker.closed || broker.publish({
      cmd: 'publish', topic: presenceTopic(deviceId), payload: Buffer.from(JSON.stringify(view)),
      qos: 0, retain: true, dup: false,
    } as PublishPacket, err => { if (err) opts.onError?.(err) }))
  })

  broker.on('client', onClient)
  broker.on('keepaliveTimeout', onKeepaliveTimeout)
  broker.on('clientDisconnect', onClientDisconnect)
  broker.on('publish', onPublish)
  broker.on('ping', onPing)
  return {
    /** Removes the retained presence of a deleted device. */
    clear(deviceId: string): void {
      broker.publish({ cmd: 'publish', topic: presenceTopic(deviceId), payload: Buffer.alloc(0), qos: 0, retain: true, dup: false } as PublishPacket,
        err => { if (err) opts.onError?.(err) })
    },
    /** Stops listening (before the hub closes sockets, so a shutdown is not reported as devices lost). */
    stop(): void {
      unsubscribe()
      broker.off('client', onClient)
      broker.off('keepaliveTimeout', onKeepaliveTimeout)
      broker.off('clientDisconnect', onClientDisconnect)
      broker.off('publish', onPublish)
      broker.off('ping', onPing)
    },
  }
}
