import type { DeviceMeta, TelemetryFields } from '@tether/protocol'
import type { Random } from '../random.js'

/** What a model reports on one tick: the fields of one telemetry publish (the runtime adds `ts`). */
export type Telemetry = TelemetryFields

/** What the device runtime hands a model on each tick. */
export interface Tick {
  /** Wall-clock time of this tick, epoch ms (day/night cycles read the hour from it). */
  now: number
  /** Time since the previous tick, ms. */
  dtMs: number
}

export type CommandOutcome<S> =
  | { ok: true; state: S; result?: Record<string, unknown>; effect?: 'reboot' }
  | { ok: false; error: string }

export type CommandHandler<S> = (state: S, params: Record<string, unknown>, ctx: { now: number }) => CommandOutcome<S>

/**
 * One kind of device. `init` and `step` are pure given the random source: the same seed, state
 * and ticks give the same telemetry. `step` returns `telemetry: null` when there is nothing to
 * report this tick (sparse sensors).
 */
export interface DeviceModel<S = unknown> {
  meta: DeviceMeta
  /** Default telemetry period, ms; the runtime ticks at this pace. */
  intervalMs: number
  init(rng: Random, now: number): S
  step(state: S, tick: Tick, rng: Random): { state: S; telemetry: Telemetry | null }
  commands: Record<string, CommandHandler<S>>
}

/** Rounds for telemetry: real sensors report a fixed number of decimals. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** Hour of day (0–24, fractional) in UTC, for day/night cycles. */
export function hourOfDay(now: number): number {
  return (now % 86_400_000) / 3_600_000
}
