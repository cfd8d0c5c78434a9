import type { Timers } from '../../src/timers.js'

/** A fake clock + one-shot timers: `advance(ms)` moves time and fires what fell due, in order. */
export function createManualClock(start = 1_764_000_000_000): Timers & { now(): number; advance(ms: number): void; pending(): number } {
  let t = start
  let nextId = 1
  const due = new Map<number, { at: number; fn: () => void }>()
  return {
    now: () => t,
    setTimeout(fn, ms) { const id = nextId++; due.set(id, { at: t + Math.max(0, ms), fn }); return id },
    clearTimeout(h) { due.delete(h as number) },
    advance(ms) {
      const end = t + ms
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined
        for (const d of due) if (d[1].at <= end && (!next || d[1].at < next[1].at || (d[1].at === next[1].at && d[0] < next[0]))) next = d
        if (!next) break
        due.delete(next[0])
        t = next[1].at
        next[1].fn()
      }
      t = end
    },
    pending: () => due.size,
  }
}
