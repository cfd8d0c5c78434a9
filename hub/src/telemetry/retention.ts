import type { Logger } from '../logger.js'
import { startRetentionTimer } from '../storage/retention-timer.js'
import type { TelemetryStore } from './store.js'

export interface RetentionOptions {
  store: TelemetryStore
  /** Points older than this are deleted. */
  retentionMs: number
  now: () => number
  logger: Logger
  /** Counts the deleted points (a metric). */
  onPruned(points: number): void
}

/**
 * Keeps a store that holds telemetry itself (the embedded one) within its retention window: a pass
 * soon after start, then hourly, each deleting what has aged out since in small slices
 * (stores/embedded.ts). A store that keeps no telemetry of its own (InfluxDB: its retention policy
 * does it) gets no timer at all. `stop` clears the timer; a pass under way ends at the store's
 * close, after its current slice.
 */
export function startRetention(opts: RetentionOptions): { stop(): void } {
  const { store, logger } = opts
  if (!store.prune || opts.retentionMs <= 0) return { stop() {} }
  const prune = store.prune.bind(store)
  return startRetentionTimer(async function pruneTelemetry() {
    const before = opts.now() - opts.retentionMs
    try {
      const points = await prune(before)
      opts.onPruned(points)
      if (points > 0) logger.info({ points, before: new Date(before).toISOString() }, 'telemetry older than the retention window deleted')
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'telemetry retention pass failed; the next one tries again')
    }
  })
}
