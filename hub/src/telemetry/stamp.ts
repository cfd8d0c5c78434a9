/**
 * Receive-time stamps that never collide within a series: epoch ms from the clock, and when a
 * series already has a point at that ms (several publishes in the same millisecond), the next
 * nanosecond after its last stamp. Stamps of one series are strictly increasing while the clock
 * does not go back; a clock step back keeps the series on its last stamp + 1 ns until it catches up.
 */
export class ReceiveStamper {
  private last = new Map<string, { ms: number; ns: number }>()

  stamp(series: string, nowMs: number): { ms: number; ns: number } {
    const prev = this.last.get(series)
    let next: { ms: number; ns: number }
    if (!prev || nowMs > prev.ms) next = { ms: nowMs, ns: 0 }
    else if (prev.ns < 999_999) next = { ms: prev.ms, ns: prev.ns + 1 }
    else next = { ms: prev.ms + 1, ns: 0 }
    this.last.set(series, next)
    if (this.last.size > 50_000) this.prune(nowMs)
    return next
  }

  /** Series idle for a second cannot collide with the clock any more. */
  private prune(nowMs: number): void {
    for (const [k, v] of this.last) if (v.ms < nowMs - 1000) this.last.delete(k)
  }
}
