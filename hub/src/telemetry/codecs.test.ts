import { describe, it, expect } from '@jest/globals'
import { parseTelemetryPayload, defaultPayloadLimits } from './payload.js'
import { encodePoint, escapeKey, escapeMeasurement, escapeStringField, tagValueProblem } from './line-protocol.js'
import { ReceiveStamper } from './stamp.js'
import { buildPoint } from './point.js'

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0)

describe('parseTelemetryPayload', () => {
  it.each([
    // The fields alone: their text is kept as sent (the journal writes it as is).
    [' {"temp":21.5,\n "on":true,"mode":"eco"}', { ok: true, fields: { temp: 21.5, on: true, mode: 'eco' }, ts: null, fieldsText: ' {"temp":21.5,\n "on":true,"mode":"eco"}' }],
    [`{"temp":1,"ts":${NOW - 3600_000}}`, { ok: true, fields: { temp: 1 }, ts: { ms: NOW - 3600_000, ns: 0 }, fieldsText: null }],
    ['{"temp":1,"ts":"2026-11-25T11:59:00Z"}', { ok: true, fields: { temp: 1 }, ts: { ms: NOW - 60_000, ns: 0 }, fieldsText: null }],
    ['{"temp":1,"ts":"2026-11-25T12:59:00.5+01:00"}', { ok: true, fields: { temp: 1 }, ts: { ms: NOW - 60_000 + 500, ns: 0 }, fieldsText: null }],
    ['{"temp":1,"ts":"2026-11-25T11:59:00.123456789Z"}', { ok: true, fields: { temp: 1 }, ts: { ms: NOW - 60_000 + 123, ns: 456789 }, fieldsText: null }],
    [JSON.stringify({ s: 'nul \u0000, emoji \u{1F600}, tab\t, back\\' }), { ok: true, fields: { s: 'nul \u0000, emoji \u{1F600}, tab\t, back\\' }, ts: null, fieldsText: JSON.stringify({ s: 'nul \u0000, emoji \u{1F600}, tab\t, back\\' }) }],
  ])('accepts %s', (payload, expected) => {
    expect(parseTelemetryPayload(payload, NOW)).toEqual(expected)
  })

  it.each([
    ['not json', 'not_json'],
    ['[1,2]', 'not_object'],
    ['42', 'not_object'],
    ['null', 'not_object'],
    ['{}', 'no_fields'],
    [`{"ts":${NOW}}`, "no_fields"],
    ['{"temp":1e999}', 'non_finite'],
    ['{"temp":-1e999}', 'non_finite'],
    ['{"temp":null}', 'bad_value'],
    ['{"temp":{"a":1}}', 'bad_value'],
    ['{"temp":[1]}', 'bad_value'],
    ['{"time":1}', 'bad_field_name'],
    ['{"_value":1}', 'bad_field_name'],
    ['{"a b":1}', 'bad_field_name'],
    ['{"a,b":1}', 'bad_field_name'],
    ['{"1x":1}', 'bad_field_name'],
    ['{"temp":1,"ts":"yesterday"}', 'bad_ts'],
    ['{"temp":1,"ts":"2026-11-25T12:00:00"}', 'bad_ts'],
    ['{"temp":1,"ts":-5}', 'bad_ts'],
    ['{"temp":1,"ts":0}', 'ts_out_of_range'],
    [`{"temp":1,"ts":${NOW + 10 * 60_000}}`, 'ts_out_of_range'],
    [`{"s":"${'x'.repeat(1025)}"}`, 'string_too_long'],
    [JSON.stringify(Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`f${i}`, i]))), 'too_many_fields'],
    [`{"blob":"${'x'.repeat(20_000)}"}`, 'too_large'],
    ['{"temp":1,"ts":"2026-02-30T00:00:00Z"}', 'bad_ts'],
    ['{"temp":1,"ts":"2025-02-29T00:00:00Z"}', 'bad_ts'],
    ['{"temp":1,"ts":"2026-04-31T00:00:00Z"}', 'bad_ts'],
    ['{"temp":1,"ts":"2026-13-01T00:00:00Z"}', 'bad_ts'],
    ['{"temp":1,"ts":"2026-11-25T24:00:00Z"}', 'bad_ts'],
    ['{"temp":1,"ts":"2026-11-25T12:60:00Z"}', 'bad_ts'],
    ['{"temp":1,"ts":"2026-11-25T12:00:60Z"}', 'bad_ts'],
    ['{"temp":1,"ts":"2026-11-25T12:00:00+24:00"}', 'bad_ts'],
    ['{"s":"\ud800"}', 'bad_string'],
    [Buffer.from([0x7b, 0x22, 0x73, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'not_utf8'],
    [Buffer.from('{"s":"\xed\xa0\x80"}'.replace(/\\x(..)/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1'), 'not_utf8'],
  ])('rejects %s with %s', (payload, reason) => {
    const r = parseTelemetryPayload(payload, NOW, defaultPayloadLimits)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.reason).toBe(reason)
  })
})

describe('line protocol', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b c', 'a\\,b\\ c'],
  ])('escapes measurement %j', (input, out) => { expect(escapeMeasurement(input)).toBe(out) })

  // Checked against influxd 1.6.7: only `,` `=` and space are unescaped in tags; backslashes stay verbatim.
  it.each([
    ['room 1', 'room\\ 1'],
    ['a,b=c', 'a\\,b\\=c'],
    ['cr\rtab\t', 'cr\rtab\t'],
    ['a\\ b', 'a\\\\ b'],
    ['a\\,b', 'a\\\\,b'],
    ['a\\b', 'a\\b'],
    ['a\\\\b', 'a\\\\b'],
    ['nul\u0000 😀', 'nul\u0000\\ 😀'],
  ])('escapes tag key/value %j', (input, out) => { expect(escapeKey(input)).toBe(out) })

  it.each([
    ['end\\', 'a tag value cannot end with a backslash in line protocol'],
    ['line\nbreak', 'a tag value cannot hold a newline in line protocol'],
    ['fine\\ x', null],
  ])('tag value %j: %s', (input, problem) => { expect(tagValueProblem(input)).toBe(problem) })

  it.each([
    ['hi', '"hi"'],
    ['say "x"', '"say \\"x\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['multi\nline', '"multi\nline"'],
    ['end\\', '"end\\\\"'],
  ])('quotes string field %j', (input, out) => { expect(escapeStringField(input)).toBe(out) })

  it('encodes a point with sorted tags, float numbers, booleans and a ns timestamp', () => {
    const p = buildPoint('th-1', { temp: 21, on: true, mode: 'a "b"' }, 1764000000123, { room: 'lab 2, west', model: 'x=1' }, 42)
    expect(encodePoint(p)).toBe('telemetry,device=th-1,model=x\\=1,room=lab\\ 2\\,\\ west temp=21,on=true,mode="a \\"b\\"" 1764000000123000042')
  })

  it('leaves out empty tags and refuses non-finite numbers and unencodable tags', () => {
    expect(encodePoint(buildPoint('d', { v: 1.5 }, 1, { room: '', model: null }))).toBe('telemetry,device=d v=1.5 1000000')
    expect(() => encodePoint(buildPoint('d', { v: NaN }, 1))).toThrow(RangeError)
    expect(() => encodePoint(buildPoint('d', { v: 1 }, 1, { room: null, model: 'x\\' }))).toThrow(RangeError)
  })
})


describe('ReceiveStamper', () => {
  it('gives points of one series in the same millisecond distinct, increasing stamps', () => {
    const s = new ReceiveStamper()
    expect([s.stamp('a', 5), s.stamp('a', 5), s.stamp('b', 5), s.stamp('a', 5), s.stamp('a', 6), s.stamp('a', 4)]).toEqual([
      { ms: 5, ns: 0 }, { ms: 5, ns: 1 }, { ms: 5, ns: 0 }, { ms: 5, ns: 2 }, { ms: 6, ns: 0 }, { ms: 6, ns: 1 },
    ])
  })
})
