/** One-shot timers, injected so presence, typing, hello timeouts and batching run on a fake clock in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Repeating timers, injected the same way (chat.v1 heartbeat). */
export interface IntervalTimers {
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

/** Real timers that never keep the process alive on their own. */
export const realTimeouts: Timers & IntervalTimers = {
  setTimeout: (fn, ms) => { const t = setTimeout(fn, ms); t.unref(); return t },
  clearTimeout: h => clearTimeout(h as NodeJS.Timeout),
  setInterval: (fn, ms) => { const t = setInterval(fn, ms); t.unref(); return t },
  clearInterval: h => clearInterval(h as NodeJS.Timeout),
}
