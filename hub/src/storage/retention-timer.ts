import type { Logger } from '../logger.js'

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

export interface RetentionOptions {
  /** What a pass deletes, for the log: "telemetry points". */
  what: string
  /** What is older than this goes; 0 keeps everything (no timer). */
  retentionMs: number
  now: () => number
  logger: Logger
  /** One pass: deletes what was written before `before`, resolves with how many. */
  prune(before: number): Promise<number>
  /** Counts what a pass deleted (a metric). */
  onPruned(deleted: number): void
  /** Cluster: whether this hub runs the pass now (shared tables need one hub's pass, not every hub's). */
  claim?: () => Promise<boolean>
}

/**
 * A retention window kept on the timer above: each pass deletes what has aged out since the last,
 * logs what it did, and a failed pass is logged and tried again at the next.
 */
export function startRetention(opts: RetentionOptions): { stop(): void } {
  if (opts.retentionMs <= 0) return { stop() {} }
  return startRetentionTimer(async function prune() {
    const before = opts.now() - opts.retentionMs
    try {
      if (opts.claim && !(await opts.claim())) {
        opts.logger.debug({ what: opts.what }, 'retention pass left to the hub of the cluster that claimed it')
        return
      }
      const deleted = await opts.prune(before)
      opts.onPruned(deleted)
      if (deleted > 0) opts.logger.info({ deleted, before: new Date(before).toISOString() }, `${opts.what} older than the retention window deleted`)
    } catch (err) {
      opts.logger.warn({ err: (err as Error).message }, `retention pass over ${opts.what} failed; the next one tries again`)
    }
  })
}
