import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmbeddedStore } from '../../src/telemetry/stores/embedded.js'
import type { TelemetryStore } from '../../src/telemetry/store.js'
import { storeCases } from './store-cases.js'
import { storedPoints } from './stored-points.js'

let dir = ''
let store: TelemetryStore
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tether-emb-'))
  store = createEmbeddedStore(path.join(dir, 'telemetry.db'))
})
afterAll(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }) })

storeCases('embedded (SQLite)', () => store, async device => storedPoints(path.join(dir, 'telemetry.db'), device).map(p => p.room))

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
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('telemetry_samples', 'telemetry_points', 'telemetry_latest')").get()).toBeUndefined()
      expect(db.prepare('SELECT SUM(n) AS n FROM telemetry_chunks').get()).toEqual({ n: 3 })
    } finally { db.close() }
  })
})

/** `n` one-field points of a device, `stepMs` apart from `from`. */
const points = (device: string, n: number, from = 1_000_000, stepMs = 1) => Array.from({ length: n }, (_, i) => ({
  measurement: 'telemetry', tags: { device, room: null, model: null }, fields: { seq: i }, ts: from + i * stepMs,
})) as unknown as Parameters<TelemetryStore['write']>[0]
/** Points of a device in the file, read through another connection (what is committed). */
const rows = (file: string, device: string) => storedPoints(file, device).length

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

describe('embedded store chunks', () => {
  const at = (device: string, ts: number, fields: Record<string, number | string | boolean>, ns = 0, room: string | null = 'lab') =>
    ({ measurement: 'telemetry', tags: room ? { device, room } : { device }, fields, ts, ns }) as Parameters<TelemetryStore['write']>[0][number]

  it('stores a point written again in a later batch once, its fields merged into the stored one (a journal replay)', async () => {
    const file = path.join(dir, 'replay.db')
    const s = createEmbeddedStore(file)
    try {
      await s.write(points('rp', 100, 1_000_000, 1000))
      await s.write(points('rp', 100, 1_000_000, 1000)) // the same batch again
      await s.write([at('rp', 1_050_000, { extra: 5 }, 0, null), at('rp', 1_050_000, { seq: 500 }, 1, null)])
      const stored = storedPoints(file, 'rp')
      expect(stored).toHaveLength(101)
      expect(stored.filter(p => p.ts === 1_050_000)).toEqual([
        { device: 'rp', ts: 1_050_000, ns: 0, fields: { seq: 50, extra: 5 }, room: null, model: null },
        { device: 'rp', ts: 1_050_000, ns: 1, fields: { seq: 500 }, room: null, model: null },
      ])
      expect(await s.query({ device: 'rp', field: 'extra', from: 0, to: 3_000_000, everyMs: 3_000_000, agg: 'last' })).toEqual([{ t: 0, v: 5 }])
      expect(await s.query({ device: 'rp', field: 'seq', from: 0, to: 3_000_000, everyMs: 3_000_000, agg: 'max' })).toEqual([{ t: 0, v: 500 }])
    } finally { await s.close() }
  })

  it('moves a point written again with another room out of its chunk, merged', async () => {
    const file = path.join(dir, 'moved.db')
    const s = createEmbeddedStore(file)
    try {
      await s.write([at('mv', 1_000, { a: 1 }), at('mv', 2_000, { a: 2 }), at('mv', 3_000, { a: 3 })])
      await s.write([at('mv', 2_000, { b: true }, 0, 'hall')])
      expect(storedPoints(file, 'mv').map(p => [p.ts, p.fields, p.room])).toEqual([[1_000, { a: 1 }, 'lab'], [2_000, { a: 2, b: true }, 'hall'], [3_000, { a: 3 }, 'lab']])
    } finally { await s.close() }
  })

  it('finds a stored point again hours back in a device\'s history, and keeps a late point without touching the newest values', async () => {
    const file = path.join(dir, 'late.db')
    const s = createEmbeddedStore(file)
    const hour = 3_600_000
    try {
      // Four points three hours apart in one batch: no chunk spans more than an hour.
      await s.write([0, 3, 6, 9].map(h => at('late', 10 * hour + h * hour, { v: h })))
      await s.write([at('late', 13 * hour, { w: 1 }), at('late', 14 * hour, { v: 4 })])
      expect(storedPoints(file, 'late').map(p => [p.ts / hour, p.fields])).toEqual([[10, { v: 0 }], [13, { v: 3, w: 1 }], [14, { v: 4 }], [16, { v: 6 }], [19, { v: 9 }]])
      expect(await s.latest('late')).toEqual({ v: { value: 9, ts: 19 * hour }, w: { value: 1, ts: 13 * hour } })
      expect(await s.query({ device: 'late', field: 'v', from: 12 * hour, to: 17 * hour, everyMs: hour, agg: 'last' })).toEqual([{ t: 13 * hour, v: 3 }, { t: 14 * hour, v: 4 }, { t: 16 * hour, v: 6 }])
    } finally { await s.close() }
  })

  it('keeps the newest values across a restart', async () => {
    const file = path.join(dir, 'newest.db')
    let s = createEmbeddedStore(file)
    await s.write([at('nw', 1_000, { a: 1, s: 'x' }), at('nw', 2_000, { a: 2 })])
    await s.close()
    s = createEmbeddedStore(file)
    try {
      await s.write([at('nw', 500, { a: 0, s: 'older' })]) // older than what is held: the newest stay
      expect(await s.latest('nw')).toEqual({ a: { value: 2, ts: 2_000 }, s: { value: 'x', ts: 1_000 } })
    } finally { await s.close() }
  })

  it('tells a new point from a stored one within the millisecond a device\'s stored time ends, before and after a restart', async () => {
    const file = path.join(dir, 'same-ms.db')
    let s = createEmbeddedStore(file)
    await s.write([at('ms', 1_000, { a: 0 }, 0), at('ms', 1_000, { a: 1 }, 1)])
    await s.write([at('ms', 1_000, { a: 2 }, 2), at('ms', 1_001, { a: 3 }, 0)])
    await s.write([at('ms', 1_000, { b: 1 }, 1)])
    await s.close()
    s = createEmbeddedStore(file)
    try {
      await s.write([at('ms', 1_001, { c: 1 }, 0), at('ms', 1_001, { a: 4 }, 1)])
      expect(storedPoints(file, 'ms').map(p => [p.ts, p.ns, p.fields])).toEqual([
        [1_000, 0, { a: 0 }], [1_000, 1, { a: 1, b: 1 }], [1_000, 2, { a: 2 }], [1_001, 0, { a: 3, c: 1 }], [1_001, 1, { a: 4 }],
      ])
    } finally { await s.close() }
  })

  it('lets a device that sends one point per batch fill its last chunk instead of leaving a chunk per point', async () => {
    const file = path.join(dir, 'trickle.db')
    const s = createEmbeddedStore(file)
    const chunkSizes = () => {
      const db = new Database(file, { readonly: true })
      try { return (db.prepare("SELECT n FROM telemetry_chunks WHERE device = 'tr' ORDER BY t0").pluck().all() as number[]) } finally { db.close() }
    }
    try {
      for (let i = 0; i < 70; i++) await s.write([at('tr', 1_000 * (i + 1), { seq: i })])
      expect(chunkSizes()).toEqual([16, 16, 16, 16, 6])
      // Another room starts a chunk of its own; a point before the last stored one does not join either.
      await s.write([at('tr', 100_000, { seq: 70 }, 0, 'hall')])
      await s.write([at('tr', 500, { seq: -1 })])
      expect(chunkSizes()).toEqual([1, 16, 16, 16, 16, 6, 1])
      expect(storedPoints(file, 'tr').map(p => p.fields.seq)).toEqual([-1, ...Array.from({ length: 71 }, (_, i) => i)])
    } finally { await s.close() }
  })

  it('writes on after retention removed a device\'s last chunk, and after a merge emptied it', async () => {
    const file = path.join(dir, 'tail-gone.db')
    const s = createEmbeddedStore(file)
    try {
      await s.write([at('tg', 1_000, { a: 1 }), at('tg', 2_000, { a: 2 })])
      expect(await s.prune!(10_000)).toBe(2)
      await s.write([at('tg', 20_000, { a: 3 })])
      // The only point of the last chunk written again from another room: it moves, its chunk goes.
      await s.write([at('tg', 20_000, { b: 1 }, 0, 'hall'), at('tg', 21_000, { a: 4 }, 0, 'hall')])
      await s.write([at('tg', 22_000, { a: 5 }, 0, 'hall')])
      expect(storedPoints(file, 'tg').map(p => [p.ts, p.fields, p.room])).toEqual([[20_000, { a: 3, b: 1 }, 'hall'], [21_000, { a: 4 }, 'hall'], [22_000, { a: 5 }, 'hall']])
    } finally { await s.close() }
  })

  it('moves a one-row-per-point file into chunks across pages of rows, keeping every point and the newest values', async () => {
    const file = path.join(dir, 'rows.db')
    const old = new Database(file)
    old.exec(`CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL);
      INSERT INTO schema_migrations VALUES ('telemetry-1', 0), ('telemetry-2-ns', 0), ('telemetry-3-points', 0);
      CREATE TABLE telemetry_fields (field TEXT PRIMARY KEY, type TEXT NOT NULL);
      INSERT INTO telemetry_fields VALUES ('seq', 'number'), ('on', 'boolean'), ('mode', 'string');
      CREATE TABLE telemetry_points (device TEXT NOT NULL, ts INTEGER NOT NULL, ns INTEGER NOT NULL DEFAULT 0,
        fields BLOB NOT NULL, room TEXT, model TEXT, PRIMARY KEY (device, ts, ns)) WITHOUT ROWID;
      CREATE TABLE telemetry_latest (device TEXT NOT NULL, field TEXT NOT NULL, ts INTEGER NOT NULL, ns INTEGER NOT NULL,
        num REAL, str TEXT, PRIMARY KEY (device, field)) WITHOUT ROWID;
      INSERT INTO telemetry_latest VALUES ('big', 'seq', 2500, 0, 2499, NULL), ('big', 'on', 2500, 0, 0, NULL), ('small', 'mode', 7, 3, NULL, 'eco');`)
    const insert = old.prepare('INSERT INTO telemetry_points VALUES (?, ?, ?, jsonb(?), ?, ?)')
    // 2 500 points of one device, two at the same millisecond each time (ns 0 and 1): pages of rows end inside a millisecond.
    for (let i = 0; i < 2500; i++) insert.run('big', 1 + Math.floor(i / 2), i % 2, JSON.stringify({ seq: i, on: i % 3 === 0 }), i < 1200 ? 'lab' : 'hall', 'TH')
    insert.run('small', 7, 3, JSON.stringify({ mode: 'eco' }), null, null)
    old.close()
    const s = createEmbeddedStore(file)
    try {
      const big = storedPoints(file, 'big')
      expect(big.map(p => p.fields.seq)).toEqual(Array.from({ length: 2500 }, (_, i) => i))
      expect(big.every((p, i) => p.ns === i % 2 && p.fields.on === (i % 3 === 0) && p.room === (i < 1200 ? 'lab' : 'hall') && p.model === 'TH')).toBe(true)
      expect(storedPoints(file, 'small')).toEqual([{ device: 'small', ts: 7, ns: 3, fields: { mode: 'eco' }, room: null, model: null }])
      expect(await s.latest('big')).toEqual({ seq: { value: 2499, ts: 2500 }, on: { value: false, ts: 2500 } })
      expect(await s.latest('small')).toEqual({ mode: { value: 'eco', ts: 7 } })
      expect(await s.query({ device: 'big', field: 'seq', from: 0, to: 10_000, everyMs: 10_000, agg: 'mean' })).toEqual([{ t: 0, v: 1249.5 }])
    } finally { await s.close() }
  })
})
