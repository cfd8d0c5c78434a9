import type { Client, PublishPacket } from 'aedes'
import type { MqttAccess, MqttPrincipal } from './access.js'
import { parseDeviceTopic, type DeviceTopic, type DeviceTopicKind } from '@tether/protocol'

/** A device-topic PUBLISH as features see it: the topic parsed once, the publisher's principal. */
export interface DevicePublish {
  packet: PublishPacket
  /** The publishing client; null when the hub itself published. */
  client: Client | null
  principal: MqttPrincipal | undefined
  topic: DeviceTopic
}

/**
 * Runs for each client PUBLISH the ACL allowed, once the broker has routed it and before it
 * acknowledges it: a QoS 1 PUBACK and a QoS 2 PUBREC wait for the returned promise (subscribers do
 * not); QoS 0 is not held (a rejection is ignored).
 */
export type BeforeAck = (publish: DevicePublish) => void | Promise<void>
/** Observes a PUBLISH the broker has routed. */
export type AfterPublish = (publish: DevicePublish) => void
/** A client PUBLISH the ACL dropped; `topic` is what it asked for, parsed (null when not a device topic). */
export type DeniedPublish = (denied: { requested: string; topic: DeviceTopic | null; client: Client; principal: MqttPrincipal | undefined }) => void
/** Returns false to keep a packet from one subscriber (it is also cleared from offline queues). */
export type ForwardFilter = (client: Client, packet: PublishPacket) => boolean

/**
 * The one place features attach to aedes. The broker's hooks (authenticate, authorizePublish,
 * authorizeSubscribe, authorizeForward, published) call into this registry; features register
 * what they need while they start and never replace a broker hook. The `devices/{id}/{kind}` topic
 * of a PUBLISH is parsed once here and handed to the features that asked for that kind.
 */
export class BrokerHooks {
  private accessImpl: MqttAccess | null = null
  private readonly beforeAckByKind = new Map<string, BeforeAck[]>()
  private readonly afterByKind = new Map<string, AfterPublish[]>()
  private readonly anyDevicePublish: AfterPublish[] = []
  private readonly forwardFilters: ForwardFilter[] = []
  private readonly deniedListeners: DeniedPublish[] = []

  /** The authentication and ACL of MQTT clients; set once while the hub starts. */
  useAccess(access: MqttAccess): void {
    if (this.accessImpl) throw new Error('MQTT access is already provided')
    this.accessImpl = access
  }

  get access(): MqttAccess | null { return this.accessImpl }

  /** `fn` runs for each client PUBLISH on `devices/{id}/{kind}` before the broker acknowledges it. */
  beforeAck(kind: DeviceTopicKind, fn: BeforeAck): void { push(this.beforeAckByKind, kind, fn) }

  /** `fn` runs for each PUBLISH on `devices/{id}/{kind}` (`'*'`: every kind) once it is routed. */
  afterPublish(kind: DeviceTopicKind | '*', fn: AfterPublish): void {
    if (kind === '*') this.anyDevicePublish.push(fn)
    else push(this.afterByKind, kind, fn)
  }

  forward(fn: ForwardFilter): void { this.forwardFilters.push(fn) }

  /** `fn` learns of each client PUBLISH the ACL dropped (the client still got its acknowledgement). */
  denied(fn: DeniedPublish): void { this.deniedListeners.push(fn) }

  /** @internal broker.ts: the acknowledgement gate of one accepted client PUBLISH. */
  runBeforeAck(packet: PublishPacket, client: Client, principal: MqttPrincipal | undefined): void | Promise<unknown> {
    if (this.beforeAckByKind.size === 0) return
    const topic = parseDeviceTopic(packet.topic)
    const fns = topic && this.beforeAckByKind.get(topic.kind)
    if (!fns) return
    const publish: DevicePublish = { packet, client, principal, topic }
    let pending: Array<Promise<void>> | null = null
    for (const fn of fns) {
      const out = fn(publish)
      if (out) (pending ??= []).push(out)
    }
    if (pending) return pending.length === 1 ? pending[0] : Promise.all(pending)
  }

  /** @internal broker.ts: before the ACL's rewrite of a refused PUBLISH. */
  runDenied(packet: PublishPacket, client: Client, principal: MqttPrincipal | undefined): void {
    if (this.deniedListeners.length === 0) return
    const denied = { requested: packet.topic, topic: parseDeviceTopic(packet.topic), client, principal }
    for (const fn of this.deniedListeners) fn(denied)
  }

  /** @internal broker.ts: after aedes routed a PUBLISH. */
  runAfterPublish(packet: PublishPacket, client: Client | null, principal: MqttPrincipal | undefined): void {
    const topic = parseDeviceTopic(packet.topic)
    if (!topic) return
    const byKind = this.afterByKind.get(topic.kind)
    if (!byKind && this.anyDevicePublish.length === 0) return
    const publish: DevicePublish = { packet, client, principal, topic }
    if (byKind) for (const fn of byKind) fn(publish)
    for (const fn of this.anyDevicePublish) fn(publish)
  }

  /** @internal broker.ts */
  allowsForward(client: Client, packet: PublishPacket): boolean {
    for (const fn of this.forwardFilters) if (!fn(client, packet)) return false
    return true
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
