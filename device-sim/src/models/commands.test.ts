import { describe, expect, it } from '@jest/globals'
import { seededRandom } from '../random.js'
import { models, runCommand, type ModelName } from './index.js'
import type { DeviceModel } from './types.js'

const NOW = Date.UTC(2026, 0, 15, 12)

function fresh(name: ModelName) {
  const model = models[name] as DeviceModel<any>
  return { model, state: model.init(seededRandom(1), NOW) }
}

describe('command handlers', () => {
  it.each<[ModelName, string, unknown, Record<string, unknown>]>([
    ['thermostat', 'set_setpoint', { value: 22.5 }, { setpoint: 22.5, previous: 21 }],
    ['thermostat', 'set_setpoint', { value: 5 }, { setpoint: 5 }],
    ['thermostat', 'identify', {}, { blinkingForMs: 10_000 }],
    ['thermostat', 'reboot', undefined, { rebooting: true }],
    ['thermostat', 'overheat', { on: true }, { overheat: true }],
    ['power-meter', 'reset_energy', {}, {}],
    ['door-sensor', 'set_sensitivity', { level: 'high' }, { sensitivity: 'high' }],
    ['pump', 'set_speed', { value: 0 }, { targetSpeed: 0, running: true }],
    ['pump', 'stop', {}, { running: false }],
  ])('%s accepts %s %j', (name, command, params, result) => {
    const { model, state } = fresh(name)
    const out = runCommand(model, state, command, params, NOW)
    expect(out).toMatchObject({ ok: true, result })
  })

  it.each<[ModelName, unknown, unknown, string]>([
    ['thermostat', 'set_setpoint', { value: 31 }, 'parameter "value" must be at most 30'],
    ['thermostat', 'set_setpoint', { value: 4.9 }, 'parameter "value" must be at least 5'],
    ['thermostat', 'set_setpoint', { value: '21' }, 'parameter "value" must be a number'],
    ['thermostat', 'set_setpoint', {}, 'missing parameter "value"'],
    ['thermostat', 'set_setpoint', { value: 21, mode: 'eco' }, 'unknown parameter "mode"'],
    ['thermostat', 'set_setpoint', [21], 'params must be a JSON object'],
    ['thermostat', 'set_speed', { value: 1 }, 'unknown command "set_speed"; thermostat accepts set_setpoint, identify, reboot, overheat'],
    ['thermostat', 42, {}, 'unknown command "42"; thermostat accepts set_setpoint, identify, reboot, overheat'],
    ['pump', 'set_speed', { value: 50.5 }, 'parameter "value" must be an integer'],
    ['pump', 'set_speed', { value: Number.NaN }, 'parameter "value" must be an integer'],
    ['pump', 'start', {}, 'pump is already running'],
    ['door-sensor', 'set_sensitivity', { level: 'max' }, 'parameter "level" must be one of low, medium, high'],
    ['door-sensor', 'identify', { seconds: 3 }, 'unknown parameter "seconds"'],
  ])('%s refuses %s %j: %s', (name, command, params, error) => {
    const { model, state } = fresh(name)
    expect(runCommand(model, state, command, params, NOW)).toEqual({ ok: false, error })
  })

  it('identify lights the identifying flag in telemetry for ten seconds', () => {
    const { model, state } = fresh('pump')
    const out = runCommand(model, state, 'identify', {}, NOW)
    if (!out.ok) throw new Error(out.error)
    expect(model.step(out.state, { now: NOW + 9_000, dtMs: 1_000 }, seededRandom(1)).telemetry).toMatchObject({ identifying: true })
    expect(model.step(out.state, { now: NOW + 10_000, dtMs: 1_000 }, seededRandom(1)).telemetry).toMatchObject({ identifying: false })
  })

  it('pump stop then start restores running', () => {
    const { model, state } = fresh('pump')
    const stopped = runCommand(model, state, 'stop', {}, NOW)
    if (!stopped.ok) throw new Error(stopped.error)
    expect(runCommand(model, stopped.state, 'start', {}, NOW)).toMatchObject({ ok: true, state: { running: true } })
  })
})
