/** The topic scheme of docs/topics.md, as the browser reads it. */
export type DeviceTopicKind = 'telemetry' | 'status' | 'meta' | 'presence'

/** `presence` is the hub's retained, explained presence (#6); `status` the device's own online/offline. */
export const OPERATOR_SUBSCRIPTIONS = ['devices/+/telemetry', 'devices/+/status', 'devices/+/meta', 'devices/+/presence'] as const

export function deviceTopic(id: string, kind: DeviceTopicKind): string {
  return `devices/${id}/${kind}`
}

/** `devices/{id}/{kind}` → parts, or null for anything else. */
export function parseDeviceTopic(topic: string): { id: string; kind: DeviceTopicKind } | null {
  const m = /^devices\/([^/+#]+)\/(telemetry|status|meta|presence)$/.exec(topic)
  return m ? { id: m[1]!, kind: m[2] as DeviceTopicKind } : null
}

export interface TelemetrySample { t: number; fields: Record<string, number | boolean | string> }

/** A telemetry payload: a JSON object of fields with an optional `ts` (epoch ms or RFC 3339). */
export function parseTelemetry(payload: string, receivedAt: number): TelemetrySample | null {
  let raw: unknown
  try { raw = JSON.parse(payload) } catch { return null }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const fields: Record<string, number | boolean | string> = {}
  let t = receivedAt
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === 'ts') {
      const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : Number.NaN
      if (Number.isFinite(ms)) t = ms
    } else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || typeof v === 'string') {
      fields[k] = v
    }
  }
  return { t, fields }
}

/** Fields an operator usually watches first, by model kind; anything else falls back to by-name order. */
const PREFERRED = ['temperature', 'power', 'flow', 'pressure', 'level']

/** The field a sparkline shows: a preferred numeric one, else the first numeric one by name. */
export function mainField(fields: Record<string, unknown>): string | null {
  const numeric = Object.keys(fields).filter(k => typeof fields[k] === 'number').sort()
  return PREFERRED.find(p => numeric.includes(p)) ?? numeric[0] ?? null
}
