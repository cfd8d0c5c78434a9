import { TELEMETRY_AGGREGATES, TELEMETRY_FIELD_NAME_PATTERN } from '@tether/protocol'
import type { Aggregate, HistoryQuery } from './store.js'

export interface HistoryLimits {
  /** Most buckets one request may return. */
  maxPoints: number
  /** Default range when `from` is missing, ms before `to`. */
  defaultRangeMs: number
}

export type HistoryParse = { ok: true; query: HistoryQuery } | { ok: false; parameter: string; message: string }

const AGGS: readonly Aggregate[] = TELEMETRY_AGGREGATES
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i

/** `10s`, `1m`, `1h`, `500ms`, `1d` → ms; null when malformed. */
export function parseDuration(s: string): number | null {
  const m = /^(\d{1,9})(ms|s|m|h|d)$/.exec(s)
  if (!m) return null
  const ms = Number(m[1]) * UNITS[m[2]!]!
  return ms > 0 ? ms : null
}

/** Epoch ms (digits) or RFC 3339 → ms; null when malformed. */
export function parseTime(s: string): number | null {
  if (/^\d{1,15}$/.test(s)) return Number(s)
  if (RFC3339.test(s)) {
    const ms = Date.parse(s)
    return Number.isNaN(ms) ? null : ms
  }
  return null
}

function bad(parameter: string, message: string): HistoryParse {
  return { ok: false, parameter, message }
}

/** Validates `?field=&from=&to=&every=&agg=`; every error names the parameter. */
export function parseHistoryQuery(device: string, params: Record<string, unknown>, now: number, limits: HistoryLimits): HistoryParse {
  const str = (k: string): string | undefined => typeof params[k] === 'string' ? params[k] as string : params[k] === undefined ? undefined : ''
  const field = str('field')
  if (!field || !TELEMETRY_FIELD_NAME_PATTERN.test(field)) return bad('field', 'field is required: the name of one telemetry field')
  const toRaw = str('to')
  const to = toRaw === undefined ? now : parseTime(toRaw)
  if (to === null) return bad('to', 'to must be epoch milliseconds or an RFC 3339 time')
  const fromRaw = str('from')
  const from = fromRaw === undefined ? to - limits.defaultRangeMs : parseTime(fromRaw)
  if (from === null) return bad('from', 'from must be epoch milliseconds or an RFC 3339 time')
  if (from >= to) return bad('from', 'from must be before to')
  const aggRaw = str('agg') ?? 'mean'
  if (!AGGS.includes(aggRaw as Aggregate)) return bad('agg', `agg must be one of ${AGGS.join(', ')}`)
  const span = to - from
  const everyRaw = str('every')
  let everyMs: number
  if (everyRaw === undefined) {
    // Smallest whole second that keeps the series within maxPoints.
    everyMs = Math.max(1000, Math.ceil(span / limits.maxPoints / 1000) * 1000)
  } else {
    const parsed = parseDuration(everyRaw)
    if (parsed === null) return bad('every', 'every must be a duration like 10s, 1m, 1h')
    everyMs = parsed
  }
  // Epoch-aligned buckets: a range can touch one more bucket than span/every.
  if (Math.ceil(span / everyMs) + 1 > limits.maxPoints) {
    return bad('every', `every is too small for this range: at most ${limits.maxPoints} points per request`)
  }
  return { ok: true, query: { device, field, from, to, everyMs, agg: aggRaw as Aggregate } }
}
