import type { BrokerHooks, DevicePublish } from '../protocols/mqtt/broker-hooks.js'
import type { DeviceDirectory } from '../identity/types.js'
import type { Logger } from '../logger.js'
import type { BatchWriter } from './batch-writer.js'
import { parseTelemetryPayload, type PayloadLimits } from './payload.js'
import { buildPoint, type FieldValue } from './point.js'

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
 * Feeds device publishes on `devices/{id}/telemetry` into the writer. The broker's ACL already
 * guarantees a device publishes only its own topic. A bad payload is counted and logged at debug;
 * the device's session is never touched.
 */
export function attachTelemetryIngest(hooks: BrokerHooks, deps: IngestDeps): void {
  const rejected = deps.writer.metrics.rejected
  hooks.afterPublish('telemetry', function ingestTelemetry({ packet, client, topic }: DevicePublish): void {
    if (client === null) return // the hub's own publishes
    const parsed = parseTelemetryPayload(packet.payload as Buffer, deps.now(), deps.limits)
    if (!parsed.ok) {
      rejected.inc({ reason: parsed.reason })
      deps.logger.debug({ device: topic.deviceId, reason: parsed.reason, detail: parsed.detail }, 'telemetry publish rejected')
      return
    }
    const device = deps.devices.get(topic.deviceId)
    deps.writer.accept([buildPoint(topic.deviceId, parsed.fields, parsed.ts, device ?? undefined)])
    if (deps.listeners) for (const listener of deps.listeners) listener(topic.deviceId, parsed.fields, parsed.ts)
  })
}
