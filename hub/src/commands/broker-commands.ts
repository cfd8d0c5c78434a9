import type { Aedes, Client, PublishPacket } from 'aedes'
import { principalOf } from '../protocols/mqtt/broker.js'
import type { BrokerHooks } from '../protocols/mqtt/broker-hooks.js'
import { deviceTopic, parseDeviceTopic } from '@tether/protocol'
import type { CommandService } from './command-service.js'
import { HubError } from '../errors.js'
import { syncedSince, type CommitSync } from '../storage/durable-commits.js'

export const commandsTopic = (deviceId: string) => deviceTopic(deviceId, 'commands')

/** The `expiresAt` of a command packet, or undefined when the payload is not a hub command. */
function expiresAtOf(packet: PublishPacket): number | undefined {
  try {
    const v = (JSON.parse(packet.payload.toString()) as { expiresAt?: unknown }).expiresAt
    return typeof v === 'number' ? v : undefined
  } catch { return undefined }
}
function commandIdOf(packet: { payload?: unknown }): string | undefined {
  try {
    const v = (JSON.parse(String(packet.payload)) as { id?: unknown }).id
    return typeof v === 'string' ? v : undefined
  } catch { return undefined }
}

/**
 * Connects the command service to aedes 1.2:
 * - publish: `devices/{id}/commands` at QoS 1, not retained, as the hub (`client` null);
 * - delivery: aedes emits `ack` (origPacket, client) when a subscriber's PUBACK clears a QoS 1
 *   message from its outgoing store (lib/handlers/puback.js): that is the device's PUBACK;
 * - responses: the device's own publishes on `devices/{id}/responses`;
 * - expiry (MQTT 3.1.1 has no message expiry, so the hub emulates MQTT 5's): a command waiting in
 *   an offline device's persistent session is checked when the session resumes — aedes passes every
 *   queued PUBLISH through `authorizeForward` and clears the refused ones from the queue
 *   (lib/handlers/connect.js emptyQueueFilter) — so the device never receives it after `expiresAt`.
 *   Devices should also ignore a command whose `expiresAt` has passed (clock skew aside).
 */
export function attachBrokerCommands(broker: Aedes, hooks: BrokerHooks, commands: () => CommandService, now: () => number, onError: (err: Error) => void = () => {},
  durable?: CommitSync) {
  let listening = true
  // Both run inside aedes' callbacks: a store error (a cluster's PostgreSQL down) is reported, never thrown into the broker.
  function onAck(packet: PublishPacket | undefined, client: Client): void {
    const p = principalOf(client)
    if (!packet || p?.kind !== 'device' || packet.topic !== commandsTopic(p.id)) return
    const id = commandIdOf(packet)
    try { if (id) commands().delivered(p.id, id) } catch (err) { onError(err as Error) }
  }
  // A response is acknowledged once it is recorded and on disk. While a cluster's PostgreSQL is
  // unreachable it is not: the device's connection closes without a PUBACK and the device sends the
  // response again when it reconnects [MQTT-4.4.0-1], instead of the command timing out after the
  // device did it.
  hooks.beforeAck('responses', function onResponse({ packet, principal, topic }) {
    if (!listening || principal?.kind !== 'device' || topic.deviceId !== principal.id) return
    const before = durable?.changes() ?? 0
    try { commands().response(principal.id, packet.payload as Buffer) } catch (err) {
      onError(err as Error)
      if (err instanceof HubError && err.code === 'HUB_ERR_UNAVAILABLE') throw err
    }
    if (durable) return syncedSince(durable, before) ?? undefined
  })
  hooks.forward(function dropExpiredCommands(_client, packet) {
    // Only the hub's own commands (no publishing client: aedes sets `clientId` on client packets in
    // emitPacket) carry an expiry the hub enforces; nobody else may publish there under the ACL.
    if ((packet as { clientId?: string }).clientId || parseDeviceTopic(packet.topic)?.kind !== 'commands') return true
    const expiresAt = expiresAtOf(packet)
    return expiresAt === undefined || expiresAt > now()
  })
  broker.on('ack', onAck as never)

  return {
    publish(deviceId: string, payload: Buffer): Promise<void> {
      return new Promise((resolve, reject) => broker.publish(
        { cmd: 'publish', topic: commandsTopic(deviceId), payload, qos: 1, retain: false, dup: false } as PublishPacket,
        err => err ? reject(err) : resolve(),
      ))
    },
    stop(): void {
      listening = false
      broker.off('ack', onAck as never)
    },
  }
}
