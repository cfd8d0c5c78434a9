import type { DeviceDirectory } from '../identity/types.js'
import type { Logger } from '../logger.js'
import type { BrokerHooks, DevicePublish } from '../protocols/mqtt/broker-hooks.js'
import type { BatchWriter } from './batch-writer.js'
import { tagValueProblem } from './line-protocol.js'
import { parseTelemetryPayload, type PayloadLimits } from './payload.js'
import { buildPoint, type DeviceTags, type FieldValue } from './point.js'
import { ReceiveStamper } from './stamp.js'

/** Sees every accepted telemetry publish, parsed once: the same fields and time the store gets. */
export type PointListener = (deviceId: string, fields: Record<string, FieldValue>, ts: number) => void

export interface IngestDeps {
  writer: BatchWriter
  devices: DeviceDirectory
  limits: PayloadLimits
  now: () => number
  logger: Logger
  /** Called for each accepted publish after it is handed to the writer (alarms evaluate here). */
  listeners?: PointListener[]
}

/**
 * Turns device publishes on `devices/{id}/telemetry` into journaled points. The broker's ACL
 * already guarantees a device publishes only its own topic; a publish the ACL dropped is counted.
 * For QoS 1 and 2 the returned promise resolves once the point is durable, and the broker holds
 * the PUBACK/PUBREC until then; QoS 0 is best effort (journaled without an fsync, never waited for). A bad payload
 * is acknowledged, counted and logged at most once a minute per device; the session is never touched.
 */
export function attachTelemetryIngest(hooks: BrokerHooks, deps: IngestDeps): void {
  const stamper = new ReceiveStamper()
  const { writer } = deps
  function refuse(device: string, reason: string, detail: string): void {
    writer.count(`rejected:${reason}`)
    writer.notices.warn(device, reason, detail, 'telemetry publish refused')
  }
  hooks.denied(function countDeniedTelemetry({ requested, topic, client }) {
    if (topic?.kind === 'telemetry' || requested.endsWith('/telemetry')) refuse(client.id ?? '?', 'acl_denied', `publish to ${requested.slice(0, 100)} not allowed`)
  })
  hooks.beforeAck('telemetry', function onTelemetryPublish({ packet, client, topic }: DevicePublish): Promise<void> | undefined {
    if (client === null) return undefined // the hub's own publishes
    const now = deps.now()
    const parsed = parseTelemetryPayload(packet.payload as Buffer, now, deps.limits)
    if (!parsed.ok) { refuse(topic.deviceId, parsed.reason, parsed.detail); return undefined }
    const ts = parsed.ts ?? stamper.stamp(topic.deviceId, now)
    const point = buildPoint(topic.deviceId, parsed.fields, ts.ms, encodableTags(topic.deviceId, deps.devices.get(topic.deviceId)), ts.ns, parsed.fieldsText)
    // QoS 0 promises nothing: its record is written but waits for no fsync (nor costs one).
    const durable = writer.accept([point], packet.qos > 0)
    if (deps.listeners) for (const listener of deps.listeners) listener(topic.deviceId, parsed.fields, ts.ms)
    return durable
  })

  /** Registry tags InfluxDB cannot store (see tagValueProblem) are left off the point, counted, for every store alike. */
  function encodableTags(deviceId: string, device: DeviceTags | null | undefined): DeviceTags | undefined {
    if (!device) return undefined
    const out: DeviceTags = { room: device.room, model: device.model }
    for (const key of ['room', 'model'] as const) {
      const value = out[key]
      const problem = value ? tagValueProblem(value) : null
      if (problem) { out[key] = null; refuse(deviceId, 'unencodable_tag', `${key}: ${problem}`) }
    }
    return out
  }
}
