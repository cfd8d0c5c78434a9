import { describe, expect, it } from 'vitest'
import type { ParamSpec } from '@tether/protocol'
import { coerceParam, describeCommand, needsConfirmation, parseMeta, validateParams } from './meta'

const thermostat = '{"model":"thermostat","firmware":"1.4.2","commands":{"set_setpoint":{"params":{"value":{"type":"number","min":5,"max":30}}},"identify":{"params":{}}}}'

describe('parseMeta', () => {
  it('reads the documented thermostat example', () => {
    expect(parseMeta(thermostat)).toEqual({
      model: 'thermostat', firmware: '1.4.2', extra: {}, fields: {},
      commands: [
        { name: 'set_setpoint', params: { value: { type: 'number', min: 5, max: 30 } } },
        { name: 'identify', params: {} },
      ],
    })
  })

  it('reads field units, the main field and commands that need confirmation (docs/topics.md)', () => {
    const m = parseMeta(JSON.stringify({
      model: 'power-meter', firmware: '2.1.0',
      commands: { reset_energy: { params: {}, confirm: true }, identify: { params: {}, confirm: 'yes' } },
      fields: { watts: { unit: 'W', main: true }, kwh: { unit: 'kWh', main: 'no' }, odd: 'x', long: { unit: 'x'.repeat(17) } },
    }))!
    expect(m.commands).toEqual([{ name: 'reset_energy', params: {}, confirm: true }, { name: 'identify', params: {} }])
    expect(m.fields).toEqual({ watts: { unit: 'W', main: true }, kwh: { unit: 'kWh' }, long: {} })
    expect(m.extra).toEqual({})
  })

  it.each([['not json', '{'], ['an array', '[]'], ['a string', '"x"']])('returns null for %s', (_n, payload) => {
    expect(parseMeta(payload)).toBeNull()
  })

  it('keeps `required: false`', () => {
    expect(parseMeta('{"commands":{"x":{"params":{"a":{"type":"number","required":false}}}}}')!.commands[0]!.params.a).toEqual({ type: 'number', required: false })
  })

  it('drops parameters of an unknown type and keeps extra fields', () => {
    expect(parseMeta('{"serial":"A1","commands":{"x":{"params":{"a":{"type":"blob"},"b":{"type":"boolean"}}}}}'))
      .toEqual({ model: null, firmware: null, extra: { serial: 'A1' }, fields: {}, commands: [{ name: 'x', params: { b: { type: 'boolean' } } }] })
  })
})

describe('coerceParam', () => {
  const n: ParamSpec = { type: 'number', min: 5, max: 30 }
  const i: ParamSpec = { type: 'integer', min: 0 }
  const e: ParamSpec = { type: 'string', enum: ['low', 'high'] }
  const s: ParamSpec = { type: 'string', maxLength: 3 }
  it.each([
    [n, '21.5', { ok: true, value: 21.5 }],
    [n, 22, { ok: true, value: 22 }],
    [n, 99, { ok: false, error: 'At most 30.' }],
    [n, '', { ok: false, error: 'Required.' }],
    [n, 'abc', { ok: false, error: 'Enter a number.' }],
    [n, '4', { ok: false, error: 'At least 5.' }],
    [n, '31', { ok: false, error: 'At most 30.' }],
    [i, '2.5', { ok: false, error: 'Enter a whole number.' }],
    [i, '3', { ok: true, value: 3 }],
    [e, 'high', { ok: true, value: 'high' }],
    [e, 'mid', { ok: false, error: 'Choose one of low, high.' }],
    [s, 'abcd', { ok: false, error: 'At most 3 characters.' }],
    [{ type: 'boolean' } as ParamSpec, true, { ok: true, value: true }],
    [{ type: 'boolean' } as ParamSpec, undefined, { ok: true, value: false }],
  ])('%j with %j → %j', (spec, input, expected) => {
    expect(coerceParam(spec, input)).toEqual(expected)
  })
})

describe('validateParams', () => {
  it('collects typed params and per-field errors', () => {
    const cmd = { name: 'c', params: { a: { type: 'number', min: 0 } as ParamSpec, b: { type: 'integer' } as ParamSpec } }
    expect(validateParams(cmd, { a: '1', b: 'x' })).toEqual({ params: { a: 1 }, errors: { b: 'Enter a number.' } })
  })

  it('leaves out an optional parameter left empty, and still checks one that is filled in', () => {
    const cmd = { name: 'c', params: { a: { type: 'number', required: false } as ParamSpec, b: { type: 'integer', required: false } as ParamSpec } }
    expect(validateParams(cmd, { a: '', b: '2.5' })).toEqual({ params: {}, errors: { b: 'Enter a whole number.' } })
  })
})

describe('needsConfirmation', () => {
  it.each<[string, boolean | undefined, boolean]>([
    ['reset_energy', true, true],
    ['set_speed', true, true],
    ['reboot', undefined, true],
    ['factory_reset', undefined, true],
    ['reset-energy', undefined, true],
    ['resettle', undefined, false],
    ['set_speed', undefined, false],
    ['identify', false, false],
  ])('%s (confirm %s) → %s', (name, confirm, expected) => {
    expect(needsConfirmation({ name, ...(confirm === undefined ? {} : { confirm }) })).toBe(expected)
  })
})

describe('describeCommand', () => {
  it.each<[Record<string, unknown>, string]>([
    [{}, 'reboot on pm-1'],
    [{ value: 100 }, 'reboot on pm-1 with value = 100'],
    [{ level: 'high', on: true }, 'reboot on pm-1 with level = high, on = true'],
  ])('%j', (params, text) => {
    expect(describeCommand('pm-1', 'reboot', params)).toBe(text)
  })
})
