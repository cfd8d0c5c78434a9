import type { Aedes, Client, PublishPacket } from 'aedes'
import { principalOf } from '../protocols/mqtt/broker.js'
import type { BrokerHooks, DevicePublish } from '../protocols/mqtt/broker-hooks.js'
import { deviceTopic, parseDevicePresence, parseDeviceTopic, type PresenceState } from '@tether/protocol'
import type { DisconnectCause, PresenceChange, PresenceView } from './device-presence.js'
import type { PresenceService } from './presence-service.js'

/** Retained JSON presence the hub publishes per device (docs/topics.md). */
export const presenceTopic = (deviceId: string) => deviceTopic(deviceId, 'presence')

/** States that say the device holds a connection: after a restart, none does yet. */
const CONNECTED: ReadonlySet<PresenceState> = new Set(['online', 'silent', 'flapping'])
/** How long a shutdown waits for presence publishes under way (their retained copies are stored). */
const SETTLE_MS = 2000
/** The retained JSON of a view or a change: what docs/topics.md names, without the hub's working fields. */
function payloadOf(view: PresenceView | PresenceChange): Buffer {
  const { cadenceMs: _c, from: _from, ...json } = view as PresenceChange
  return Buffer.from(JSON.stringify(json))
}

/**
 * Feeds the presence service from aedes 1.2 events:
 * - `client` → connected; `clientDisconnect` → disconnected with its cause, classified from what
 *   aedes knew at close: `_disconnected` is set only by a DISCONNECT packet (lib/handlers/index.js);
 *   a `keepaliveTimeout` event precedes the close; otherwise aedes publishes the will if there was
 *   one (lib/client.js `close` → finish), which we note at connect because `will` is cleared by then;
 * - a device's publish on its own `telemetry` → telemetry; any other publish and `ping` → seen.
 * Then publishes every change as the retained `devices/{id}/presence` (as the hub: client null).
 */
/** Cluster: which hub holds each device's connection (cluster/node-registry.ts). */
export interface ConnectionOwnership {
  claim(deviceId: string): Promise<void>
  /** True when this hub still held the connection, i.e. no other hub has taken the device over. */
  release(deviceId: string): Promise<boolean>
}

export function attachBrokerPresence(broker: Aedes, hooks: BrokerHooks, presence: PresenceService, opts: { onError?: (err: Error) => void; willWaitMs?: number; ownership?: ConnectionOwnership } = {}) {
  const keepaliveExpired = new WeakSet<Client>()
  /** Will topic of each device connection that has a will. */
  const willOf = new WeakMap<Client, string>()
  /**
   * Devices whose will aedes is publishing right now. aedes hands each subscriber a broker's packets
   * only in increasing `brokerCounter` order and silently drops one that arrives after a higher
   * counter (lib/client.js `dedupe`). Our presence packet is created after the will's, but as QoS 0 it
   * skips the will's QoS 1 offline-queue step and would overtake it: a dashboard subscribed to both
   * `status` and `presence` would then never get the will. So the presence publish waits for the
   * will's `publish` event (or `willWaitMs`); only the latest presence is kept meanwhile.
   */
  const awaitingWill = new Map<string, { client: Client; topic: string; queued: Buffer | null; timer: NodeJS.Timeout }>()
  const willWaitMs = opts.willWaitMs ?? 2000
  const deviceOf = (client: Client | null) => {
    const p = principalOf(client)
    return p?.kind === 'device' ? p.id : undefined
  }

  function onClient(client: Client): void {
    const id = deviceOf(client)
    if (!id) return
    const will = (client as unknown as { will?: { topic?: string } | null }).will
    if (will?.topic) willOf.set(client, will.topic)
    opts.ownership?.claim(id).catch(err => opts.onError?.(err as Error))
    presence.connected(id)
  }
  function onKeepaliveTimeout(client: Client): void { keepaliveExpired.add(client) }
  function onClientDisconnect(client: Client): void {
    const id = deviceOf(client)
    if (!id) return
    const clean = (client as unknown as { _disconnected?: boolean })._disconnected === true
    const willTopic = clean ? undefined : willOf.get(client)
    const cause: DisconnectCause = clean ? 'clean' : keepaliveExpired.has(client) ? 'keepalive' : willTopic ? 'will' : 'dropped'
    if (willTopic) {
      flush(id)
      const timer = setTimeout(() => flush(id), willWaitMs)
      timer.unref()
      awaitingWill.set(id, { client, topic: willTopic, queued: null, timer })
    }
    if (!opts.ownership) return presence.disconnected(id, cause)
    // A connection closed because the device connected to another hub is that hub's to report.
    opts.ownership.release(id).then(owned => {
      if (!listening) return
      if (owned) presence.disconnected(id, cause)
      else presence.forget(id)
    }, err => opts.onError?.(err as Error))
  }
  let listening = true
  function onDevicePublish({ packet, client, topic }: DevicePublish): void {
    const id = listening ? deviceOf(client) : undefined
    if (!id) return
    const waiting = awaitingWill.get(id)
    if (waiting && waiting.client === client && waiting.topic === packet.topic) flush(id)
    if (topic.kind === 'telemetry' && topic.deviceId === id) presence.telemetry(id)
    else presence.seen(id)
  }
  function onPing(_packet: unknown, client: Client): void {
    const id = deviceOf(client)
    if (id) presence.seen(id)
  }

  /** Publishes under way: a shutdown waits for them, so the last presence of each device is stored. */
  const inFlight = new Set<Promise<void>>()
  function publishPresence(deviceId: string, payload: Buffer): void {
    const done = new Promise<void>(resolve => {
      broker.publish({ cmd: 'publish', topic: presenceTopic(deviceId), payload, qos: 0, retain: true, dup: false } as PublishPacket,
        err => { inFlight.delete(done); resolve(); if (err) opts.onError?.(err) })
    })
    inFlight.add(done)
  }
  function flush(deviceId: string): void {
    const waiting = awaitingWill.get(deviceId)
    if (!waiting) return
    awaitingWill.delete(deviceId)
    clearTimeout(waiting.timer)
    if (waiting.queued) publishPresence(deviceId, waiting.queued)
  }

  const unsubscribe = presence.onChange(({ deviceId, change }) => {
    const payload = payloadOf(change)
    const waiting = awaitingWill.get(deviceId)
    if (waiting) waiting.queued = payload
    else publishPresence(deviceId, payload)
  })

  broker.on('client', onClient)
  broker.on('keepaliveTimeout', onKeepaliveTimeout)
  broker.on('clientDisconnect', onClientDisconnect)
  hooks.afterPublish('*', onDevicePublish)
  broker.on('ping', onPing)
  return {
    /** Removes the retained presence of a deleted device. */
    clear(deviceId: string): void {
      const waiting = awaitingWill.get(deviceId)
      if (waiting) { clearTimeout(waiting.timer); awaitingWill.delete(deviceId) }
      publishPresence(deviceId, Buffer.alloc(0))
    },
    /**
     * After a restart, alone (in a cluster, the node registry reports a stopped or dead hub's
     * devices lost, and other hubs may hold the connections): a retained presence
     * that still says a device is connected, because the hub stopped or crashed while it was (a
     * shutdown does not report devices gone), is replaced with what this hub knows, offline since it
     * started; when the device was last seen is kept. Resolves with how many were corrected.
     */
    async reconcile(): Promise<number> {
      const persistence = (broker as unknown as { persistence: { createRetainedStream(p: string): AsyncIterable<PublishPacket> } }).persistence
      let corrected = 0
      for await (const packet of persistence.createRetainedStream(presenceTopic('+'))) {
        const topic = parseDeviceTopic(packet.topic)
        const stored = topic?.kind === 'presence' ? parseDevicePresence(String(packet.payload)) : null
        if (!topic || !stored) continue
        if (stored.lastSeen !== null) presence.remembered(topic.deviceId, stored.lastSeen)
        const now = presence.of(topic.deviceId)
        // A device that connected since the hub started has published its own presence already.
        if (CONNECTED.has(stored.state) && now.state === 'offline' && !awaitingWill.has(topic.deviceId)) {
          publishPresence(topic.deviceId, payloadOf(now))
          corrected++
        }
      }
      return corrected
    },
    /**
     * Stops listening (before the hub closes sockets, so a shutdown is not reported as devices lost),
     * then waits (up to 2 s) for the presence publishes under way, so their retained copies are stored.
     */
    async stop(): Promise<void> {
      for (const w of awaitingWill.values()) clearTimeout(w.timer)
      awaitingWill.clear()
      unsubscribe()
      broker.off('client', onClient)
      broker.off('keepaliveTimeout', onKeepaliveTimeout)
      broker.off('clientDisconnect', onClientDisconnect)
      listening = false
      broker.off('ping', onPing)
      let timer: NodeJS.Timeout | undefined
      await Promise.race([Promise.all(inFlight), new Promise(resolve => { timer = setTimeout(resolve, SETTLE_MS) })])
      clearTimeout(timer)
    },
  }
}
