import { describe, it, expect } from '@jest/globals'
import { payloadTemplate, stampPayload, readSendTime, writeDigits, MIN_PAYLOAD_BYTES } from './payload.js'

describe('payloadTemplate', () => {
  it.each([MIN_PAYLOAD_BYTES, 60, 100, 1000])('makes valid JSON of exactly %p bytes', size => {
    const p = payloadTemplate(size)
    expect(p.length).toBe(size)
    expect(() => JSON.parse(p.toString())).not.toThrow()
  })

  it.each([MIN_PAYLOAD_BYTES - 1, 10.5, -1])('refuses size %p', size => {
    expect(() => payloadTemplate(size)).toThrow(RangeError)
  })
})

describe('stamp and read back', () => {
  it.each([
    [1764097380123456, 0],
    [1, 42],
    [8999999999999999, 9999999999],
  ])('round-trips send time %p with seq %p as JSON numbers', (ts, seq) => {
    const buf = Buffer.concat([Buffer.from('prefix'), payloadTemplate(100)])
    stampPayload(buf, 6, ts, seq)
    expect(readSendTime(buf, 6)).toBe(ts)
    expect(JSON.parse(buf.subarray(6).toString())).toMatchObject({ ts, seq })
  })

  it('returns -1 for a payload that is not ours', () => {
    expect(readSendTime(Buffer.from('{"ts":"abc"}                 '), 0)).toBe(-1)
    expect(readSendTime(Buffer.from('hello'), 0)).toBe(-1)
  })
})

describe('writeDigits', () => {
  it.each([
    [0, 4, '   0'], [7, 4, '   7'], [1234, 4, '1234'],
  ])('writes %p in %p columns as %p', (v, w, out) => {
    const b = Buffer.alloc(w, 0x78)
    writeDigits(b, 0, w, v)
    expect(b.toString()).toBe(out)
  })

  it('refuses a number wider than its field', () => {
    expect(() => writeDigits(Buffer.alloc(3), 0, 3, 1234)).toThrow(RangeError)
  })
})
