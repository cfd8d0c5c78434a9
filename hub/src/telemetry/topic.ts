import { ID_PATTERN } from '../identity/ids.js'

/** `devices/{id}/telemetry` → the device id, or null for any other topic. */
const TOPIC = /^devices\/([^/+#]+)\/telemetry$/

/** Device ids the hub accepts in a telemetry topic: exactly what the registry issues. */
const DEVICE_ID = ID_PATTERN

export const TELEMETRY_FILTER = 'devices/+/telemetry'

export function parseTelemetryTopic(topic: string): { deviceId: string } | { error: 'not_telemetry' | 'bad_device_id' } {
  const m = TOPIC.exec(topic)
  if (!m) return { error: 'not_telemetry' }
  if (!DEVICE_ID.test(m[1]!)) return { error: 'bad_device_id' }
  return { deviceId: m[1]! }
}
