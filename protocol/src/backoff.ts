/**
 * Retry schedule shared by every client of the hub (device reconnects, dashboard reconnects) and by
 * the hub's store writer: exponential from `initialMs`, capped at `maxMs`, with a jittered fraction so
 * a fleet that lost the hub together does not come back in one thundering herd.
 */
export interface BackoffOptions {
  /** Delay before the first retry, ms. */
  initialMs: number
  /** Ceiling of the exponential growth, ms. */
  maxMs: number
  /** Growth per failed attempt (default 2). */
  factor?: number
  /** Fraction of the delay that is randomised: 0 none, 0.5 "equal jitter" (default), 1 full jitter. */
  jitter?: number
}

/** Delay before retry number `attempt` (0-based), given a uniform draw in [0, 1). Pure. */
export function backoffDelay(attempt: number, opts: BackoffOptions, random: () => number): number {
  const factor = opts.factor ?? 2
  const jitter = opts.jitter ?? 0.5
  const base = Math.min(opts.maxMs, opts.initialMs * factor ** Math.min(Math.max(0, attempt), 64))
  return Math.round(base * (1 - jitter) + base * jitter * random())
}
