import type { FieldValue } from './point.js'

export interface PayloadLimits {
  /** Largest accepted payload, bytes. */
  maxBytes: number
  /** Most fields in one publish. */
  maxFields: number
  /** Longest string field value, characters. */
  maxStringLength: number
  /** How far in the past a `ts` may be, ms. */
  maxPastMs: number
  /** How far in the future a `ts` may be (clock skew), ms. */
  maxFutureMs: number
}

export const defaultPayloadLimits: PayloadLimits = {
  maxBytes: 16 * 1024,
  maxFields: 64,
  maxStringLength: 1024,
  maxPastMs: 365 * 24 * 3600_000,
  maxFutureMs: 5 * 60_000,
}

export type RejectReason =
  | 'too_large' | 'not_json' | 'not_object' | 'no_fields' | 'too_many_fields'
  | 'bad_field_name' | 'bad_value' | 'non_finite' | 'string_too_long' | 'bad_ts' | 'ts_out_of_range'

export type PayloadResult =
  | { ok: true; fields: Record<string, FieldValue>; ts: number }
  | { ok: false; reason: RejectReason; detail: string }

/**
 * Field names: letters, digits, `_ . -`, starting with a letter; `time`, `ts` and a leading `_`
 * are reserved (InfluxQL's `time`, Flux's `_field`/`_value`…), so no store ever needs to escape them.
 */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/
const RESERVED = new Set(['time', 'ts'])
/** RFC 3339 with a zone (Z or ±hh:mm); Date.parse alone accepts far too much. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/

function fail(reason: RejectReason, detail: string): PayloadResult {
  return { ok: false, reason, detail }
}

/** Validates a telemetry publish: a JSON object of fields with an optional `ts` (epoch ms or RFC 3339). */
export function parseTelemetryPayload(payload: Buffer | string, now: number, limits: PayloadLimits = defaultPayloadLimits): PayloadResult {
  const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length
  if (size > limits.maxBytes) return fail('too_large', `payload is ${size} bytes; the limit is ${limits.maxBytes}`)
  let data: unknown
  try {
    data = JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8'))
  } catch {
    return fail('not_json', 'payload is not JSON')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not_object', 'payload must be a JSON object of fields')
  let ts = now
  const fields: Record<string, FieldValue> = {}
  let count = 0
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'ts') {
      const parsed = parseTs(value)
      if (parsed === null) return fail('bad_ts', 'ts must be epoch milliseconds or an RFC 3339 time with a zone')
      if (parsed < now - limits.maxPastMs || parsed > now + limits.maxFutureMs) return fail('ts_out_of_range', 'ts is outside the accepted window')
      ts = parsed
      continue
    }
    if (!FIELD_NAME.test(key) || RESERVED.has(key)) return fail('bad_field_name', `field name ${JSON.stringify(key.slice(0, 64))} is not allowed`)
    if (++count > limits.maxFields) return fail('too_many_fields', `more than ${limits.maxFields} fields`)
    if (typeof value === 'number') {
      // JSON.parse never yields NaN/Infinity, but 1e999 parses to Infinity.
      if (!Number.isFinite(value)) return fail('non_finite', `field ${key} is not a finite number`)
      fields[key] = value
    } else if (typeof value === 'boolean') {
      fields[key] = value
    } else if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return fail('string_too_long', `field ${key} is longer than ${limits.maxStringLength} characters`)
      fields[key] = value
    } else {
      return fail('bad_value', `field ${key} must be a number, boolean or string`)
    }
  }
  if (count === 0) return fail('no_fields', 'payload has no fields')
  return { ok: true, fields, ts }
}

function parseTs(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null
  if (typeof value === 'string' && RFC3339.test(value)) {
    const ms = Date.parse(value.replace(' ', 'T'))
    return Number.isNaN(ms) ? null : ms
  }
  return null
}
