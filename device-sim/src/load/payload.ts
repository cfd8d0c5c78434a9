/**
 * The telemetry payload the load generator sends: valid JSON whose send time (µs since the
 * epoch) and sequence number sit at fixed offsets, so a sender patches digits in place and a
 * receiver reads the time back without JSON.parse. Pure.
 *
 *   {"sent_us":1764097380123456,"seq":        42,"temperature":21.5,"humidity":40.2,"power":118.0   }
 * Numbers are right-aligned with spaces (JSON allows whitespace between tokens, not leading zeros).
 * Not `ts`: Tether reads `ts` as the point's time in epoch ms and would refuse µs as too far ahead;
 * `sent_us` is an ordinary numeric field, so the telemetry pipeline stores every point.
 */
const HEAD = '{"sent_us":'
const TS_DIGITS = 16
const SEQ_KEY = ',"seq":'
const SEQ_DIGITS = 10
const BODY = ',"temperature":21.5,"humidity":40.2,"power":118.0'

const TS_OFFSET = HEAD.length
const SEQ_OFFSET = TS_OFFSET + TS_DIGITS + SEQ_KEY.length
export const MIN_PAYLOAD_BYTES = SEQ_OFFSET + SEQ_DIGITS + 1

/** A payload of exactly `size` bytes (≥ MIN_PAYLOAD_BYTES), padded with spaces before `}`. */
export function payloadTemplate(size: number): Buffer {
  if (!Number.isInteger(size) || size < MIN_PAYLOAD_BYTES) throw new RangeError(`payload size must be an integer ≥ ${MIN_PAYLOAD_BYTES} bytes`)
  const base = HEAD + '0'.padStart(TS_DIGITS, ' ') + SEQ_KEY + '0'.padStart(SEQ_DIGITS, ' ')
  const body = base.length + BODY.length + 1 <= size ? BODY : ''
  return Buffer.from((base + body).padEnd(size - 1, ' ') + '}', 'utf8')
}

/** Writes `value` right-aligned in `width` bytes at `offset` (spaces before the digits). */
export function writeDigits(buf: Buffer, offset: number, width: number, value: number): void {
  let v = Math.floor(value)
  let i = offset + width - 1
  do {
    buf[i--] = 48 + (v % 10)
    v = Math.floor(v / 10)
  } while (v > 0 && i >= offset)
  if (v > 0) throw new RangeError(`${value} does not fit in ${width} digits`)
  while (i >= offset) buf[i--] = 32
}

export function stampPayload(buf: Buffer, payloadOffset: number, tsMicros: number, seq: number): void {
  writeDigits(buf, payloadOffset + TS_OFFSET, TS_DIGITS, tsMicros)
  writeDigits(buf, payloadOffset + SEQ_OFFSET, SEQ_DIGITS, seq % 1e10)
}

/** Send time (µs) of a payload made by payloadTemplate, or -1 if it is not one. */
export function readSendTime(buf: Buffer, payloadOffset: number): number {
  const start = payloadOffset + TS_OFFSET
  if (buf.length < start + TS_DIGITS || buf[payloadOffset] !== 0x7b) return -1
  let v = 0
  for (let i = start; i < start + TS_DIGITS; i++) {
    const c = buf[i]!
    if (c === 32) continue
    if (c < 48 || c > 57) return -1
    v = v * 10 + (c - 48)
  }
  return v
}
