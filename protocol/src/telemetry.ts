/**
 * Telemetry (docs/topics.md, docs/api.md § Telemetry): the JSON a device publishes on
 * `devices/{id}/telemetry` and the JSON the history API answers with. Pure.
 */

/** One field value; numbers are always floats, so a field never flips between int and float. */
export type TelemetryValue = number | boolean | string
export type TelemetryFields = Record<string, TelemetryValue>

/** A telemetry publish: a JSON object of fields, with an optional `ts` (epoch ms or RFC 3339 with a zone). */
export type TelemetryPayload = TelemetryFields & { ts?: number | string }

/**
 * Field names: a letter, then letters, digits, `_ . -`, up to 64 characters; `time` and `ts` are
 * reserved (`ts` is the timestamp; `time` is InfluxQL's), so no store ever needs to escape them.
 */
export const TELEMETRY_FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/
export const RESERVED_TELEMETRY_FIELDS: ReadonlySet<string> = new Set(['time', 'ts'])

export function isTelemetryFieldName(name: string): boolean {
  return TELEMETRY_FIELD_NAME_PATTERN.test(name) && !RESERVED_TELEMETRY_FIELDS.has(name)
}

/** Why the hub drops a telemetry publish (counted per reason in its metrics). */
export const TELEMETRY_REJECT_REASONS = [
  'too_large', 'not_json', 'not_object', 'no_fields', 'too_many_fields',
  'bad_field_name', 'bad_value', 'non_finite', 'string_too_long', 'bad_ts', 'ts_out_of_range',
  'not_utf8', 'bad_string',
] as const
export type TelemetryRejectReason = (typeof TELEMETRY_REJECT_REASONS)[number]

/** RFC 3339 with a zone (Z or ±hh:mm); Date.parse alone accepts far too much. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$/

/**
 * A payload's `ts` → epoch ms (whole) and the nanoseconds within it, or null when it is neither
 * non-negative epoch ms nor a real RFC 3339 instant with a zone (strict calendar: `2026-02-30` is
 * refused where Date.UTC would roll it over to 2 March).
 */
export function parseTelemetryInstant(value: unknown): { ms: number; ns: number } | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && value <= 8.64e15 ? { ms: Math.floor(value), ns: 0 } : null
  if (typeof value !== 'string') return null
  const m = RFC3339.exec(value)
  if (!m) return null
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(i => Number(m[i])) as [number, number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  const offH = m[10] ? Number(m[10]) : 0
  const offM = m[11] ? Number(m[11]) : 0
  if (offH > 23 || offM > 59) return null
  const offset = (m[9] === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000
  const frac = (m[7] ?? '').padEnd(9, '0')
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) + Number(frac.slice(0, 3)) - offset
  return Number.isFinite(ms) ? { ms, ns: Number(frac.slice(3)) } : null
}

/** A payload's `ts` → epoch ms, or null (see parseTelemetryInstant). */
export function parseTelemetryTs(value: unknown): number | null {
  return parseTelemetryInstant(value)?.ms ?? null
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export const TELEMETRY_AGGREGATES = ['mean', 'min', 'max', 'last'] as const
export type TelemetryAggregate = (typeof TELEMETRY_AGGREGATES)[number]

/** `GET /api/devices/:id/latest`: each field's newest value and its time (epoch ms). */
export interface LatestValue { value: TelemetryValue; ts: number }
export interface LatestResponse { device: string; fields: Record<string, LatestValue> }

/** One bucket of a history series: its start (epoch ms, aligned to `every`) and value; empty buckets are omitted. */
export interface HistorySample { t: number; v: TelemetryValue | null }

/** `GET /api/devices/:id/telemetry?field=&from=&to=&every=&agg=`; `every`, `from`, `to` in ms. */
export interface HistoryResponse {
  device: string
  field: string
  agg: TelemetryAggregate
  every: number
  from: number
  to: number
  points: HistorySample[]
}
