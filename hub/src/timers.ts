/** One-shot timers, injected so presence, typing and hello timeouts run on a fake clock in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimeouts: Timers = {
  setTimeout: (fn, ms) => { const t = setTimeout(fn, ms); t.unref(); return t },
  clearTimeout: h => clearTimeout(h as NodeJS.Timeout),
}
