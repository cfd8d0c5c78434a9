/**
 * What the browser reads from device topics (docs/topics.md); the topic grammar itself is
 * @tether/protocol's.
 */
import { allDevicesFilter, OPERATOR_SUBSCRIBE_KINDS, parseTelemetryTs, type FieldSpec, type TelemetryValue } from '@tether/protocol'

/** Every device's telemetry, status, meta and the hub's presence: all an operator may subscribe to. */
export const OPERATOR_SUBSCRIPTIONS: string[] = OPERATOR_SUBSCRIBE_KINDS.map(allDevicesFilter)

export interface TelemetrySample { t: number; fields: Record<string, TelemetryValue> }

/**
 * A telemetry payload (a JSON object of fields with an optional `ts`) → a sample at its `ts`, or
 * at `receivedAt` when it has none the hub would accept. Values other than finite numbers,
 * booleans and strings are left out.
 */
export function parseTelemetry(payload: string, receivedAt: number): TelemetrySample | null {
  let raw: unknown
  try { raw = JSON.parse(payload) } catch { return null }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const fields: Record<string, TelemetryValue> = {}
  let t = receivedAt
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === 'ts') t = parseTelemetryTs(v) ?? receivedAt
    else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || typeof v === 'string') fields[k] = v
  }
  return { t, fields }
}

/** Fields an operator usually watches first, by model kind; anything else falls back to by-name order. */
const PREFERRED = ['temperature', 'power', 'flow', 'pressure', 'level']

/**
 * The field a sparkline or history shows first among the numeric ones: the one the device's meta
 * marks `main`, else one it declares a unit for, else a preferred name, else the first by name.
 */
export function mainField(fields: Record<string, unknown>, declared?: Record<string, FieldSpec>): string | null {
  const numeric = Object.keys(fields).filter(k => typeof fields[k] === 'number').sort()
  if (declared) {
    const entries = Object.entries(declared).filter(([name]) => numeric.includes(name))
    const pick = entries.find(([, f]) => f.main) ?? entries.find(([, f]) => f.unit)
    if (pick) return pick[0]
  }
  return PREFERRED.find(p => numeric.includes(p)) ?? numeric[0] ?? null
}
