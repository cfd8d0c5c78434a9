import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmbeddedStore } from '../../src/telemetry/stores/embedded.js'
import type { TelemetryStore } from '../../src/telemetry/store.js'
import { storeCases } from './store-cases.js'

let dir = ''
let store: TelemetryStore
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tether-emb-'))
  store = createEmbeddedStore(path.join(dir, 'telemetry.db'))
})
afterAll(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }) })

storeCases('embedded (SQLite)', () => store, async device => {
  const db = new Database(path.join(dir, 'telemetry.db'), { readonly: true })
  try { return (db.prepare('SELECT room FROM telemetry_points WHERE device = ?').all(device) as Array<{ room: string | null }>).map(r => r.room) } finally { db.close() }
})

describe('embedded store schema upgrade', () => {
  it('moves rows of one row per field into one row per point, keeping types, merges and the newest values', async () => {
    const file = path.join(dir, 'old.db')
    const old = new Database(file)
    old.exec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL);
      INSERT INTO schema_migrations VALUES ('telemetry-1', 0), ('telemetry-2-ns', 0);
      CREATE TABLE telemetry_samples (device TEXT NOT NULL, field TEXT NOT NULL, ts INTEGER NOT NULL, ns INTEGER NOT NULL DEFAULT 0,
        num REAL, str TEXT, room TEXT, model TEXT, PRIMARY KEY (device, field, ts, ns)) WITHOUT ROWID;
      CREATE TABLE telemetry_fields (field TEXT PRIMARY KEY, type TEXT NOT NULL);
      INSERT INTO telemetry_fields VALUES ('temp', 'number'), ('on', 'boolean'), ('mode', 'string');
      INSERT INTO telemetry_samples VALUES
        ('d1', 'temp', 1000, 0, 20.5, NULL, 'lab', 'TH'), ('d1', 'on', 1000, 0, 1, NULL, 'lab', 'TH'), ('d1', 'mode', 1000, 0, NULL, 'eco', 'lab', 'TH'),
        ('d1', 'temp', 2000, 3, 21, NULL, 'lab', 'TH'), ('d1', 'on', 2000, 3, 0, NULL, 'lab', 'TH'),
        ('d2', 'temp', 1500, 0, 5, NULL, NULL, NULL);`)
    old.close()
    const store = createEmbeddedStore(file)
    try {
      expect(await store.latest('d1')).toEqual({ temp: { value: 21, ts: 2000 }, on: { value: false, ts: 2000 }, mode: { value: 'eco', ts: 1000 } })
      expect(await store.latest('d2')).toEqual({ temp: { value: 5, ts: 1500 } })
      expect(await store.query({ device: 'd1', field: 'on', from: 0, to: 3000, everyMs: 1000, agg: 'last' })).toEqual([{ t: 1000, v: true }, { t: 2000, v: false }])
      expect(await store.query({ device: 'd1', field: 'temp', from: 0, to: 3000, everyMs: 3000, agg: 'mean' })).toEqual([{ t: 0, v: 20.75 }])
      // A later write at the same time merges into the moved point.
      await store.write([{ measurement: 'telemetry', tags: { device: 'd1', room: 'lab', model: 'TH' }, fields: { extra: 7 }, ts: 1000, ns: 0 }])
      expect(await store.query({ device: 'd1', field: 'mode', from: 0, to: 3000, everyMs: 1000, agg: 'last' })).toEqual([{ t: 1000, v: 'eco' }])
      expect(await store.query({ device: 'd1', field: 'extra', from: 0, to: 3000, everyMs: 1000, agg: 'last' })).toEqual([{ t: 1000, v: 7 }])
    } finally { await store.close() }
    const db = new Database(file, { readonly: true })
    try {
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'telemetry_samples'").get()).toBeUndefined()
      expect(db.prepare('SELECT COUNT(*) AS n FROM telemetry_points').get()).toEqual({ n: 3 })
    } finally { db.close() }
  })
})

/** `n` one-field points of a device, `stepMs` apart from `from`. */
const points = (device: string, n: number, from = 1_000_000, stepMs = 1) => Array.from({ length: n }, (_, i) => ({
  measurement: 'telemetry', tags: { device, room: null, model: null }, fields: { seq: i }, ts: from + i * stepMs,
})) as unknown as Parameters<TelemetryStore['write']>[0]
/** Rows of a device in the file, read through another connection (what is committed). */
const rows = (file: string, device: string) => {
  const db = new Database(file, { readonly: true })
  try { return (db.prepare('SELECT COUNT(*) AS n FROM telemetry_points WHERE device = ?').get(device) as { n: number }).n } finally { db.close() }
}

describe('embedded store batch writes', () => {
  const batch = (device: string, n: number) => points(device, n)

  it('lets the event loop turn while a large batch is written, and commits it as one transaction', async () => {
    const file = path.join(dir, 'sliced.db')
    const s = createEmbeddedStore(file)
    try {
      let turns = 0
      let writing = true
      const seen: number[] = []
      const tick = () => { if (!writing) return; turns++; seen.push(rows(file, 'big')); setImmediate(tick) }
      setImmediate(tick)
      await s.write(batch('big', 1000))
      writing = false
      expect(turns).toBeGreaterThanOrEqual(5) // 1 000 points in slices, a turn between two
      expect(seen.every(n => n === 0)).toBe(true) // another connection sees nothing before the commit
      expect(rows(file, 'big')).toBe(1000)
    } finally { await s.close() }
  })

  it('writes as many points per turn as the writer asks for (a backlog is worked off in larger slices)', async () => {
    const file = path.join(dir, 'paced.db')
    const s = createEmbeddedStore(file)
    try {
      const turnsFor = async (device: string, pace?: { turnPoints: number }) => {
        let turns = 0
        let writing = true
        const tick = () => { if (!writing) return; turns++; setImmediate(tick) }
        setImmediate(tick)
        await s.write(batch(device, 1000), pace)
        writing = false
        return turns
      }
      expect(await turnsFor('paced-32')).toBeGreaterThanOrEqual(Math.floor(1000 / 32) - 1)
      expect(await turnsFor('paced-1000', { turnPoints: 1000 })).toBeLessThanOrEqual(2)
      expect(await turnsFor('paced-250', { turnPoints: 250 })).toBeLessThanOrEqual(5)
      expect([rows(file, 'paced-32'), rows(file, 'paced-1000'), rows(file, 'paced-250')]).toEqual([1000, 1000, 1000])
    } finally { await s.close() }
  })

  it('finishes a batch in progress before it closes', async () => {
    const file = path.join(dir, 'closing.db')
    const s = createEmbeddedStore(file)
    const written = s.write(batch('late', 1000))
    await new Promise(resolve => setImmediate(resolve)) // the batch is between two slices
    await s.close()
    await written
    expect(rows(file, 'late')).toBe(1000)
  })
})

describe('embedded store durability', () => {
  it('syncs its WAL on request (what the journal awaits before its cursor moves), with or without a WAL file', async () => {
    // A power loss cannot be staged here; what is checked is that the sync runs against the WAL that
    // holds the commits, and that a store without one (checkpointed and truncated, or in memory) answers too.
    const file = path.join(dir, 'durable.db')
    const s = createEmbeddedStore(file)
    await s.write([{ measurement: 'telemetry', tags: { device: 'd1' }, fields: { t: 1 }, ts: 1_000 }])
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0)
    await expect(s.durable!()).resolves.toBeUndefined()
    const other = new Database(file)
    other.pragma('wal_checkpoint(TRUNCATE)')
    other.close()
    await expect(s.durable!()).resolves.toBeUndefined()
    await s.close()
    const memory = createEmbeddedStore(':memory:')
    await expect(memory.durable!()).resolves.toBeUndefined()
    await memory.close()
  })
})

describe('embedded store retention', () => {
  const count = rows

  it('deletes every device\'s points older than the cutoff in slices, keeps the rest and the newest values', async () => {
    const file = path.join(dir, 'retention.db')
    const s = createEmbeddedStore(file)
    try {
      await s.write(points('many', 1_200, 1_000_000, 1000)) // ts 1 000 000 … 2 199 000
      await s.write(points('few', 3, 1_000_000, 1_000_000)) // ts 1 000 000, 2 000 000, 3 000 000
      let turns = 0
      let pruning = true
      const tick = () => { if (!pruning) return; turns++; setImmediate(tick) }
      setImmediate(tick)
      // Strictly older than the cutoff: the point at 2 000 000 stays.
      expect(await s.prune!(2_000_000)).toBe(1_000 + 1)
      pruning = false
      expect(turns).toBeGreaterThanOrEqual(3) // 1 000 of one device take at least two slices, a turn after each
      expect(count(file, 'many')).toBe(200)
      expect(count(file, 'few')).toBe(2)
      const hist = await s.query({ device: 'many', field: 'seq', from: 0, to: 3_000_000, everyMs: 3_000_000, agg: 'min' })
      expect(hist).toEqual([{ t: 0, v: 1_000 }])
      expect(await s.latest('many')).toEqual({ seq: { value: 1_199, ts: 2_199_000 } })
      // Everything aged out: the newest value of each field is still there.
      expect(await s.prune!(10_000_000)).toBe(202)
      expect(await s.latest('few')).toEqual({ seq: { value: 2, ts: 3_000_000 } })
      expect(await s.prune!(10_000_000)).toBe(0)
    } finally { await s.close() }
  })

  it('deletes between the writer\'s batches, never inside one (a batch in progress commits whole)', async () => {
    const file = path.join(dir, 'retention-concurrent.db')
    const s = createEmbeddedStore(file)
    try {
      await s.write(points('mixed', 600, 0, 1000))
      const written = s.write(points('mixed', 1_000, 5_000_000, 1000)) // sliced: its transaction stays open across turns
      await new Promise(resolve => setImmediate(resolve))
      const done: string[] = []
      const pruned = s.prune!(1_000_000).then(n => { done.push('prune'); return n })
      const [n] = await Promise.all([pruned, written.then(() => done.push('write'))])
      expect(done).toEqual(['write', 'prune']) // its first slice waited for the batch's commit
      expect(n).toBe(600)
      expect(count(file, 'mixed')).toBe(1_000)
    } finally { await s.close() }
  })

  it('shares a pass under way with a second caller, and a close ends a pass after its current slice', async () => {
    const file = path.join(dir, 'retention-close.db')
    const s = createEmbeddedStore(file)
    await s.write(points('long', 5_000, 0, 1))
    const first = s.prune!(1_000_000)
    expect(s.prune!(1_000_000)).toBe(first)
    await new Promise(resolve => setImmediate(resolve))
    await s.close()
    const deleted = await first
    expect(deleted).toBeGreaterThan(0)
    expect(deleted).toBeLessThan(5_000)
    expect(count(file, 'long')).toBe(5_000 - deleted)
  })
})
