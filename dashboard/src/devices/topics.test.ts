import { describe, expect, it } from 'vitest'
import { mainField, OPERATOR_SUBSCRIPTIONS, parseTelemetry } from './topics'

describe('OPERATOR_SUBSCRIPTIONS', () => {
  it('subscribes to every device topic an operator may read, and to nothing a device is sent', () => {
    expect(OPERATOR_SUBSCRIPTIONS).toEqual(['devices/+/telemetry', 'devices/+/status', 'devices/+/meta', 'devices/+/presence'])
  })
})

describe('parseTelemetry', () => {
  it.each([
    ['fields with receive time', '{"temp":21.5,"on":true,"mode":"eco"}', { t: 99, fields: { temp: 21.5, on: true, mode: 'eco' } }],
    ['epoch-ms ts', '{"ts":1000,"temp":1}', { t: 1000, fields: { temp: 1 } }],
    ['RFC 3339 ts', '{"ts":"1970-01-01T00:00:02.000Z","temp":1}', { t: 2000, fields: { temp: 1 } }],
    ['a ts without a zone (the hub refuses it) → receive time', '{"ts":"1970-01-01T00:00:02","temp":1}', { t: 99, fields: { temp: 1 } }],
    ['nested values dropped', '{"temp":1,"x":{"a":1},"n":null}', { t: 99, fields: { temp: 1 } }],
    ['not JSON', 'nope', null],
    ['an array', '[1]', null],
  ])('reads %s', (_n, payload, expected) => {
    expect(parseTelemetry(payload, 99)).toEqual(expected)
  })
})

describe('mainField', () => {
  it('prefers a well-known field such as temperature', () => {
    expect(mainField({ humidity: 40, temperature: 21, setpoint: 21 })).toBe('temperature')
  })

  it('picks the first numeric field by name', () => {
    expect(mainField({ z: 1, mode: 'x', a: 2 })).toBe('a')
    expect(mainField({ mode: 'x' })).toBeNull()
  })

  it.each<[string, Record<string, unknown>, Record<string, { unit?: string; main?: boolean }>, string | null]>([
    ['the declared main field wins', { kwh: 1, voltage: 230, watts: 400 }, { watts: { unit: 'W', main: true }, kwh: { unit: 'kWh' } }, 'watts'],
    ['a declared main field not reported yet: one with a unit', { kwh: 1, a: 2 }, { watts: { main: true }, kwh: { unit: 'kWh' } }, 'kwh'],
    ['declarations of other fields only: by name', { temperature: 1 }, { rpm: { unit: 'rpm', main: true } }, 'temperature'],
  ])('%s', (_name, fields, declared, expected) => {
    expect(mainField(fields, declared)).toBe(expected)
  })
})
