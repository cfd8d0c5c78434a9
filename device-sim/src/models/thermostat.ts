import { gaussian, type Random } from '../random.js'
import { commonCommands, commonHandlers, identifying, type BaseState } from './common.js'
import { clamp, hourOfDay, round, type DeviceModel } from './types.js'

export interface ThermostatState extends BaseState {
  /** Room air temperature, °C. */
  temperature: number
  /** Relative humidity, %. */
  humidity: number
  /** Target temperature, °C. */
  setpoint: number
  heating: boolean
  /** Demo fault (`overheat` command): the heater relay is stuck on until the command turns it off. */
  overheat?: boolean
  /** After the fault: the safety cut-out fan runs until the room is back at the setpoint. */
  cutout?: boolean
}

/** Outdoor-driven drift the room follows when the heater is off: coolest at 04:00, warmest at 16:00. */
export function ambientAt(now: number): number {
  return 17 + 3 * Math.sin(((hourOfDay(now) - 10) / 24) * 2 * Math.PI)
}

/** Heater power, °C per minute at full output; heat loss toward ambient, fraction per minute. */
const HEAT_RATE = 0.15
const LOSS_RATE = 0.02
/** Hysteresis around the setpoint, °C, so the heater does not chatter. */
const BAND = 0.3
/** Temperature noise, °C per √minute. */
const NOISE = 0.03
/** A stuck heater relay heats this fast, °C per minute, so a demo alarm fires within minutes. */
const RUNAWAY_RATE = 6
/** After the fault, the safety cut-out fan cools this fast, °C per minute, back to the setpoint band. */
const CUTOUT_COOLING = 6

export const thermostat: DeviceModel<ThermostatState> = {
  meta: {
    model: 'thermostat',
    firmware: '1.4.2',
    commands: {
      set_setpoint: { params: { value: { type: 'number', min: 5, max: 30 } } },
      ...commonCommands,
      overheat: { params: { on: { type: 'boolean' } } },
    },
    fields: { temperature: { unit: '°C', main: true }, humidity: { unit: '%' }, setpoint: { unit: '°C' } },
  },
  intervalMs: 5_000,
  init(rng: Random, now: number) {
    const ambient = ambientAt(now)
    return {
      temperature: round(ambient + 2 + rng.next(), 2),
      humidity: round(40 + 10 * rng.next(), 1),
      setpoint: 21,
      heating: false,
      identifyUntil: 0,
    }
  },
  step(state, { now, dtMs }, rng) {
    const minutes = dtMs / 60_000
    const ambient = ambientAt(now)
    if (state.overheat || state.cutout) return runaway(state, now, minutes)
    const heating = state.temperature < state.setpoint - BAND ? true
      : state.temperature > state.setpoint + BAND ? false
      : state.heating
    let temperature = state.temperature
      + (heating ? HEAT_RATE * minutes : 0)
      + (ambient - state.temperature) * LOSS_RATE * minutes
      + gaussian(rng) * NOISE * Math.sqrt(minutes)
    temperature = clamp(temperature, -10, 45)
    // Warm air holds more water: relative humidity falls as the room warms, plus slow noise.
    const humidity = clamp(state.humidity - (temperature - state.temperature) * 1.5 + gaussian(rng) * 0.2 * Math.sqrt(minutes), 15, 85)
    const next = { ...state, temperature, humidity, heating }
    return {
      state: next,
      telemetry: {
        temperature: round(temperature, 2),
        humidity: round(humidity, 1),
        setpoint: state.setpoint,
        heating,
        identifying: identifying(state, now),
      },
    }
  },
  commands: {
    set_setpoint: (state, params) => {
      const value = params.value as number
      return { ok: true, state: { ...state, setpoint: value }, result: { setpoint: value, previous: state.setpoint } }
    },
    ...commonHandlers<ThermostatState>(),
    overheat: (state, params) => {
      const on = params.on as boolean
      return { ok: true, state: { ...state, overheat: on, cutout: !on && !!state.overheat }, result: { overheat: on } }
    },
  },
}

/** The demo fault and its recovery: a stuck relay heats fast; once released, the cut-out fan cools fast. */
function runaway(state: ThermostatState, now: number, minutes: number) {
  const temperature = state.overheat
    ? clamp(state.temperature + RUNAWAY_RATE * minutes, -10, 45)
    : Math.max(state.setpoint, state.temperature - CUTOUT_COOLING * minutes)
  const heating = !!state.overheat
  const cutout = !state.overheat && temperature > state.setpoint
  return {
    state: { ...state, temperature, heating, cutout },
    telemetry: { temperature: round(temperature, 2), humidity: round(state.humidity, 1), setpoint: state.setpoint, heating, identifying: identifying(state, now) },
  }
}
