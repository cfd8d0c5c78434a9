import { appendFileSync } from 'node:fs'
import path from 'node:path'
import type { Registry } from 'prom-client'
import type { Logger } from '../logger.js'
import { backoffDelay } from './backoff.js'
import { createTelemetryMetrics, type TelemetryMetrics } from './metrics.js'
import type { Point } from './point.js'
import type { Spool } from './spool.js'
import { StoreWriteError, type TelemetryStore } from './store.js'

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => { const t = setTimeout(fn, ms); t.unref?.(); return t },
  clearTimeout: h => clearTimeout(h as NodeJS.Timeout),
}

export interface WriterOptions {
  /** Points per store write. */
  batchSize: number
  /** A partial batch is written this long after its first point arrived, ms. */
  flushIntervalMs: number
  /** Points held in memory before the queue spills to the spool. */
  highWater: number
  /** First retry delay and cap of the exponential backoff, ms. */
  retryBaseMs: number
  retryMaxMs: number
}

export interface WriterDeps {
  store: TelemetryStore
  spool: Spool
  registry: Registry
  logger: Logger
  now: () => number
  timers?: Timers
  random?: () => number
}

type Outcome = 'ok' | 'retry'
interface Entry { p: Point; at: number }

/**
 * The hub owns delivery: points queue in memory, go to the store in batches, and
 * whatever the store cannot take now goes to the append-only spool on disk, replayed in order.
 * Order rule: memory batches are written only while the spool is empty, so nothing overtakes it.
 */
export class BatchWriter {
  readonly metrics: TelemetryMetrics
  private queue: Entry[] = []
  private running: Promise<void> | null = null
  private flushTimer: unknown = null
  private retryTimer: unknown = null
  private flushDue = false
  private failures = 0
  private down = false
  private closing = false
  private inflight: { entries: Entry[]; spooled: boolean } | null = null
  private readonly timers: Timers
  private readonly random: () => number
  private readonly rejectedFile: string

  constructor(private readonly opts: WriterOptions, private readonly deps: WriterDeps) {
    this.timers = deps.timers ?? realTimers
    this.random = deps.random ?? Math.random
    this.rejectedFile = path.join(deps.spool.dir, 'rejected.jsonl')
    this.metrics = createTelemetryMetrics(deps.registry, {
      queueDepth: () => this.queue.length,
      spooled: () => this.deps.spool.points,
      oldestAgeSeconds: () => this.oldestAgeMs() / 1000,
    })
    if (deps.spool.points > 0) {
      deps.logger.info({ points: deps.spool.points, batches: deps.spool.batches }, 'telemetry spool from a previous run: replaying')
      this.kick()
    }
  }

  /** True while the last write attempt failed and the spool is holding the backlog. */
  get storeDown(): boolean { return this.down }
  get queued(): number { return this.queue.length }

  accept(points: Point[]): void {
    if (this.closing) { this.metrics.accepted.inc(points.length); this.spill(points.map(p => ({ p, at: this.deps.now() }))); return }
    const at = this.deps.now()
    for (const p of points) this.queue.push({ p, at })
    this.metrics.accepted.inc(points.length)
    // Store down: keep at most one partial batch in memory, the rest is safer on disk.
    if (this.queue.length >= this.opts.highWater || (this.down && this.queue.length >= this.opts.batchSize)) {
      this.spillQueue()
      this.kick()
      return
    }
    if (this.queue.length >= this.opts.batchSize) this.kick()
    // The remainder of a partial batch waits at most one flush interval.
    if (this.flushTimer === null) this.flushTimer = this.timers.setTimeout(this.onFlushTimer, this.opts.flushIntervalMs)
  }

  private readonly onFlushTimer = (): void => {
    this.flushTimer = null
    if (this.down) { this.spillQueue(); return }
    this.flushDue = true
    this.kick()
  }

  /** Age of the oldest accepted point not yet acknowledged by the store, ms. */
  oldestAgeMs(): number {
    const head = this.deps.spool.peek()
    const candidates = [head?.at, this.inflight?.entries[0]?.at, this.queue[0]?.at].filter((x): x is number => x !== undefined)
    return candidates.length ? Math.max(0, this.deps.now() - Math.min(...candidates)) : 0
  }

  /** The store answered a health probe: retry the spool now instead of waiting out the backoff. */
  retrySoon(): void {
    if (!this.down || this.closing || this.retryTimer === null) return
    this.timers.clearTimeout(this.retryTimer)
    this.retryTimer = null
    void this.kick()
  }

  /** Starts the write loop unless it runs. Resolves when the loop pauses. */
  kick(): Promise<void> {
    this.running ??= this.run().finally(() => { this.running = null })
    return this.running
  }

  private async run(): Promise<void> {
    while (!this.closing) {
      const spooled = this.deps.spool.peek()
      if (spooled) {
        if (this.down && this.retryTimer !== null) return // a retry is scheduled
        this.retryTimer = null
        const outcome = await this.writeTimed(spooled.points)
        if (outcome === 'retry') { this.scheduleRetry(); return }
        this.deps.spool.ack()
        this.recovered()
        continue
      }
      if (this.queue.length === 0) { this.flushDue = false; return }
      if (this.queue.length < this.opts.batchSize && !this.flushDue) return
      const entries = this.queue.splice(0, this.opts.batchSize)
      if (this.queue.length === 0) this.flushDue = false
      this.inflight = { entries, spooled: false }
      const outcome = await this.writeTimed(entries.map(e => e.p))
      const inflight = this.inflight
      this.inflight = null
      if (outcome === 'retry') {
        // Keep it on disk and retry from there, so retries and later batches keep their order.
        if (!inflight.spooled) this.spill(entries)
        this.scheduleRetry()
        return
      }
      this.recovered()
    }
  }

  private recovered(): void {
    if (this.down) this.deps.logger.info({ store: this.deps.store.kind }, 'telemetry store writable again; replaying spool')
    this.down = false
    this.failures = 0
  }

  private scheduleRetry(): void {
    this.failures++
    this.metrics.retried.inc()
    if (!this.down) this.deps.logger.warn({ store: this.deps.store.kind, spool: this.deps.spool.dir }, 'telemetry store write failed; spooling to disk and retrying')
    this.down = true
    if (this.closing) return
    const delay = backoffDelay(this.failures, this.opts.retryBaseMs, this.opts.retryMaxMs, this.random)
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer)
    this.retryTimer = this.timers.setTimeout(() => { this.retryTimer = null; this.kick() }, delay)
  }

  private async writeTimed(points: Point[]): Promise<Outcome> {
    const end = this.metrics.writeLatency.startTimer()
    try { return await this.writeBisect(points) } finally { end() }
  }

  /** A refused batch is split until the refused points are alone; those are set aside, the rest written. */
  private async writeBisect(points: Point[]): Promise<Outcome> {
    try {
      await this.deps.store.write(points)
      this.metrics.written.inc(points.length)
      return 'ok'
    } catch (err) {
      const kind = err instanceof StoreWriteError ? err.kind : 'retry'
      if (kind === 'retry') {
        this.deps.logger.debug({ err: (err as Error).message }, 'telemetry write failed (retryable)')
        return 'retry'
      }
      if (points.length === 1) { this.setAside(points[0]!, (err as Error).message); return 'ok' }
      const mid = Math.ceil(points.length / 2)
      if (await this.writeBisect(points.slice(0, mid)) === 'retry') return 'retry'
      return this.writeBisect(points.slice(mid))
    }
  }

  private setAside(p: Point, message: string): void {
    this.metrics.rejected.inc({ reason: 'store_rejected' })
    this.deps.logger.warn({ device: p.tags.device, err: message.slice(0, 200) }, 'telemetry point refused by the store; set aside')
    try {
      appendFileSync(this.rejectedFile, JSON.stringify({ error: message.slice(0, 300), point: p }) + '\n')
    } catch (err) {
      this.deps.logger.error({ err }, 'could not record a refused telemetry point')
    }
  }

  private spillQueue(): void {
    // An in-flight batch is older than the queue: spool it first (a duplicate write is harmless).
    if (this.inflight && !this.inflight.spooled) { this.spill(this.inflight.entries); this.inflight.spooled = true }
    const entries = this.queue
    this.queue = []
    this.flushDue = false
    if (this.flushTimer !== null) { this.timers.clearTimeout(this.flushTimer); this.flushTimer = null }
    for (let i = 0; i < entries.length; i += this.opts.batchSize) this.spill(entries.slice(i, i + this.opts.batchSize))
  }

  private spill(entries: Entry[]): void {
    if (entries.length === 0) return
    try {
      this.deps.spool.append({ at: entries[0]!.at, points: entries.map(e => e.p) })
      this.metrics.spooled.inc(entries.length)
    } catch (err) {
      this.metrics.dropped.inc(entries.length)
      this.deps.logger.error({ err, points: entries.length }, 'telemetry spool not writable: points lost')
    }
  }

  /**
   * Graceful stop: one last attempt to write what is in memory (when the store is up), within
   * `timeoutMs`; everything else goes to the spool for the next start.
   */
  async close(timeoutMs: number): Promise<void> {
    if (this.flushTimer !== null) { this.timers.clearTimeout(this.flushTimer); this.flushTimer = null }
    if (this.retryTimer !== null) { this.timers.clearTimeout(this.retryTimer); this.retryTimer = null }
    this.flushDue = true
    let timedOut = false
    const deadline = new Promise<void>(resolve => this.timers.setTimeout(() => { timedOut = true; resolve() }, timeoutMs))
    // Let the loop write the queue while the store is up and nothing waits in the spool.
    if (!this.down) await Promise.race([this.kick(), deadline])
    this.closing = true
    if (!timedOut && this.running) await Promise.race([this.running, deadline])
    if (this.inflight && !this.inflight.spooled) { this.spill(this.inflight.entries); this.inflight.spooled = true }
    this.spillQueue()
    this.deps.logger.info({ spooled: this.deps.spool.points }, 'telemetry writer closed')
  }
}
