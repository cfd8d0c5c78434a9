import { appendFileSync } from 'node:fs'
import path from 'node:path'
import type { Counter, Registry } from 'prom-client'
import type { Logger } from '../logger.js'
import { backoffDelay } from '@tether/protocol'
import type { Journal, JournalBatch } from './journal.js'
import { createTelemetryMetrics, type TelemetryMetrics } from './metrics.js'
import { turnPoints } from './pace.js'
import { DeviceNotices } from './notice.js'
import type { Point } from './point.js'
import { StoreWriteError, type TelemetryStore } from './store.js'
import { printable } from './stores/http-write.js'
import { realTimeouts, type Timers } from '../timers.js'


export interface WriterOptions {
  /** Points per store write. */
  batchSize: number
  /** A partial batch is written this long after its first point arrived, ms. */
  flushIntervalMs: number
  /** First retry delay and cap of the exponential backoff, ms. */
  retryBaseMs: number
  retryMaxMs: number
  /** A batch failing the same retryable way this many times while the store answers /ping is bisected. */
  bisectAfterFailures?: number
}

export interface WriterDeps {
  store: TelemetryStore
  journal: Journal
  registry: Registry
  logger: Logger
  now: () => number
  timers?: Timers
  random?: () => number
}

type Outcome = 'ok' | 'retry'

/**
 * Moves points from the journal to the store (the hub owns delivery): accept() makes points durable
 * and the returned promise is what the MQTT acknowledgement waits for; the write loop reads whole
 * records after the journal's cursor, writes them in batches and moves the cursor only when the
 * store confirmed. Nothing a device sends can stop the loop: a refused batch (4xx, unparsable
 * answer, per-line error) is bisected until the refused points are alone, and those are set aside
 * in `rejected.jsonl` with the reason; a batch that fails the same retryable way again and again
 * while the store answers its health probe is bisected too. Only network errors, 5xx and 429 wait.
 */
export class BatchWriter {
  readonly metrics: TelemetryMetrics
  readonly notices: DeviceNotices
  private running: Promise<void> | null = null
  private flushTimer: unknown = null
  private retryTimer: unknown = null
  private saveTimer: unknown = null
  private flushDue = false
  private failures = 0
  private lastFailure = ''
  private sameFailures = 0
  private down = false
  private closing = false
  private oldestAt = 0
  private syncsCounted = 0
  private readonly totals: Record<string, number> = {}
  /** `name` or `name:label` → its counter, looked up once (count() runs for every accepted publish). */
  private readonly counters = new Map<string, { inc(n: number): void }>()
  private readonly timers: Timers
  private readonly random: () => number
  readonly rejectedFile: string

  constructor(private readonly opts: WriterOptions, private readonly deps: WriterDeps) {
    this.timers = deps.timers ?? realTimeouts
    this.random = deps.random ?? Math.random
    this.rejectedFile = path.join(deps.journal.dir, 'rejected.jsonl')
    this.notices = new DeviceNotices(deps.logger, deps.now)
    this.metrics = createTelemetryMetrics(deps.registry, {
      queueDepth: () => this.deps.journal.pending,
      spooled: () => this.deps.journal.pending,
      oldestAgeSeconds: () => this.oldestAgeMs() / 1000,
      journalBytes: () => this.deps.journal.bytes,
    })
    this.restoreCounters()
    deps.journal.onDurable = () => this.onDurable()
    // The points are in the store; a cursor that did not move means they are written again (harmless).
    deps.journal.onCursorError = err => this.deps.logger.error({ err: err.message }, 'telemetry journal cursor not saved')
    if (deps.journal.pending > 0) {
      deps.logger.info({ points: deps.journal.pending }, 'telemetry journal from a previous run: replaying')
      this.flushDue = true
      void this.kick()
    }
  }

  /** Counters from the previous run: saved with the cursor; `accepted` re-derived from the journal. */
  private restoreCounters(): void {
    const { saved, pendingPoints, tornRecords, corruptRecords, truncatedBytes } = this.deps.journal.opened
    const accepted = Math.max(0, (saved.accepted ?? 0) - (saved.pending ?? 0) + pendingPoints)
    for (const [key, value] of Object.entries({ ...saved, accepted })) {
      if (key === 'pending' || !value) continue
      this.count(key, value)
    }
    if (corruptRecords > 0) {
      this.count('dropped:journal_corrupt', corruptRecords)
      this.deps.logger.error({ records: corruptRecords, bytes: truncatedBytes, dir: this.deps.journal.dir },
        'telemetry journal: corrupt records cut off (checksum wrong: a damaged disk, or data a power loss left unsynced)')
    }
    if (tornRecords > 0) {
      // Not lost: the write was cut short before its fsync, so no PUBACK promised it.
      this.deps.logger.warn({ records: tornRecords, bytes: truncatedBytes, dir: this.deps.journal.dir },
        'telemetry journal: an append cut short by a crash removed (never acknowledged; devices send it again)')
    }
  }

  /** `name` or `name:label` → the labelled counter, mirrored for saving. */
  count(key: string, n = 1): void {
    if (n <= 0) return
    this.totals[key] = (this.totals[key] ?? 0) + n
    let counter = this.counters.get(key)
    if (!counter) {
      const [name, label] = key.split(':') as [keyof TelemetryMetrics, string | undefined]
      const metric = this.metrics[name] as Counter<string>
      counter = label !== undefined ? metric.labels({ reason: label }) : metric
      this.counters.set(key, counter)
    }
    counter.inc(n)
    this.scheduleSave()
  }

  private snapshot(): Record<string, number> {
    return { ...this.totals, pending: this.deps.journal.pending }
  }

  /** Counters that change without a commit (refusals at validation) are saved within a few seconds. */
  private scheduleSave(): void {
    if (this.saveTimer !== null || this.closing) return
    this.saveTimer = this.timers.setTimeout(() => {
      this.saveTimer = null
      try { this.deps.journal.saveCounters(this.snapshot()) } catch { /* next commit saves them */ }
    }, 2000)
  }

  /** True while the last write attempt failed and the journal is holding the backlog. */
  get storeDown(): boolean { return this.down }
  get queued(): number { return this.deps.journal.pending }

  /**
   * Makes the points durable; resolves when they are in the journal (fsync'ed). `sync: false`
   * (QoS 0): resolves once they are in the journal file, without waiting for an fsync.
   */
  async accept(points: Point[], sync = true): Promise<void> {
    const at = this.deps.now()
    try {
      await this.deps.journal.append(points, at, sync)
    } catch (err) {
      this.count('dropped:journal_unwritable', points.length)
      this.notices.warn(points[0]?.tags.device ?? '?', 'journal_unwritable', (err as Error).message, 'telemetry journal not writable: publish not acknowledged')
      throw err
    }
    this.count('accepted', points.length)
  }

  /** After each group commit: write now if a batch is full, else within the flush interval. */
  private onDurable(): void {
    const syncs = this.deps.journal.syncs
    this.metrics.groupCommits.inc(syncs - this.syncsCounted)
    this.syncsCounted = syncs
    if (this.closing || this.down) return
    if (this.deps.journal.pending >= this.opts.batchSize) { void this.kick(); return }
    this.armFlush()
  }

  private armFlush(): void {
    if (this.flushTimer === null && this.deps.journal.pending > 0) this.flushTimer = this.timers.setTimeout(this.onFlushTimer, this.opts.flushIntervalMs)
  }

  private readonly onFlushTimer = (): void => {
    this.flushTimer = null
    this.flushDue = true
    void this.kick()
  }

  /** Age of the oldest accepted point not yet acknowledged by the store, ms. */
  oldestAgeMs(): number {
    return this.deps.journal.pending > 0 && this.oldestAt > 0 ? Math.max(0, this.deps.now() - this.oldestAt) : 0
  }

  /** The store answered a health probe: retry now instead of waiting out the backoff. */
  retrySoon(): void {
    if (!this.down || this.closing) return
    if (this.deps.journal.pending === 0) { this.recovered(); return }
    if (this.retryTimer === null) return
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
      if (this.down && this.retryTimer !== null) return // a retry is scheduled
      const pending = this.deps.journal.pending
      if (pending === 0) { this.flushDue = false; return }
      if (pending < this.opts.batchSize && !this.flushDue && !this.down) { this.armFlush(); return }
      // Points per event-loop turn, reading and writing: more as the backlog grows (pace.ts).
      const perTurn = turnPoints(pending, this.opts.batchSize)
      const batch = await this.readBatch(perTurn)
      if (!batch) { this.flushDue = false; return }
      if (this.closing) { this.deps.journal.rewind(); return }
      this.oldestAt = batch.firstAt
      const outcome = await this.writeTimed(batch.points, perTurn)
      if (outcome === 'retry') {
        this.deps.journal.rewind()
        if (!this.down) this.count('spooled', this.deps.journal.pending)
        this.scheduleRetry()
        return
      }
      this.commit(batch)
      this.recovered()
    }
  }

  /**
   * Up to a batch of points from the journal, `perTurn` per event-loop turn: reading and parsing a
   * whole 1 000-point batch in one turn held every device's messages 2–12 ms.
   */
  private async readBatch(perTurn: number): Promise<JournalBatch | null> {
    const { journal } = this.deps
    const size = this.opts.batchSize
    // Each read returns a fresh batch: the first one is extended in place.
    const batch = journal.read(Math.min(perTurn, size))
    if (!batch) return null
    while (batch.points.length < size && !this.closing) {
      await new Promise<void>(resolve => setImmediate(resolve))
      const more = journal.read(Math.min(perTurn, size - batch.points.length))
      if (!more) break
      for (const p of more.points) batch.points.push(p)
      batch.records += more.records
      batch.end = more.end
    }
    return batch
  }

  private commit(batch: JournalBatch): void {
    this.deps.journal.commit(batch, { ...this.totals, pending: this.deps.journal.pending - batch.points.length })
  }

  private recovered(): void {
    if (this.down) this.deps.logger.info({ store: this.deps.store.kind }, 'telemetry store writable again; replaying journal')
    this.down = false
    this.failures = 0
    this.sameFailures = 0
    this.lastFailure = ''
  }

  private scheduleRetry(): void {
    this.failures++
    this.count('retried')
    if (!this.down) this.deps.logger.warn({ store: this.deps.store.kind, journal: this.deps.journal.dir }, 'telemetry store write failed; points wait in the journal, retrying')
    this.down = true
    this.flushDue = true // the backlog has waited long enough: write all of it, partial batch included
    if (this.closing) return
    const delay = backoffDelay(this.failures - 1, { initialMs: this.opts.retryBaseMs, maxMs: this.opts.retryMaxMs }, this.random)
    if (this.retryTimer !== null) this.timers.clearTimeout(this.retryTimer)
    this.retryTimer = this.timers.setTimeout(() => { this.retryTimer = null; void this.kick() }, delay)
  }

  private async writeTimed(points: Point[], perTurn: number): Promise<Outcome> {
    const end = this.metrics.writeLatency.startTimer()
    try {
      try {
        await this.deps.store.write(points, { turnPoints: perTurn })
        this.count('written', points.length)
        return 'ok'
      } catch (err) {
        if (kindOf(err) === 'reject') return await this.isolate(points, err as Error, false)
        const message = (err as Error).message
        this.sameFailures = message === this.lastFailure ? this.sameFailures + 1 : 1
        this.lastFailure = message
        this.deps.logger.debug({ err: message }, 'telemetry write failed (retryable)')
        // The same failure again and again while the store answers: something in the batch.
        if (this.sameFailures >= (this.opts.bisectAfterFailures ?? 3) && await this.storeAnswers()) {
          return await this.isolate(points, err as Error, true)
        }
        return 'retry'
      }
    } finally { end() }
  }

  private async storeAnswers(): Promise<boolean> {
    try { await this.deps.store.ping(); return true } catch { return false }
  }

  /**
   * Bisects until the failing points are alone; those are set aside, the rest written. `stubborn`:
   * the failure was a retryable one that kept coming back; a lone point that still fails that way
   * while the store answers is set aside too, otherwise the store is down and everything waits.
   */
  private async isolate(points: Point[], err: Error, stubborn: boolean): Promise<Outcome> {
    if (points.length === 1) {
      if (kindOf(err) === 'retry' && !(stubborn && await this.storeAnswers())) return 'retry'
      this.setAside(points[0]!, err.message, kindOf(err) === 'reject' ? 'store_rejected' : 'store_unwritable')
      return 'ok'
    }
    const mid = Math.ceil(points.length / 2)
    for (const half of [points.slice(0, mid), points.slice(mid)]) {
      try {
        await this.deps.store.write(half)
        this.count('written', half.length)
      } catch (e) {
        if (kindOf(e) === 'retry' && !stubborn) return 'retry'
        if (await this.isolate(half, e as Error, stubborn) === 'retry') return 'retry'
      }
    }
    return 'ok'
  }

  private setAside(p: Point, message: string, reason: string): void {
    this.count(`rejected:${reason}`)
    const device = p.tags.device ?? '?'
    this.notices.warn(device, reason, printable(message), 'telemetry point refused by the store; set aside in rejected.jsonl')
    try {
      appendFileSync(this.rejectedFile, JSON.stringify({ at: new Date(this.deps.now()).toISOString(), reason, error: printable(message), point: { measurement: p.measurement, tags: p.tags, fields: p.fields, ts: p.ts, ns: p.ns } }) + '\n')
    } catch (e) {
      this.deps.logger.error({ err: (e as Error).message }, 'could not record a refused telemetry point')
    }
  }

  /**
   * Graceful stop: one last write of what is durable (when the store is up), within `timeoutMs`;
   * whatever is left stays in the journal for the next start.
   */
  async close(timeoutMs: number): Promise<void> {
    if (this.flushTimer !== null) { this.timers.clearTimeout(this.flushTimer); this.flushTimer = null }
    if (this.retryTimer !== null) { this.timers.clearTimeout(this.retryTimer); this.retryTimer = null }
    this.flushDue = true
    let timer: unknown = null
    const deadline = new Promise<void>(resolve => { timer = this.timers.setTimeout(resolve, timeoutMs) })
    if (!this.down) await Promise.race([this.kick(), deadline])
    this.closing = true
    if (this.running) await Promise.race([this.running, deadline])
    this.timers.clearTimeout(timer)
    if (this.saveTimer !== null) { this.timers.clearTimeout(this.saveTimer); this.saveTimer = null }
    try { this.deps.journal.saveCounters(this.snapshot()) } catch { /* best effort */ }
    this.deps.logger.info({ spooled: this.deps.journal.pending }, 'telemetry writer closed')
  }
}

/** StoreWriteError says; a RangeError/TypeError is about the points (cannot encode); anything else waits. */
function kindOf(err: unknown): 'retry' | 'reject' {
  if (err instanceof StoreWriteError) return err.kind
  if (err instanceof RangeError || err instanceof TypeError) return 'reject'
  return 'retry'
}
