import { describe, expect, it } from '@jest/globals'
import { parseDeviceMeta, type DeviceMeta } from './device-meta.js'
import { validateCommand, type ParamCheck } from './validate-params.js'

const metaJson = JSON.stringify({
  model: 'thermostat', firmware: '1.4.2',
  commands: {
    set_setpoint: { params: { value: { type: 'number', min: 5, max: 30 } } },
    set_speed: { params: { rpm: { type: 'integer', min: 0, max: 3000 } } },
    set_mode: { params: { mode: { type: 'string', enum: ['eco', 'comfort'] }, label: { type: 'string', maxLength: 8, required: false } } },
    enable: { params: { on: { type: 'boolean' } } },
    identify: { params: {} },
  },
})
const parsed = parseDeviceMeta(metaJson)
const meta = (parsed as { meta: DeviceMeta }).meta

describe('command params against the device meta', () => {
  it.each<[string, string, Record<string, unknown>, ParamCheck]>([
    ['accepts a number in range', 'set_setpoint', { value: 21.5 }, { ok: true }],
    ['accepts the bounds themselves', 'set_setpoint', { value: 30 }, { ok: true }],
    ['refuses a number below min', 'set_setpoint', { value: 4.9 }, { ok: false, code: 'bad_params', param: 'value', message: 'value: must be at least 5.' }],
    ['refuses a number above max', 'set_setpoint', { value: 31 }, { ok: false, code: 'bad_params', param: 'value', message: 'value: must be at most 30.' }],
    ['refuses a string for a number', 'set_setpoint', { value: '21' }, { ok: false, code: 'bad_params', param: 'value', message: 'value: must be a number.' }],
    ['refuses a missing param', 'set_setpoint', {}, { ok: false, code: 'bad_params', param: 'value', message: 'value: is required.' }],
    ['refuses an unknown param', 'set_setpoint', { value: 20, vlaue: 1 }, { ok: false, code: 'bad_params', param: 'vlaue', message: 'vlaue: not a parameter of "set_setpoint".' }],
    ['accepts an integer', 'set_speed', { rpm: 1200 }, { ok: true }],
    ['refuses a fraction for an integer', 'set_speed', { rpm: 12.5 }, { ok: false, code: 'bad_params', param: 'rpm', message: 'rpm: must be an integer.' }],
    ['accepts a value of the enum', 'set_mode', { mode: 'eco' }, { ok: true }],
    ['refuses a value outside the enum', 'set_mode', { mode: 'turbo' }, { ok: false, code: 'bad_params', param: 'mode', message: 'mode: must be one of eco, comfort.' }],
    ['accepts an optional param left out or within maxLength', 'set_mode', { mode: 'eco', label: 'night' }, { ok: true }],
    ['refuses a string over maxLength', 'set_mode', { mode: 'eco', label: 'much too long' }, { ok: false, code: 'bad_params', param: 'label', message: 'label: must be at most 8 characters.' }],
    ['accepts a boolean', 'enable', { on: false }, { ok: true }],
    ['refuses a number for a boolean', 'enable', { on: 1 }, { ok: false, code: 'bad_params', param: 'on', message: 'on: must be a boolean.' }],
    ['accepts a command without params', 'identify', {}, { ok: true }],
    ['refuses an unknown command, listing the known ones', 'reboot', {}, { ok: false, code: 'unknown_command', message: 'The device does not accept "reboot"; it accepts: set_setpoint, set_speed, set_mode, enable, identify.' }],
    ['refuses an inherited property name as a command', 'constructor', {}, { ok: false, code: 'unknown_command', message: 'The device does not accept "constructor"; it accepts: set_setpoint, set_speed, set_mode, enable, identify.' }],
  ])('%s', (_name, command, params, expected) => {
    expect(validateCommand(meta, command, params)).toEqual(expected)
  })
})

describe('device meta parsing', () => {
  it('keeps model, firmware and the declared commands', () => {
    expect(parsed.ok).toBe(true)
    expect(meta.model).toBe('thermostat')
    expect(meta.commands.set_setpoint).toEqual({ params: { value: { type: 'number', min: 5, max: 30 } } })
  })
  it.each<[string, string, string]>([
    ['not JSON', '{nope', 'meta is not JSON'],
    ['not an object', '[1]', 'meta is not a JSON object'],
    ['commands not an object', '{"commands":[]}', 'meta.commands is not an object'],
    ['a param of an unknown type', '{"commands":{"x":{"params":{"a":{"type":"date"}}}}}', 'command "x": param "a" has an unknown type'],
    ['a non-numeric min', '{"commands":{"x":{"params":{"a":{"type":"number","min":"1"}}}}}', 'command "x": param "a".min is not a number'],
    ['an enum of non-strings', '{"commands":{"x":{"params":{"a":{"type":"string","enum":[1]}}}}}', 'command "x": param "a".enum is not a list of strings'],
  ])('refuses %s', (_name, payload, reason) => {
    expect(parseDeviceMeta(payload)).toEqual({ ok: false, reason })
  })
  it('reads a meta without commands as accepting none', () => {
    expect(parseDeviceMeta('{"model":"door"}')).toEqual({ ok: true, meta: { model: 'door', commands: {} } })
  })
})
