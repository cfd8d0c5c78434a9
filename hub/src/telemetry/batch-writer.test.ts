import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Registry } from 'prom-client'
import { BatchWriter, type WriterOptions } from './batch-writer.js'
import type { Timers } from '../timers.js'
import { openJournal, type Journal } from './journal.js'
import { buildPoint, type Point } from './point.js'
import { StoreWriteError, type TelemetryStore, type WritePace } from './store.js'
import { createLogger } from '../logger.js'

/** Manual clock for the writer's timers; the journal's fsyncs are real and awaited with `until`. */
class FakeTimers implements Timers {
  now = 1_000_000
  private seq = 0
  private pending = new Map<number, { at: number; fn: () => void }>()
  setTimeout(fn: () => void, ms: number): unknown { const id = ++this.seq; this.pending.set(id, { at: this.now + ms, fn }); return id }
  clearTimeout(h: unknown): void { this.pending.delete(h as number) }
  async advance(ms: number): Promise<void> {
    const end = this.now + ms
    for (;;) {
      await settle()
      const next = [...this.pending.entries()].sort((a, b) => a[1].at - b[1].at)[0]
      if (!next || next[1].at > end) break
      this.pending.delete(next[0])
      this.now = next[1].at
      next[1].fn()
    }
    this.now = end
    await settle()
  }
}
async function settle(): Promise<void> { for (let i = 0; i < 20; i++) await new Promise<void>(r => setImmediate(r)) }
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise(r => setTimeout(r, 5))
  expect(cond()).toBe(true)
}

/** In-memory store: `down` fails every write retryably; a point with field `bad` is refused; `cursed` fails retryably alone. */
class MemoryStore implements Partial<TelemetryStore> {
  kind = 'embedded' as const
  target = 'memory'
  down = false
  writes: Point[][] = []
  paces: Array<WritePace | undefined> = []
  get points(): Point[] { return this.writes.flat() }
  async write(points: Point[], pace?: WritePace): Promise<void> {
    this.paces.push(pace)
    if (this.down) throw new StoreWriteError('retry', 'ECONNREFUSED')
    if (points.some(p => 'bad' in p.fields)) throw new StoreWriteError('reject', 'field type conflict', 400)
    if (points.some(p => 'cursed' in p.fields)) throw new StoreWriteError('retry', 'write answered 500: panic')
    this.writes.push(points)
  }
  async ping(): Promise<void> { if (this.down) throw new Error('down') }
}

const opts: WriterOptions = { batchSize: 3, flushIntervalMs: 1000, retryBaseMs: 100, retryMaxMs: 1000 }
let dir = ''
let clock: FakeTimers
let store: MemoryStore
const journals: Journal[] = []
const p = (n: number, extra: Record<string, number> = {}) => buildPoint('d1', { n, ...extra }, 1_000_000 + n)
const ns = (pts: Point[]) => pts.map(x => x.fields.n)

function makeWriter(o: Partial<WriterOptions> = {}): BatchWriter {
  const journal = openJournal(path.join(dir, 'journal'))
  journals.push(journal)
  return new BatchWriter({ ...opts, ...o }, {
    store: store as unknown as TelemetryStore, journal, registry: new Registry(),
    logger: createLogger('silent'), now: () => clock.now, timers: clock, random: () => 0.5,
  })
}
async function value(w: BatchWriter, name: keyof BatchWriter['metrics'], labels?: Record<string, string>): Promise<number> {
  const m = (w.metrics[name] as unknown as { get(): Promise<{ values: Array<{ value: number; labels: Record<string, string> }> }> })
  const { values } = await m.get()
  return values.filter(v => !labels || Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((s, v) => s + v.value, 0)
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tether-writer-'))
  clock = new FakeTimers()
  store = new MemoryStore()
})
afterEach(async () => {
  for (const j of journals.splice(0)) await j.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true })
})

describe('BatchWriter', () => {
  it('acknowledges once durable, writes a full batch at once and a partial batch after the flush interval', async () => {
    const w = makeWriter()
    await w.accept([p(1)]); await w.accept([p(2)]); await w.accept([p(3)]); await w.accept([p(4)])
    await until(() => store.writes.length === 1)
    expect(store.writes.map(b => b.length)).toEqual([3])
    await clock.advance(999)
    expect(store.writes.length).toBe(1)
    await clock.advance(1)
    await until(() => store.writes.length === 2)
    expect(store.writes.map(ns)).toEqual([[1, 2, 3], [4]])
    expect(await value(w, 'written')).toBe(4)
    expect(await value(w, 'accepted')).toBe(4)
  })

  it('keeps points in the journal on a retryable failure, retries with backoff, and writes them in order once the store returns', async () => {
    const w = makeWriter()
    store.down = true
    await Promise.all([1, 2, 3].map(n => w.accept([p(n)])))
    await until(() => w.storeDown)
    await Promise.all([4, 5, 6, 7].map(n => w.accept([p(n)])))
    await clock.advance(1000)
    expect(await value(w, 'retried')).toBeGreaterThanOrEqual(2)
    expect(w.queued).toBe(7)
    store.down = false
    await clock.advance(1000) // the backoff is capped at 1000 ms
    await until(() => store.points.length === 7)
    expect(ns(store.points)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(w.storeDown).toBe(false)
    expect(w.queued).toBe(0)
    expect(await value(w, 'dropped')).toBe(0)
  })

  it('grows retry delays exponentially up to the cap', async () => {
    const w = makeWriter()
    store.down = true
    const attempts: number[] = []
    const orig = store.write.bind(store)
    store.write = async (pts: Point[]) => { attempts.push(clock.now); return orig(pts) }
    await Promise.all([1, 2, 3].map(n => w.accept([p(n)])))
    await until(() => attempts.length === 1)
    await clock.advance(5000)
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!)
    // random 0.5 → 3/4 of 100, 200, 400, 800, then the 1000 cap
    expect(gaps.slice(0, 5)).toEqual([75, 150, 300, 600, 750])
    expect(w.storeDown).toBe(true)
  })

  it('sets aside refused points with the reason, counts them, and writes the rest of the batch', async () => {
    const w = makeWriter({ batchSize: 8 })
    // Point 3 as ingest makes it, carrying the device's text of its fields.
    const sent = buildPoint('d1', { n: 3, bad: 1 }, 1_000_003, undefined, 0, '{"n":3,"bad":1}')
    await Promise.all([p(1), p(2), sent, p(4), p(5), p(6), p(7, { bad: 1 }), p(8)].map(x => w.accept([x])))
    await until(() => w.queued === 0)
    expect(ns(store.points).sort()).toEqual([1, 2, 4, 5, 6, 8])
    expect(await value(w, 'rejected', { reason: 'store_rejected' })).toBe(2)
    const aside = readFileSync(w.rejectedFile, 'utf8').trim().split('\n').map(l => JSON.parse(l))
    expect(aside.map(a => a.point.fields.n)).toEqual([3, 7])
    expect(aside[0].error).toContain('field type conflict')
    expect(aside[0].point).toEqual({ measurement: 'telemetry', tags: { device: 'd1' }, fields: { n: 3, bad: 1 }, ts: 1_000_003, ns: 0 })
  })

  it('bisects a batch that fails the same retryable way three times while the store answers, and sets the culprit aside', async () => {
    const w = makeWriter({ batchSize: 4 })
    await Promise.all([p(1), p(2, { cursed: 1 }), p(3), p(4)].map(x => w.accept([x])))
    await until(() => w.storeDown)
    await clock.advance(1000)
    await until(() => w.queued === 0)
    expect(ns(store.points).sort()).toEqual([1, 3, 4])
    expect(await value(w, 'rejected', { reason: 'store_unwritable' })).toBe(1)
    expect(w.storeDown).toBe(false)
  })

  it('never sets points aside while the store is down, however often it fails', async () => {
    const w = makeWriter()
    store.down = true
    await Promise.all([1, 2, 3].map(n => w.accept([p(n)])))
    await clock.advance(20_000)
    expect(await value(w, 'rejected')).toBe(0)
    expect(w.queued).toBe(3)
  })

  it('replays after a restart on the same journal, and restores its counters', async () => {
    const w = makeWriter()
    await Promise.all([1, 2, 3].map(n => w.accept([p(n)])))
    await until(() => store.points.length === 3)
    store.down = true
    await Promise.all([4, 5].map(n => w.accept([p(n)])))
    await clock.advance(1000)
    await w.close(100)
    await journals[0]!.close()
    store.down = false
    const w2 = makeWriter()
    await until(() => store.points.length === 5)
    expect(ns(store.points)).toEqual([1, 2, 3, 4, 5])
    expect(await value(w2, 'accepted')).toBe(5)
    expect(await value(w2, 'written')).toBe(5)
  })

  it('counts a corrupt journal record as dropped at restart, but not an append a crash cut short (never acknowledged)', async () => {
    const w = makeWriter()
    await Promise.all([1, 2, 3].map(n => w.accept([p(n)])))
    await until(() => store.points.length === 3)
    await w.close(100)
    await journals[0]!.close()
    const tail = () => path.join(dir, 'journal', readdirSync(path.join(dir, 'journal')).filter(f => f.startsWith('seg-')).sort().at(-1)!)
    appendFileSync(tail(), Buffer.from([200, 0, 0, 0, 1, 0, 0, 0, 9, 9])) // a record whose write stopped partway
    const torn = makeWriter()
    expect(journals[1]!.opened.tornRecords).toBe(1)
    expect(await value(torn, 'dropped')).toBe(0)
    await torn.close(100)
    await journals[1]!.close()
    appendFileSync(tail(), Buffer.from([1, 0, 0, 0, 1, 0, 0, 0, 9, 9, 9, 9, 0x7b])) // whole, but its checksum is wrong
    const corrupt = makeWriter()
    expect(journals[2]!.opened.corruptRecords).toBe(1)
    expect(await value(corrupt, 'dropped', { reason: 'journal_corrupt' })).toBe(1)
  })

  it('writes what is durable on close when the store is up', async () => {
    const w = makeWriter()
    await w.accept([p(1)]); await w.accept([p(2)])
    await w.close(500)
    expect(ns(store.points)).toEqual([1, 2])
  })

  it('reads a large batch from the journal over several event-loop turns and writes it as one', async () => {
    const w = makeWriter({ batchSize: 1000 })
    await Promise.all(Array.from({ length: 1000 }, (_, i) => w.accept([p(i)])))
    // Other work gets turns while the batch is read: count the turns until the store has it.
    let turns = 0
    let counting = true
    const tick = () => { if (!counting) return; turns++; setImmediate(tick) }
    setImmediate(tick)
    await until(() => store.writes.length === 1)
    counting = false
    expect(store.writes[0]).toHaveLength(1000)
    expect(ns(store.writes[0]!)).toEqual(Array.from({ length: 1000 }, (_, i) => i))
    expect(turns).toBeGreaterThanOrEqual(Math.floor(1000 / 32))
    expect(store.paces[0]).toEqual({ turnPoints: 32 })
    await w.close(500)
  })

  it('reads and writes in larger slices while a backlog waits, so the store keeps up under a heavier load', async () => {
    const w = makeWriter({ batchSize: 1000, retryBaseMs: 60_000, retryMaxMs: 60_000 })
    // 40 000 durable points (a backlog of 40 batches), 100 per record, while the store is down.
    store.down = true
    await Promise.all(Array.from({ length: 400 }, (_, r) => w.accept(Array.from({ length: 100 }, (_, i) => p(r * 100 + i)))))
    await until(() => w.storeDown)
    store.down = false
    store.paces = []
    let turns = 0
    let counting = true
    const tick = () => { if (!counting) return; turns++; setImmediate(tick) }
    setImmediate(tick)
    w.retrySoon()
    await until(() => store.writes.length >= 1)
    counting = false
    expect(store.writes[0]).toHaveLength(1000)
    // A whole batch per turn (pace.ts: 40 000 / 32 > 1 000), not 32 points per turn (which took ≥ 31 turns).
    expect(store.paces[0]).toEqual({ turnPoints: 1000 })
    expect(turns).toBeLessThan(8)
    await until(() => store.points.length === 40_000)
    expect(ns(store.points)).toEqual(Array.from({ length: 40_000 }, (_, i) => i))
    await w.close(500)
  })
})

describe('BatchWriter.retrySoon', () => {
  it('retries at once when told the store is back, without waiting out the backoff', async () => {
    const w = makeWriter({ retryBaseMs: 60_000, retryMaxMs: 60_000 })
    store.down = true
    await Promise.all([1, 2, 3].map(n => w.accept([p(n)])))
    await until(() => w.storeDown)
    store.down = false
    await clock.advance(1000)
    expect(store.points.length).toBe(0)
    w.retrySoon()
    await until(() => store.points.length === 3)
    expect(ns(store.points)).toEqual([1, 2, 3])
  })
})
