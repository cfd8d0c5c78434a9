import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Registry } from 'prom-client'
import { BatchWriter, type Timers, type WriterOptions } from './batch-writer.js'
import { openSpool } from './spool.js'
import { buildPoint, type Point } from './point.js'
import { StoreWriteError, type TelemetryStore } from './store.js'
import { createLogger } from '../logger.js'

/** Manual clock: timers fire only when the test advances time. */
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

/** In-memory store: `down` fails every write retryably; a point with field `bad` is refused. */
class MemoryStore implements Partial<TelemetryStore> {
  kind = 'embedded' as const
  target = 'memory'
  down = false
  writes: Point[][] = []
  get points(): Point[] { return this.writes.flat() }
  async write(points: Point[]): Promise<void> {
    if (this.down) throw new StoreWriteError('retry', 'ECONNREFUSED')
    if (points.some(p => 'bad' in p.fields)) throw new StoreWriteError('reject', 'field type conflict', 400)
    this.writes.push(points)
  }
}

const opts: WriterOptions = { batchSize: 3, flushIntervalMs: 1000, highWater: 10, retryBaseMs: 100, retryMaxMs: 1000 }
let dir = ''
let clock: FakeTimers
let store: MemoryStore
let registry: Registry
const p = (n: number, extra: Record<string, number> = {}) => buildPoint('d1', { n, ...extra }, 1_000_000 + n)

function makeWriter(o: Partial<WriterOptions> = {}): BatchWriter {
  return new BatchWriter({ ...opts, ...o }, {
    store: store as unknown as TelemetryStore, spool: openSpool(path.join(dir, 'spool')), registry: new Registry(),
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
  registry = new Registry()
})
afterEach(() => { rmSync(dir, { recursive: true, force: true }) })

describe('BatchWriter', () => {
  it('writes a full batch at once and a partial batch after the flush interval', async () => {
    const w = makeWriter()
    w.accept([p(1), p(2), p(3), p(4)])
    await clock.advance(0)
    expect(store.writes.map(b => b.length)).toEqual([3])
    await clock.advance(999)
    expect(store.writes.length).toBe(1)
    await clock.advance(1)
    expect(store.writes.map(b => b.map(x => x.fields.n))).toEqual([[1, 2, 3], [4]])
    expect(await value(w, 'written')).toBe(4)
    expect(await value(w, 'accepted')).toBe(4)
  })

  it('spools on a retryable failure, retries with backoff, and replays in order once the store returns', async () => {
    const w = makeWriter()
    store.down = true
    w.accept([p(1), p(2), p(3)])
    await clock.advance(0)
    expect(w.storeDown).toBe(true)
    w.accept([p(4), p(5), p(6), p(7)]) // down: full batches go straight to disk
    await clock.advance(1000)
    expect(await value(w, 'spooled')).toBe(7)
    expect(await value(w, 'retried')).toBeGreaterThanOrEqual(2)
    store.down = false
    await clock.advance(1000) // the backoff is capped at 1000 ms
    expect(store.points.map(x => x.fields.n)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(w.storeDown).toBe(false)
    expect(await value(w, 'dropped')).toBe(0)
    expect(w.oldestAgeMs()).toBe(0)
  })

  it('grows retry delays exponentially up to the cap', async () => {
    const w = makeWriter()
    store.down = true
    const attempts: number[] = []
    const orig = store.write.bind(store)
    store.write = async (pts: Point[]) => { attempts.push(clock.now); return orig(pts) }
    w.accept([p(1), p(2), p(3)])
    await clock.advance(5000)
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!)
    // random 0.5 → 3/4 of 100, 200, 400, 800, then the 1000 cap
    expect(gaps.slice(0, 5)).toEqual([75, 150, 300, 600, 750])
    expect(w.storeDown).toBe(true)
  })

  it('spills to the spool past the high-water mark while a write is slow', async () => {
    let release!: () => void
    store.write = async (pts: Point[]) => { await new Promise<void>(r => { release = r }); store.writes.push(pts) }
    const w = makeWriter({ batchSize: 100, highWater: 5 })
    w.accept([p(1), p(2), p(3), p(4), p(5)])
    await clock.advance(0)
    expect(w.queued).toBe(0)
    expect(await value(w, 'spooled')).toBe(5)
    release()
    await clock.advance(0)
    release?.()
    await clock.advance(0)
    expect(store.points.map(x => x.fields.n)).toEqual([1, 2, 3, 4, 5])
  })

  it('sets aside refused points, counts them, and writes the rest of the batch', async () => {
    const w = makeWriter({ batchSize: 8 })
    w.accept([p(1), p(2), p(3, { bad: 1 }), p(4), p(5), p(6), p(7, { bad: 1 }), p(8)])
    await clock.advance(0)
    expect(store.points.map(x => x.fields.n).sort()).toEqual([1, 2, 4, 5, 6, 8])
    expect(await value(w, 'rejected', { reason: 'store_rejected' })).toBe(2)
    const aside = readFileSync(path.join(dir, 'spool', 'rejected.jsonl'), 'utf8').trim().split('\n').map(l => JSON.parse(l).point.fields.n)
    expect(aside).toEqual([3, 7])
  })

  it('spools what is in memory on close while the store is down, and a new writer replays it', async () => {
    const w = makeWriter()
    store.down = true
    w.accept([p(1), p(2), p(3)])
    await clock.advance(0)
    w.accept([p(4)])
    await w.close(500)
    expect(existsSync(path.join(dir, 'spool'))).toBe(true)
    store.down = false
    const w2 = makeWriter()
    await clock.advance(0)
    expect(store.points.map(x => x.fields.n)).toEqual([1, 2, 3, 4])
    expect(await value(w2, 'dropped')).toBe(0)
  })

  it('flushes memory to the store on close when the store is up', async () => {
    const w = makeWriter()
    w.accept([p(1), p(2)])
    await w.close(500)
    expect(store.points.map(x => x.fields.n)).toEqual([1, 2])
  })
})

describe('BatchWriter.retrySoon', () => {
  it('retries the spool at once when told the store is back, without waiting out the backoff', async () => {
    const w = makeWriter({ retryBaseMs: 60_000, retryMaxMs: 60_000 })
    store.down = true
    w.accept([p(1), p(2), p(3)])
    await clock.advance(0)
    store.down = false
    await clock.advance(1000)
    expect(store.points.length).toBe(0)
    w.retrySoon()
    await clock.advance(0)
    expect(store.points.map(x => x.fields.n)).toEqual([1, 2, 3])
  })
})
