import { gaussian, type Random } from '../random.js'
import { commonCommands, commonHandlers, identifying, type BaseState } from './common.js'
import { clamp, round, type DeviceModel } from './types.js'

export interface PumpState extends BaseState {
  running: boolean
  /** Commanded speed, % of rated rpm. */
  targetSpeed: number
  /** Actual speed, %: ramps toward the target (or 0 when stopped). */
  speed: number
  /** Discharge pressure, bar. */
  pressure: number
}

/** Speed ramp, % per second. */
const RAMP = 10
/** Pressure at 100 % speed, bar (affinity law: pressure ∝ speed²). */
const RATED_BAR = 6

export const pump: DeviceModel<PumpState> = {
  meta: {
    model: 'pump',
    firmware: '3.0.5',
    commands: {
      set_speed: { params: { value: { type: 'integer', min: 0, max: 100 } } },
      start: { params: {} },
      stop: { params: {} },
      ...commonCommands,
    },
    fields: { pressure: { unit: 'bar', main: true }, speed: { unit: '%' } },
  },
  intervalMs: 3_000,
  init(rng: Random) {
    const targetSpeed = 40 + Math.round(40 * rng.next())
    return { running: true, targetSpeed, speed: targetSpeed, pressure: RATED_BAR * (targetSpeed / 100) ** 2, identifyUntil: 0 }
  },
  step(state, { now, dtMs }, rng) {
    const goal = state.running ? state.targetSpeed : 0
    const maxStep = RAMP * dtMs / 1000
    const speed = clamp(goal, state.speed - maxStep, state.speed + maxStep)
    const pressure = Math.max(0, RATED_BAR * (speed / 100) ** 2 + (speed > 0 ? gaussian(rng) * 0.05 : 0))
    return {
      state: { ...state, speed, pressure },
      telemetry: {
        running: state.running,
        speed: round(speed, 1),
        pressure: round(pressure, 2),
        identifying: identifying(state, now),
      },
    }
  },
  commands: {
    set_speed: (state, params) => {
      const value = params.value as number
      return { ok: true, state: { ...state, targetSpeed: value }, result: { targetSpeed: value, running: state.running } }
    },
    start: state => state.running
      ? { ok: false, error: 'pump is already running' }
      : { ok: true, state: { ...state, running: true }, result: { running: true } },
    stop: state => !state.running
      ? { ok: false, error: 'pump is already stopped' }
      : { ok: true, state: { ...state, running: false }, result: { running: false } },
    ...commonHandlers<PumpState>(),
  },
}
