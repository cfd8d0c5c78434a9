import { describe, it, expect } from '@jest/globals'
import { parseTelemetryPayload, defaultPayloadLimits } from './payload.js'
import { encodePoint, escapeKey, escapeMeasurement, escapeStringField } from './line-protocol.js'
import { buildPoint } from './point.js'
import { backoffDelay } from './backoff.js'

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0)

describe('parseTelemetryPayload', () => {
  it.each([
    ['{"temp":21.5,"on":true,"mode":"eco"}', { ok: true, fields: { temp: 21.5, on: true, mode: 'eco' }, ts: NOW }],
    [`{"temp":1,"ts":${NOW - 3600_000}}`, { ok: true, fields: { temp: 1 }, ts: NOW - 3600_000 }],
    ['{"temp":1,"ts":"2026-11-25T11:59:00Z"}', { ok: true, fields: { temp: 1 }, ts: NOW - 60_000 }],
    ['{"temp":1,"ts":"2026-11-25T12:59:00.5+01:00"}', { ok: true, fields: { temp: 1 }, ts: NOW - 60_000 + 500 }],
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

  it.each([
    ['room 1', 'room\\ 1'],
    ['a,b=c', 'a\\,b\\=c'],
    ['line\nbreak', 'line\\nbreak'],
    ['cr\rtab\t', 'cr\\rtab\\t'],
    ['end\\', 'end\\\\'],
    ['a\\,', 'a\\\\\\,'],
    ['a\\b', 'a\\b'],
  ])('escapes tag key/value %j', (input, out) => { expect(escapeKey(input)).toBe(out) })

  it.each([
    ['hi', '"hi"'],
    ['say "x"', '"say \\"x\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['multi\nline', '"multi\nline"'],
  ])('quotes string field %j', (input, out) => { expect(escapeStringField(input)).toBe(out) })

  it('encodes a point with sorted tags, float numbers, booleans and a ms timestamp', () => {
    const p = buildPoint('th-1', { temp: 21, on: true, mode: 'a "b"' }, 1764000000123, { room: 'lab 2, west', model: 'x=1' })
    expect(encodePoint(p)).toBe('telemetry,device=th-1,model=x\\=1,room=lab\\ 2\\,\\ west temp=21,on=true,mode="a \\"b\\"" 1764000000123')
  })

  it('leaves out empty tags and refuses non-finite numbers', () => {
    expect(encodePoint(buildPoint('d', { v: 1.5 }, 1, { room: '', model: null }))).toBe('telemetry,device=d v=1.5 1')
    expect(() => encodePoint(buildPoint('d', { v: NaN }, 1))).toThrow(RangeError)
  })
})

describe('backoffDelay', () => {
  it.each([
    [1, 0, 50], [1, 1, 100], [2, 0, 100], [3, 1, 400], [10, 1, 1000], [10, 0, 500],
  ])('attempt %d with random %d → %d ms (base 100, cap 1000)', (attempt, rnd, ms) => {
    expect(backoffDelay(attempt, 100, 1000, () => rnd)).toBe(ms)
  })
})
