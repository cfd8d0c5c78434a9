import { describe, expect, it } from '@jest/globals'
import { fixedRandom, seededRandom } from '../random.js'
import { models, modelNames, runCommand } from './index.js'
import { ambientAt, thermostat, type ThermostatState } from './thermostat.js'
import { baseLoadAt, powerMeter } from './power-meter.js'
import { doorSensor, HEARTBEAT_MS } from './door-sensor.js'
import { pump } from './pump.js'
import type { DeviceModel, Telemetry } from './types.js'

const NOON = Date.UTC(2026, 0, 15, 12)
const NIGHT = Date.UTC(2026, 0, 15, 2)

/** Runs a model for `ms` of simulated time at its own interval, collecting telemetry. */
function simulate<S>(model: DeviceModel<S>, state: S, start: number, ms: number, seed = 1, dtMs = model.intervalMs) {
  const rng = seededRandom(seed)
  const out: Telemetry[] = []
  for (let t = dtMs; t <= ms; t += dtMs) {
    const r = model.step(state, { now: start + t, dtMs }, rng)
    state = r.state
    if (r.telemetry) out.push(r.telemetry)
  }
  return { state, telemetry: out }
}

describe('every model', () => {
  it.each(modelNames)('%s is deterministic for a given seed', name => {
    const model = models[name] as DeviceModel<unknown>
    const a = simulate(model, model.init(seededRandom(7), NOON), NOON, 600_000, 42)
    const b = simulate(model, model.init(seededRandom(7), NOON), NOON, 600_000, 42)
    expect(a.telemetry).toEqual(b.telemetry)
  })

  it.each(modelNames)('%s reports only numbers, booleans and strings', name => {
    const model = models[name] as DeviceModel<unknown>
    const { telemetry } = simulate(model, model.init(seededRandom(3), NOON), NOON, 300_000)
    expect(telemetry.length).toBeGreaterThan(0)
    for (const t of telemetry) for (const v of Object.values(t)) expect(['number', 'boolean', 'string']).toContain(typeof v)
  })

  it.each(modelNames)('%s declares meta in the topics.md format with identify and reboot (asking for confirmation)', name => {
    const { meta } = models[name]
    expect(meta.model).toBe(name)
    expect(meta.firmware).toMatch(/^\d+\.\d+\.\d+$/)
    expect(meta.commands.identify).toEqual({ params: {} })
    expect(meta.commands.reboot).toEqual({ params: {}, confirm: true })
  })

  it.each(modelNames)('%s declares a unit for every numeric field it reports, and one main field', name => {
    const model = models[name] as DeviceModel<unknown>
    const { telemetry } = simulate(model, model.init(seededRandom(3), NOON), NOON, 600_000)
    const numeric = new Set(telemetry.flatMap(t => Object.entries(t).filter(([, v]) => typeof v === 'number').map(([k]) => k)))
    for (const field of numeric) expect([field, model.meta.fields?.[field]?.unit]).toEqual([field, expect.any(String)])
    expect(Object.values(model.meta.fields ?? {}).filter(f => f.main)).toHaveLength(1)
  })
})

describe('thermostat', () => {
  it.each([
    ['04:00', Date.UTC(2026, 0, 15, 4), 14],
    ['16:00', Date.UTC(2026, 0, 15, 16), 20],
  ])('drifts toward a day/night ambient (%s → %d °C)', (_label, at, expected) => {
    expect(ambientAt(at)).toBeCloseTo(expected, 5)
  })

  it('warms toward a raised setpoint and then holds it within the band', () => {
    const start: ThermostatState = { temperature: 18, humidity: 45, setpoint: 18, heating: false, identifyUntil: 0 }
    const cmd = runCommand(thermostat, start, 'set_setpoint', { value: 23 }, NOON)
    expect(cmd).toMatchObject({ ok: true, result: { setpoint: 23, previous: 18 } })
    if (!cmd.ok) throw new Error('unreachable')
    const { state, telemetry } = simulate(thermostat, cmd.state, NOON, 90 * 60_000)
    expect(telemetry[0]).toMatchObject({ setpoint: 23, heating: true })
    expect(state.temperature).toBeGreaterThan(22)
    expect(state.temperature).toBeLessThan(24)
  })

  it('cools toward ambient when the setpoint is below it, colder at night than by day', () => {
    const cold = (at: number): number => simulate(thermostat, { temperature: 21, humidity: 45, setpoint: 5, heating: false, identifyUntil: 0 }, at, 6 * 3_600_000).state.temperature
    expect(cold(NIGHT)).toBeLessThan(cold(NOON))
    expect(cold(NIGHT)).toBeLessThan(18)
  })

  it('overheats fast while the demo fault is on and cools back to the setpoint once it is off', () => {
    const start: ThermostatState = { temperature: 21, humidity: 45, setpoint: 21, heating: false, identifyUntil: 0 }
    const on = runCommand(thermostat, start, 'overheat', { on: true }, NOON)
    if (!on.ok) throw new Error('overheat refused')
    const hot = simulate(thermostat, on.state, NOON, 3 * 60_000)
    expect(hot.state.temperature).toBeGreaterThan(30)
    const off = runCommand(thermostat, hot.state, 'overheat', { on: false }, NOON)
    if (!off.ok) throw new Error('overheat off refused')
    const cooled = simulate(thermostat, off.state, NOON, 4 * 60_000)
    expect(cooled.state.temperature).toBeLessThan(22)
    expect(cooled.state.cutout).toBe(false)
  })

  it('keeps humidity within 15–85 %', () => {
    const { telemetry } = simulate(thermostat, thermostat.init(seededRandom(9), NOON), NOON, 12 * 3_600_000, 9, 60_000)
    for (const t of telemetry) {
      expect(t.humidity).toBeGreaterThanOrEqual(15)
      expect(t.humidity).toBeLessThanOrEqual(85)
    }
  })
})

describe('power meter', () => {
  it('accumulates kWh as the integral of watts and never decreases', () => {
    const init = powerMeter.init(seededRandom(5), NIGHT)
    const { state, telemetry } = simulate(powerMeter, init, NIGHT, 3_600_000)
    const kwh = telemetry.map(t => t.kwh as number)
    for (let i = 1; i < kwh.length; i++) expect(kwh[i]!).toBeGreaterThanOrEqual(kwh[i - 1]!)
    const meanWatts = telemetry.reduce((s, t) => s + (t.watts as number), 0) / telemetry.length
    expect(state.kwh - init.kwh).toBeCloseTo(meanWatts / 1000, 2)
  })

  it('reads the base load at night and a higher one in the evening', () => {
    expect(baseLoadAt(NIGHT)).toBeLessThan(baseLoadAt(Date.UTC(2026, 0, 15, 19)))
  })

  it('keeps the voltage within ±10 % of 230 V', () => {
    const { telemetry } = simulate(powerMeter, powerMeter.init(seededRandom(2), NOON), NOON, 3_600_000, 2)
    for (const t of telemetry) expect(Math.abs((t.voltage as number) - 230)).toBeLessThanOrEqual(23)
  })

  it('draws an appliance spike when the random source says so', () => {
    const init = powerMeter.init(fixedRandom(0.5), NIGHT)
    // First draw 0 → the switch-on fires; the next two pick the lowest level and duration.
    const spiked = powerMeter.step(init, { now: NIGHT, dtMs: 2_000 }, fixedRandom(0, 0, 0, 0.5, 0.5))
    expect(spiked.state.spikeWatts).toBe(1200)
    expect(spiked.state.spikeUntil).toBe(NIGHT + 60_000)
    const quiet = powerMeter.step(init, { now: NIGHT, dtMs: 2_000 }, fixedRandom(0.999, 0.5, 0.5))
    expect((spiked.telemetry!.watts as number) - (quiet.telemetry!.watts as number)).toBeCloseTo(1200, 0)
  })
})

describe('door sensor', () => {
  it.each([
    ['night', NIGHT, 0, 15],
    ['day', NOON, 10, 80],
  ])('reports sparsely by %s: heartbeats plus a few events an hour', (_label, at, minEvents, maxEvents) => {
    const { telemetry } = simulate(doorSensor, doorSensor.init(seededRandom(11), at), at, 3_600_000, 11)
    const heartbeats = 3_600_000 / HEARTBEAT_MS
    expect(telemetry.length).toBeGreaterThanOrEqual(minEvents)
    expect(telemetry.length).toBeLessThanOrEqual(heartbeats + maxEvents)
  })

  it('sends a heartbeat after a quiet minute and nothing in between', () => {
    const quiet = fixedRandom(0.999999)
    let state = { ...doorSensor.init(quiet, NIGHT), lastReportAt: NIGHT }
    const reports: number[] = []
    for (let t = 1_000; t <= 125_000; t += 1_000) {
      const r = doorSensor.step(state, { now: NIGHT + t, dtMs: 1_000 }, quiet)
      state = r.state
      if (r.telemetry) reports.push(t)
    }
    expect(reports).toEqual([60_000, 120_000])
  })

  it('opens, reports motion with it, and closes again', () => {
    const state = { ...doorSensor.init(fixedRandom(0.5), NOON), lastReportAt: NOON }
    const opened = doorSensor.step(state, { now: NOON + 1_000, dtMs: 1_000 }, fixedRandom(0, 0))
    expect(opened.telemetry).toMatchObject({ open: true, motion: true })
    const closed = doorSensor.step(opened.state, { now: opened.state.closesAt, dtMs: 1_000 }, fixedRandom(0.999999))
    expect(closed.telemetry).toMatchObject({ open: false })
  })
})

describe('pump', () => {
  it('ramps to a new speed at 10 %/s with pressure following speed²', () => {
    const init = { running: true, targetSpeed: 50, speed: 50, pressure: 1.5, identifyUntil: 0 }
    const cmd = runCommand(pump, init, 'set_speed', { value: 80 }, NOON)
    if (!cmd.ok) throw new Error(cmd.error)
    const r1 = pump.step(cmd.state, { now: NOON + 1_000, dtMs: 1_000 }, seededRandom(1))
    expect(r1.telemetry!.speed).toBe(60)
    const { telemetry } = simulate(pump, r1.state, NOON, 6_000, 1, 1_000)
    expect(telemetry.at(-1)!.speed).toBe(80)
    expect(telemetry.at(-1)!.pressure as number).toBeCloseTo(6 * 0.64, 0)
  })

  it('winds down to zero speed and pressure when stopped', () => {
    const init = { running: true, targetSpeed: 60, speed: 60, pressure: 2.2, identifyUntil: 0 }
    const cmd = runCommand(pump, init, 'stop', {}, NOON)
    if (!cmd.ok) throw new Error(cmd.error)
    const { telemetry } = simulate(pump, cmd.state, NOON, 9_000)
    expect(telemetry.at(-1)).toMatchObject({ running: false, speed: 0, pressure: 0 })
  })
})
