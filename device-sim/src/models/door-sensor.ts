import { chanceIn, uniform, type Random } from '../random.js'
import { commonCommands, commonHandlers, identifying, type BaseState } from './common.js'
import { hourOfDay, round, type DeviceModel, type Telemetry } from './types.js'

export type Sensitivity = 'low' | 'medium' | 'high'

export interface DoorSensorState extends BaseState {
  open: boolean
  /** The door closes again at this time, epoch ms (0 = closed). */
  closesAt: number
  motion: boolean
  /** Motion clears at this time, epoch ms. */
  motionUntil: number
  /** Battery charge, %. */
  battery: number
  sensitivity: Sensitivity
  /** Time of the last report, epoch ms: a heartbeat goes out when nothing happened for a while. */
  lastReportAt: number
}

/** A quiet sensor still reports this often, so presence can learn its cadence. */
export const HEARTBEAT_MS = 60_000
const SENSITIVITY_FACTOR: Record<Sensitivity, number> = { low: 0.5, medium: 1, high: 2 }

/** Door openings per hour: busy by day, rare at night. */
function openingsPerHour(now: number): number {
  const h = hourOfDay(now)
  return h >= 7 && h < 20 ? 12 : 1
}

export const doorSensor: DeviceModel<DoorSensorState> = {
  meta: {
    model: 'door-sensor',
    firmware: '0.9.7',
    commands: {
      set_sensitivity: { params: { level: { type: 'string', enum: ['low', 'medium', 'high'] } } },
      ...commonCommands,
    },
    fields: { battery: { unit: '%', main: true } },
  },
  // Sensors sample often but report only on change or heartbeat.
  intervalMs: 1_000,
  init(rng: Random, now: number) {
    return {
      open: false, closesAt: 0, motion: false, motionUntil: 0,
      battery: round(60 + 40 * rng.next(), 1), sensitivity: 'medium',
      lastReportAt: 0, identifyUntil: 0,
    }
  },
  step(state, { now, dtMs }, rng) {
    const s = { ...state }
    let changed = false
    if (s.open && s.closesAt <= now) { s.open = false; s.closesAt = 0; changed = true }
    if (!s.open && rng.next() < chanceIn(openingsPerHour(now), dtMs)) {
      s.open = true
      s.closesAt = now + uniform(rng, 3_000, 30_000)
      changed = true
    }
    if (s.motion && s.motionUntil <= now) { s.motion = false; changed = true }
    // Motion accompanies openings and also happens on its own.
    const motionRate = openingsPerHour(now) * 2 * SENSITIVITY_FACTOR[s.sensitivity]
    if (!s.motion && (changed && s.open || rng.next() < chanceIn(motionRate, dtMs))) {
      s.motion = true
      s.motionUntil = now + 15_000
      changed = true
    }
    // About 1 % a week.
    s.battery = Math.max(0, s.battery - dtMs / (7 * 86_400_000))
    if (!changed && now - s.lastReportAt < HEARTBEAT_MS) return { state: s, telemetry: null }
    s.lastReportAt = now
    const telemetry: Telemetry = {
      open: s.open, motion: s.motion, battery: round(s.battery, 1), identifying: identifying(s, now),
    }
    return { state: s, telemetry }
  },
  commands: {
    set_sensitivity: (state, params) => ({
      ok: true, state: { ...state, sensitivity: params.level as Sensitivity }, result: { sensitivity: params.level },
    }),
    ...commonHandlers<DoorSensorState>(),
  },
}
