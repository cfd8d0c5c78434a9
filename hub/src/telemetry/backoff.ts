/** Exponential backoff with "equal jitter": half fixed, half random, capped. `attempt` starts at 1. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30))
  return Math.round(exp / 2 + random() * exp / 2)
}
