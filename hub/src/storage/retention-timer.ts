/** The first pass comes soon after start, so a hub that restarts often still prunes. */
const FIRST_AFTER_MS = 5_000
const EVERY_MS = 3_600_000

/**
 * Runs a retention pass soon after start, then hourly; the next one is scheduled when a pass ends,
 * so two never overlap. `pass` handles its own errors. `stop` clears the timer; a pass under way
 * ends with its store's close.
 */
export function startRetentionTimer(pass: () => Promise<void>): { stop(): void } {
  let timer: NodeJS.Timeout | null = null
  let stopped = false
  function schedule(ms: number): void {
    if (stopped) return
    timer = setTimeout(() => { void pass().finally(() => schedule(EVERY_MS)) }, ms)
    timer.unref()
  }
  schedule(FIRST_AFTER_MS)
  return {
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
    },
  }
}
