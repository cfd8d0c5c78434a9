/**
 * Reconnect delays: exponential from `baseMs`, capped at `maxMs`, with "equal jitter" so a hub
 * restart is not met by every tab at the same instant. `random` is injected for tests.
 */
export interface BackoffOptions { baseMs: number; maxMs: number; random?: () => number }

export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const random = opts.random ?? Math.random
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, attempt))
  return Math.round(exp / 2 + random() * (exp / 2))
}
