/**
 * Rate pacing, pure: how many messages are due by an elapsed time, and which connections send
 * them. The sender's loop wakes on a coarse timer and catches up from the elapsed time, so timer
 * jitter changes burst sizes, never the average rate.
 */

/** Messages due by `elapsedMs` at `ratePerSecond`, never more than `limit` (0 = no limit). */
export function dueMessages(ratePerSecond: number, elapsedMs: number, limit: number): number {
  const due = Math.floor((ratePerSecond * Math.max(0, elapsedMs)) / 1000)
  return limit > 0 ? Math.min(due, limit) : due
}

/**
 * Spreads `count` sends round-robin over `connections`, starting at `cursor`.
 * Returns per-connection counts and the next cursor, so consecutive ticks stay fair.
 */
export function spread(count: number, connections: number, cursor: number): { perConnection: number[]; cursor: number } {
  const perConnection = new Array<number>(connections).fill(Math.floor(count / connections))
  const extra = count % connections
  for (let k = 0; k < extra; k++) perConnection[(cursor + k) % connections]! += 1
  return { perConnection, cursor: (cursor + extra) % connections }
}

/** This worker's share of a total split over `workers` (the first ones take the remainder). */
export function share(total: number, workers: number, index: number): number {
  return Math.floor(total / workers) + (index < total % workers ? 1 : 0)
}
