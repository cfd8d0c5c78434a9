import type { Random } from '../random.js'

/** Reconnect schedule. MQTT.js's own `reconnectPeriod` is a fixed delay, so the runtime uses this. */
export interface BackoffOptions {
  /** Delay before the first retry, ms. */
  initialMs: number
  /** Ceiling of the exponential growth, ms. */
  maxMs: number
  /** Growth per failed attempt. */
  factor: number
  /** Fraction of the delay that is randomised (0 = none, 1 = full jitter). */
  jitter: number
}

export const defaultBackoff: BackoffOptions = { initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.5 }

/**
 * Delay before retry number `attempt` (0-based): `initial × factor^attempt`, capped at `max`,
 * then the jittered fraction drawn uniformly so a fleet that lost the hub together does not
 * come back in one thundering herd. Pure given the random source.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions, rng: Random): number {
  const base = Math.min(opts.maxMs, opts.initialMs * opts.factor ** Math.max(0, attempt))
  return Math.round(base * (1 - opts.jitter) + base * opts.jitter * rng.next())
}
