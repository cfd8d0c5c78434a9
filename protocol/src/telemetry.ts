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
] as const
export type TelemetryRejectReason = (typeof TELEMETRY_REJECT_REASONS)[number]

/** RFC 3339 with a zone (Z or ±hh:mm); Date.parse alone accepts far too much. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/

/** A payload's `ts` → epoch ms (whole), or null when it is neither non-negative epoch ms nor RFC 3339 with a zone. */
export function parseTelemetryTs(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null
  if (typeof value === 'string' && RFC3339.test(value)) {
    const ms = Date.parse(value.replace(' ', 'T'))
    return Number.isNaN(ms) ? null : ms
  }
  return null
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
