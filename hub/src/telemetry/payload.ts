import { isTelemetryFieldName, parseTelemetryInstant, type TelemetryRejectReason } from '@tether/protocol'
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

export type RejectReason = TelemetryRejectReason

export type PayloadResult =
  /**
   * `ts` epoch ms and `ns` within it from the payload, or null: the hub stamps the receive time.
   * `fieldsText`: the payload's text when it holds the fields alone (no `ts`), which the journal
   * keeps as sent rather than encoding the fields again; else null.
   */
  | { ok: true; fields: Record<string, FieldValue>; ts: { ms: number; ns: number } | null; fieldsText: string | null }
  | { ok: false; reason: RejectReason; detail: string }

const LONE_SURROGATE = /\p{Cs}/u
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function fail(reason: RejectReason, detail: string): PayloadResult {
  return { ok: false, reason, detail }
}

/**
 * Validates a telemetry publish: a JSON object of fields with an optional `ts` (epoch ms or RFC 3339).
 * Ill-formed UTF-8 is refused rather than stored as U+FFFD; so is a string holding a lone surrogate
 * (`"\ud800"` in JSON), which no store can keep as sent.
 */
export function parseTelemetryPayload(payload: Buffer | string, now: number, limits: PayloadLimits = defaultPayloadLimits): PayloadResult {
  const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length
  if (size > limits.maxBytes) return fail('too_large', `payload is ${size} bytes; the limit is ${limits.maxBytes}`)
  let text: string
  try {
    text = typeof payload === 'string' ? payload : utf8.decode(payload)
  } catch {
    return fail('not_utf8', 'payload is not well-formed UTF-8')
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return fail('not_json', 'payload is not JSON')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not_object', 'payload must be a JSON object of fields')
  let ts: { ms: number; ns: number } | null = null
  let count = 0
  const object = data as Record<string, unknown>
  // for…in over JSON.parse's own keys (no inherited ones): no [key, value] array per field.
  for (const key in object) {
    const value = object[key]
    if (key === 'ts') {
      const parsed = parseTelemetryInstant(value)
      if (parsed === null) return fail('bad_ts', 'ts must be epoch milliseconds or an RFC 3339 time with a zone')
      if (parsed.ms < now - limits.maxPastMs || parsed.ms > now + limits.maxFutureMs) return fail('ts_out_of_range', 'ts is outside the accepted window')
      ts = parsed
      continue
    }
    if (!isTelemetryFieldName(key)) return fail('bad_field_name', `field name ${JSON.stringify(key.slice(0, 64))} is not allowed`)
    if (++count > limits.maxFields) return fail('too_many_fields', `more than ${limits.maxFields} fields`)
    if (typeof value === 'number') {
      // JSON.parse never yields NaN/Infinity, but 1e999 parses to Infinity.
      if (!Number.isFinite(value)) return fail('non_finite', `field ${key} is not a finite number`)
    } else if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return fail('string_too_long', `field ${key} is longer than ${limits.maxStringLength} characters`)
      if (LONE_SURROGATE.test(value)) return fail('bad_string', `field ${key} holds a lone surrogate`)
    } else if (typeof value !== 'boolean') {
      return fail('bad_value', `field ${key} must be a number, boolean or string`)
    }
  }
  if (count === 0) return fail('no_fields', 'payload has no fields')
  // The parsed object is the fields when it holds nothing else (no copy per publish).
  if (ts === null) return { ok: true, fields: object as Record<string, FieldValue>, ts, fieldsText: text }
  const fields: Record<string, FieldValue> = {}
  for (const key in object) if (key !== 'ts') fields[key] = object[key] as FieldValue
  return { ok: true, fields, ts, fieldsText: null }
}
