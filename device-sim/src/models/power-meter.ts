import { chanceIn, gaussian, uniform, type Random } from '../random.js'
import { commonCommands, commonHandlers, identifying, type BaseState } from './common.js'
import { clamp, hourOfDay, round, type DeviceModel } from './types.js'

export interface PowerMeterState extends BaseState {
  watts: number
  /** Cumulative energy since the last reset, kWh. */
  kwh: number
  voltage: number
  /** A big appliance (kettle, oven) adds load until this time, epoch ms. */
  spikeUntil: number
  spikeWatts: number
}

/** Household base load by hour: low at night, a morning bump, an evening peak. */
export function baseLoadAt(now: number): number {
  const h = hourOfDay(now)
  if (h < 6) return 180
  if (h < 9) return 650
  if (h < 17) return 420
  if (h < 22) return 950
  return 300
}

const NOMINAL_VOLTAGE = 230

export const powerMeter: DeviceModel<PowerMeterState> = {
  meta: {
    model: 'power-meter',
    firmware: '2.1.0',
    commands: {
      // Loses the energy count: dashboards ask first.
      reset_energy: { params: {}, confirm: true },
      ...commonCommands,
    },
    fields: { watts: { unit: 'W', main: true }, kwh: { unit: 'kWh' }, voltage: { unit: 'V' } },
  },
  intervalMs: 2_000,
  init(rng: Random, now: number) {
    return {
      watts: baseLoadAt(now),
      kwh: round(100 + 900 * rng.next(), 3),
      voltage: NOMINAL_VOLTAGE,
      spikeUntil: 0,
      spikeWatts: 0,
      identifyUntil: 0,
    }
  },
  step(state, { now, dtMs }, rng) {
    let { spikeUntil, spikeWatts } = state
    if (spikeUntil <= now) spikeWatts = 0
    // About six big-appliance switch-ons an hour, each 1–5 minutes of 1.2–2.8 kW.
    if (spikeWatts === 0 && rng.next() < chanceIn(6, dtMs)) {
      spikeWatts = uniform(rng, 1200, 2800)
      spikeUntil = now + uniform(rng, 60_000, 300_000)
    }
    const watts = Math.max(0, baseLoadAt(now) + spikeWatts + gaussian(rng) * 25)
    // Trapezoid between the last and this reading.
    const kwh = state.kwh + ((state.watts + watts) / 2) * dtMs / 3_600_000_000
    // Heavy load sags the line a little.
    const voltage = clamp(NOMINAL_VOLTAGE - watts / 1000 + gaussian(rng) * 0.8, 207, 253)
    return {
      state: { ...state, watts, kwh, voltage, spikeUntil, spikeWatts },
      telemetry: {
        watts: round(watts, 1),
        kwh: round(kwh, 4),
        voltage: round(voltage, 1),
        identifying: identifying(state, now),
      },
    }
  },
  commands: {
    reset_energy: state => ({ ok: true, state: { ...state, kwh: 0 }, result: { previousKwh: round(state.kwh, 4) } }),
    ...commonHandlers<PowerMeterState>(),
  },
}
