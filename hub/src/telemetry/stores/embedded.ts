import { TELEMETRY_FIELD_NAME_PATTERN } from '@tether/protocol'
import { MIN_TURN_POINTS } from '../pace.js'
import { migrate, openSqlite, type SqliteDatabase } from '../../storage/sqlite.js'
import { startWalCheckpointer } from '../../storage/wal-checkpointer.js'
import { durableCommits } from '../../storage/durable-commits.js'
import { fieldTypeOf, type FieldType, type FieldValue, type Point } from '../point.js'
import { bucketColumns } from './buckets.js'
import { decodeChunk, encodeChunk, readChunkColumn, type ChunkColumn, type ChunkPoint } from './chunk-codec.js'
import { StoreWriteError, type HistoryQuery, type HistorySample, type LatestValue, type TelemetryStore } from '../store.js'

/** Points one retention slice deletes before the event loop turns. */
const PRUNE_SLICE_POINTS = 500
/** Points in one chunk at most (a write's chunks hold at most one slice of its points, pace.ts). */
const MAX_CHUNK_POINTS = 1024
/**
 * The time one chunk spans at most: the chunks that may hold a given time end within this much
 * after it, so finding them is a bounded range of the index, however long a device's history.
 */
const CHUNK_SPAN_MS = 3_600_000
/** Devices whose newest values and last stored time the store keeps in memory (the least recently written go first). */
const CACHED_DEVICES = 4096
/**
 * A device's last chunk takes a batch's few points (up to JOINING_POINTS) while it holds fewer than
 * SMALL_CHUNK_POINTS: a device that sends one point per batch would otherwise leave a chunk per
 * point, its field names repeated in each (~180 bytes per five-field point instead of ~54). A
 * larger group makes a chunk of its own: rewriting the last chunk for it cost more than it saves.
 * 16 rather than 32: each point joined rewrites the chunk, and at 32 a fleet of one point per device
 * per batch cost as much CPU per point as a row per point did (bench/notes.md).
 */
const SMALL_CHUNK_POINTS = 16
const JOINING_POINTS = 8

/** A point as the store keeps it: its time, its fields and the tags besides the device. */
interface StoredPoint extends ChunkPoint { room: string | null; model: string | null }
/** The newest value of each field of a device, with its time: `{ field: [ts, ns, value] }`. */
type Newest = Record<string, [number, number, FieldValue]>
/** A device's chunk that ends last. */
interface TailChunk { id: number; t0: number; t1: number; n: number; room: string | null; model: string | null }
/**
 * What the store knows of a device without reading a chunk: its chunk that ends last, the greatest
 * time it has stored (`lastNs` +∞ when only the millisecond is known: any point in it may be stored
 * already), and its newest values.
 */
interface DeviceState { tail: TailChunk | null; lastTs: number; lastNs: number; newest: Newest }

/**
 * The zero-setup store: SQLite (data/telemetry.db, apart from tether.db so telemetry volume never
 * slows accounts and rooms). A device's points are kept in chunks, each one row holding up to a
 * slice of its points packed column by column (chunk-codec.ts): a commit writes a row per device
 * per batch instead of a row per point, and a point takes ~54 bytes instead of ~120. Every point is
 * stored once: a point written again (a journal replay, a device that sends the same time twice)
 * has its fields merged into the stored one, as in InfluxDB. A field keeps its first type, as an
 * InfluxDB measurement does: a conflicting point is refused. The newest value of every field of a
 * device is one row beside the chunks, so `latest` reads one row. A busy store's WAL checkpoints
 * run on a worker thread (storage/wal-checkpointer.ts).
 */
export function createEmbeddedStore(file: string, opts: { onError?: (err: Error) => void } = {}): TelemetryStore {
  const db: SqliteDatabase = openSqlite(file)
  migrate(db, 'telemetry-1', [
    `CREATE TABLE telemetry_samples (
       device TEXT NOT NULL, field TEXT NOT NULL, ts INTEGER NOT NULL,
       num REAL, str TEXT, room TEXT, model TEXT,
       PRIMARY KEY (device, field, ts)) WITHOUT ROWID`,
    `CREATE TABLE telemetry_fields (field TEXT PRIMARY KEY, type TEXT NOT NULL)`,
  ])
  // Nanoseconds within the millisecond: points stamped with the receive time differ only there.
  migrate(db, 'telemetry-2-ns', [
    `CREATE TABLE telemetry_samples_ns (
       device TEXT NOT NULL, field TEXT NOT NULL, ts INTEGER NOT NULL, ns INTEGER NOT NULL DEFAULT 0,
       num REAL, str TEXT, room TEXT, model TEXT,
       PRIMARY KEY (device, field, ts, ns)) WITHOUT ROWID`,
    `INSERT INTO telemetry_samples_ns (device, field, ts, ns, num, str, room, model) SELECT device, field, ts, 0, num, str, room, model FROM telemetry_samples`,
    `DROP TABLE telemetry_samples`,
    `ALTER TABLE telemetry_samples_ns RENAME TO telemetry_samples`,
  ])
  // One row per point (fields as JSONB) and the newest value per (device, field).
  migrate(db, 'telemetry-3-points', [
    `CREATE TABLE telemetry_points (
       device TEXT NOT NULL, ts INTEGER NOT NULL, ns INTEGER NOT NULL DEFAULT 0,
       fields BLOB NOT NULL, room TEXT, model TEXT,
       PRIMARY KEY (device, ts, ns)) WITHOUT ROWID`,
    `CREATE TABLE telemetry_latest (
       device TEXT NOT NULL, field TEXT NOT NULL, ts INTEGER NOT NULL, ns INTEGER NOT NULL,
       num REAL, str TEXT,
       PRIMARY KEY (device, field)) WITHOUT ROWID`,
    `INSERT INTO telemetry_points (device, ts, ns, fields, room, model)
       SELECT s.device, s.ts, s.ns,
              jsonb_group_object(s.field, CASE f.type WHEN 'string' THEN s.str
                WHEN 'boolean' THEN json(CASE WHEN s.num <> 0 THEN 'true' ELSE 'false' END) ELSE s.num END),
              MAX(s.room), MAX(s.model)
       FROM telemetry_samples s JOIN telemetry_fields f ON f.field = s.field
       GROUP BY s.device, s.ts, s.ns`,
    `INSERT INTO telemetry_latest (device, field, ts, ns, num, str)
       SELECT device, field, ts, ns, num, str FROM (
         SELECT *, ROW_NUMBER() OVER (PARTITION BY device, field ORDER BY ts DESC, ns DESC) AS r FROM telemetry_samples)
       WHERE r = 1`,
    `DROP TABLE telemetry_samples`,
  ])
  migrate(db, 'telemetry-4-chunks', [
    `CREATE TABLE telemetry_chunks (
       id INTEGER PRIMARY KEY, device TEXT NOT NULL, t0 INTEGER NOT NULL, t1 INTEGER NOT NULL, n INTEGER NOT NULL,
       room TEXT, model TEXT, body BLOB NOT NULL)`,
    // Covering for the searches by time (t1 bounds the range, t0 filters in the index).
    `CREATE INDEX telemetry_chunks_by_end ON telemetry_chunks (device, t1, t0)`,
    `CREATE TABLE telemetry_newest (device TEXT PRIMARY KEY, fields TEXT NOT NULL) WITHOUT ROWID`,
    movePointsIntoChunks,
    `INSERT INTO telemetry_newest (device, fields)
       SELECT l.device, json_group_object(l.field, json_array(l.ts, l.ns, CASE f.type WHEN 'string' THEN l.str
                WHEN 'boolean' THEN json(CASE WHEN l.num <> 0 THEN 'true' ELSE 'false' END) ELSE l.num END))
       FROM telemetry_latest l JOIN telemetry_fields f ON f.field = l.field GROUP BY l.device`,
    `DROP TABLE telemetry_points`,
    `DROP TABLE telemetry_latest`,
  ])
  const types = new Map<string, FieldType>(
    (db.prepare('SELECT field, type FROM telemetry_fields').all() as Array<{ field: string; type: FieldType }>).map(r => [r.field, r.type]),
  )
  const addType = db.prepare('INSERT OR IGNORE INTO telemetry_fields (field, type) VALUES (?, ?)')
  const insertChunk = db.prepare('INSERT INTO telemetry_chunks (device, t0, t1, n, room, model, body) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const rewriteChunk = db.prepare('UPDATE telemetry_chunks SET t0 = ?, t1 = ?, n = ?, body = ? WHERE id = ?')
  const deleteChunk = db.prepare('DELETE FROM telemetry_chunks WHERE id = ?')
  const readChunk = db.prepare('SELECT room, model, body FROM telemetry_chunks WHERE id = ?')
  // The chunks whose span holds time t: they end in [t, t + span] and start at or before t.
  const chunksHolding = db.prepare('SELECT id FROM telemetry_chunks WHERE device = ? AND t1 >= ? AND t1 <= ? AND t0 <= ?').pluck()
  const chunksBetween = db.prepare('SELECT body FROM telemetry_chunks WHERE device = ? AND t1 >= ? AND t1 < ? AND t0 < ?').pluck()
  const tailOf = db.prepare('SELECT id, t0, t1, n, room, model FROM telemetry_chunks WHERE device = ? ORDER BY t1 DESC LIMIT 1')
  const readBody = db.prepare('SELECT body FROM telemetry_chunks WHERE id = ?').pluck()
  const newestOf = db.prepare('SELECT fields FROM telemetry_newest WHERE device = ?').pluck()
  const saveNewest = db.prepare('INSERT INTO telemetry_newest (device, fields) VALUES (?, ?) ON CONFLICT (device) DO UPDATE SET fields = excluded.fields')
  const devicesWithPoints = db.prepare('SELECT device FROM telemetry_newest').pluck()
  const chunksBefore = db.prepare(`SELECT id, n FROM telemetry_chunks WHERE device = ? AND t1 < ? ORDER BY t1 LIMIT ${PRUNE_SLICE_POINTS}`)
  const chunksAcross = db.prepare('SELECT id FROM telemetry_chunks WHERE device = ? AND t1 >= ? AND t1 < ? AND t0 < ?').pluck()

  /** Committed state only: a write builds new states and hands them over after its commit. */
  const devices = new Map<string, DeviceState>()
  function stateOf(device: string): DeviceState {
    const held = devices.get(device)
    if (held) return held
    const newest = newestOf.get(device) as string | undefined
    const tail = (tailOf.get(device) as TailChunk | undefined) ?? null
    return { tail, lastTs: tail?.t1 ?? -Infinity, lastNs: Infinity, newest: newest ? JSON.parse(newest) as Newest : {} }
  }
  function remember(device: string, state: DeviceState): void {
    devices.delete(device)
    devices.set(device, state)
    if (devices.size > CACHED_DEVICES) devices.delete(devices.keys().next().value!)
  }

  /**
   * The points of `group` (one device's, sorted) that are not stored yet; those that are have their
   * fields merged into the stored point, in its chunk. Only points at or before the device's last
   * stored time can be stored already: a device that sends in time order never reads a chunk here.
   */
  function mergeStored(device: string, group: StoredPoint[], state: DeviceState): { fresh: StoredPoint[]; rewrote: boolean } {
    if (isAfter(group[0]!, state)) return { fresh: group, rewrote: false }
    const fresh: StoredPoint[] = []
    const loaded = new Map<number, { room: string | null; model: string | null; points: Array<ChunkPoint | null>; at: Map<string, number>; dirty: boolean }>()
    for (const p of group) {
      if (isAfter(p, state)) { fresh.push(p); continue }
      let merged = false
      for (const id of chunksHolding.all(device, p.ts, p.ts + CHUNK_SPAN_MS, p.ts) as number[]) {
        let c = loaded.get(id)
        if (!c) {
          const row = readChunk.get(id) as { room: string | null; model: string | null; body: Buffer }
          const points: Array<ChunkPoint | null> = decodeChunk(row.body)
          c = { room: row.room, model: row.model, points, at: new Map(points.map((q, i) => [keyOf(q!), i])), dirty: false }
          loaded.set(id, c)
        }
        const i = c.at.get(keyOf(p))
        if (i === undefined || c.points[i] === null) continue
        const fields = { ...c.points[i]!.fields, ...p.fields }
        // A chunk has one room and model: a point written again with others moves to a new chunk.
        if (c.room === p.room && c.model === p.model) c.points[i] = { ts: p.ts, ns: p.ns, fields }
        else { c.points[i] = null; fresh.push({ ...p, fields }) }
        c.dirty = merged = true
        break
      }
      if (!merged) fresh.push(p)
    }
    let rewrote = false
    for (const [id, c] of loaded) {
      if (!c.dirty) continue
      const kept = c.points.filter((q): q is ChunkPoint => q !== null)
      if (kept.length === 0) deleteChunk.run(id)
      else rewriteChunk.run(kept[0]!.ts, kept[kept.length - 1]!.ts, kept.length, encodeChunk(kept), id)
      rewrote = true
    }
    return { fresh, rewrote }
  }

  /**
   * One transaction per batch (one commit), written a slice of points at a time with a turn
   * between them: a batch written at once held the event loop for milliseconds, which every
   * device's messages felt as latency. Only this writer writes here (one batch at a time); a query
   * between two slices may see part of a batch, whose points are durable in the journal already.
   */
  async function writeAll(points: Point[], newTypes: Map<string, FieldType>, slice: number): Promise<void> {
    db.exec('BEGIN IMMEDIATE')
    const written = new Map<string, DeviceState>()
    try {
      for (const [field, t] of newTypes) if (!types.has(field)) addType.run(field, t)
      let sinceTurn = 0
      for (const [device, group] of byDevice(points)) {
        const state = stateOf(device)
        let tail = state.tail
        const size = Math.min(slice, MAX_CHUNK_POINTS)
        const { fresh, rewrote } = mergeStored(device, group, state)
        // A merge may have shortened or emptied the last chunk.
        if (rewrote) tail = (tailOf.get(device) as TailChunk | undefined) ?? null
        const chunks = chunksOf(fresh, size)
        for (let i = 0; i < chunks.length; i++) {
          const chunk = chunks[i]!
          const first = chunk[0]!
          const last = chunk[chunk.length - 1]!
          if (i === 0 && tail && isAfter(first, state) && joinsTail(tail, chunk, size)) {
            // After everything the device stored: its small last chunk takes these points.
            const joined = decodeChunk(readBody.get(tail.id) as Buffer).concat(chunk)
            rewriteChunk.run(tail.t0, last.ts, joined.length, encodeChunk(joined), tail.id)
            tail = { ...tail, t1: last.ts, n: joined.length }
          } else {
            const id = Number(insertChunk.run(device, first.ts, last.ts, chunk.length, first.room, first.model, encodeChunk(chunk)).lastInsertRowid)
            if (!tail || last.ts >= tail.t1) tail = { id, t0: first.ts, t1: last.ts, n: chunk.length, room: first.room, model: first.model }
          }
          sinceTurn += chunk.length
          if (sinceTurn >= slice) { sinceTurn = 0; await new Promise(resolve => setImmediate(resolve)) }
        }
        const end = group[group.length - 1]!
        const next = isAfter(end, state)
          ? { tail, lastTs: end.ts, lastNs: end.ns, newest: withNewest(state.newest, group) }
          : { ...state, tail, newest: withNewest(state.newest, group) }
        saveNewest.run(device, JSON.stringify(next.newest))
        written.set(device, next)
      }
      db.exec('COMMIT')
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw err
    }
    for (const [device, state] of written) remember(device, state)
  }

  let writing: Promise<void> | null = null
  let pruning: Promise<number> | null = null
  let closing = false

  /**
   * One slice of a device's retention: up to PRUNE_SLICE_POINTS chunks that end before the cutoff,
   * deleted whole, or once none is left, the chunks that straddle it, rewritten without their old
   * points. Returns the points deleted and whether the device is done.
   */
  function pruneSlice(device: string, before: number): { deleted: number; done: boolean } {
    const result = db.transaction(() => {
      let deleted = 0
      const old = chunksBefore.all(device, before) as Array<{ id: number; n: number }>
      for (const c of old) {
        deleteChunk.run(c.id)
        deleted += c.n
        if (deleted >= PRUNE_SLICE_POINTS) return { deleted, done: false }
      }
      for (const id of chunksAcross.all(device, before, before + CHUNK_SPAN_MS, before) as number[]) {
        const points = decodeChunk(readBody.get(id) as Buffer)
        const kept = points.filter(p => p.ts >= before)
        deleted += points.length - kept.length
        if (kept.length === 0) deleteChunk.run(id)
        else rewriteChunk.run(kept[0]!.ts, kept[kept.length - 1]!.ts, kept.length, encodeChunk(kept), id)
      }
      return { deleted, done: true }
    })()
    // The chunks that end last may be gone or shorter now: read them again when next written.
    devices.delete(device)
    return result
  }

  /** Deletes in slices with a turn between them, between the writer's batches (never inside one's transaction). */
  async function pruneAll(before: number): Promise<number> {
    const nextTurn = () => new Promise(resolve => setImmediate(resolve))
    let deleted = 0
    for (const device of devicesWithPoints.all() as string[]) {
      for (;;) {
        // A batch's transaction stays open across turns: wait it out, a turn at least each time.
        while (db.inTransaction) await (writing ?? Promise.resolve()).catch(() => undefined).then(nextTurn)
        if (closing || !db.open) return deleted
        const slice = pruneSlice(device, before)
        deleted += slice.deleted
        await nextTurn()
        if (slice.done) break
      }
    }
    return deleted
  }
  function typeOf(field: string): FieldType | undefined { return types.get(field) }
  // Checkpoints off the event loop while the store is busy: a busy telemetry database's checkpoint
  // blocked every client. A quiet one (20 devices at 1 point/s write ~8 pages/s) checkpoints on
  // its connection every few minutes, a few milliseconds, and the hub at rest holds no worker.
  const checkpointer = file === ':memory:' ? null : startWalCheckpointer(db, file, { intervalMs: 1000, workerFromFrames: 32, onError: opts.onError })
  // One handle on the WAL for the store's life; a sync covers every commit before it, and none is needed when nothing changed.
  const commits = durableCommits(db, file)

  return {
    kind: 'embedded',
    target: file,
    // Points between two turns of the event loop: 32 (MIN_TURN_POINTS) rather than 128 held the
    // loop ~0.3 ms instead of ~1.3 ms, and at a steady 5 000 QoS 1 msg/s the delivery p99 fell from
    // 6–8 to 4–5 ms; the writer asks for more when a backlog grows (pace.ts, bench/notes.md).
    async write(points, pace) {
      // Check every point first so a refused batch changes nothing.
      const pending = new Map<string, FieldType>()
      for (const p of points) {
        if (!p.tags.device) throw new StoreWriteError('reject', 'point has no device tag', 400)
        for (const field in p.fields) {
          const value = p.fields[field]!
          const t = fieldTypeOf(value)
          if (typeof value === 'number' && !Number.isFinite(value)) throw new StoreWriteError('reject', `field ${field}: non-finite number`, 400)
          const stored = types.get(field)
          // A field the table already holds had its name checked when it was first written.
          if (stored === undefined && !TELEMETRY_FIELD_NAME_PATTERN.test(field)) throw new StoreWriteError('reject', `field name ${JSON.stringify(field)} is not allowed`, 400)
          const known = stored ?? pending.get(field)
          if (known && known !== t) throw new StoreWriteError('reject', `field type conflict: ${field} is ${known}, got ${t}`, 400)
          if (stored === undefined) pending.set(field, t)
        }
      }
      try {
        writing = writeAll(points, pending, Math.max(1, pace?.turnPoints ?? MIN_TURN_POINTS))
        await writing
      } catch (err) {
        throw new StoreWriteError(sqliteRetryable(err) ? 'retry' : 'reject', `sqlite: ${(err as Error).message}`)
      }
      for (const [field, t] of pending) types.set(field, t)
    },
    async query(q: HistoryQuery): Promise<HistorySample[]> {
      if (!typeOf(q.field)) return []
      const columns: ChunkColumn[] = []
      for (const body of chunksBetween.all(q.device, q.from, q.to + CHUNK_SPAN_MS, q.to) as Buffer[]) {
        const column = readChunkColumn(body, q.field)
        if (column) columns.push(column)
      }
      return bucketColumns(columns, q)
    },
    async latest(device) {
      const { newest } = stateOf(device)
      const out: Record<string, LatestValue> = {}
      for (const field of Object.keys(newest).sort()) out[field] = { value: newest[field]![2], ts: newest[field]![0] }
      return out
    },
    async ping() { db.prepare('SELECT 1').get() },
    // Commits are durable across a process crash (WAL, synchronous = NORMAL), not a power loss
    // until a checkpoint syncs them: the WAL file's data goes to disk here, on the thread pool.
    durable: () => commits.whenDurable(),
    prune(before) {
      // One pass at a time: a second caller shares the pass under way.
      return pruning ??= pruneAll(before).finally(() => { pruning = null })
    },
    async close() {
      closing = true
      await pruning?.catch(() => undefined) // stops after its current slice
      await writing?.catch(() => undefined) // a batch between two slices finishes (or rolls back) first
      await checkpointer?.stop()
      await commits.close()
      if (db.open) db.close()
    },
  }
}

/** Disk full, I/O error, busy: the points are fine, the database is not (yet). */
function sqliteRetryable(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? ''
  return /^SQLITE_(FULL|IOERR|BUSY|LOCKED|CANTOPEN|READONLY|NOMEM|INTERRUPT|PROTOCOL)/.test(code)
}

/** A batch's points by device, each device's sorted by time; a time written twice in the batch is one point, the later write's fields merged in. */
function byDevice(points: Point[]): Map<string, StoredPoint[]> {
  const groups = new Map<string, StoredPoint[]>()
  for (const p of points) {
    const device = p.tags.device!
    let group = groups.get(device)
    if (!group) groups.set(device, group = [])
    group.push({ ts: Math.floor(p.ts), ns: p.ns ?? 0, fields: p.fields, room: p.tags.room || null, model: p.tags.model || null })
  }
  for (const [device, group] of groups) {
    let ordered = true
    for (let i = 1; i < group.length && ordered; i++) ordered = compareTime(group[i - 1]!, group[i]!) < 0
    if (ordered) continue
    group.sort(compareTime) // stable: of two writes of one time, the later stays later
    const merged: StoredPoint[] = []
    for (const p of group) {
      const prev = merged[merged.length - 1]
      if (prev && compareTime(prev, p) === 0) merged[merged.length - 1] = { ...p, fields: { ...prev.fields, ...p.fields } }
      else merged.push(p)
    }
    groups.set(device, merged)
  }
  return groups
}

/** Whether `p` comes after every point the device has stored (so none of them can be `p`). */
function isAfter(p: ChunkPoint, state: DeviceState): boolean {
  return p.ts > state.lastTs || (p.ts === state.lastTs && p.ns > state.lastNs)
}

/** `chunk` (sorted, one room and model, a few points, after everything stored) fits into `tail`, which is small. */
function joinsTail(tail: TailChunk, chunk: StoredPoint[], size: number): boolean {
  const first = chunk[0]!
  return chunk.length <= JOINING_POINTS && tail.n < SMALL_CHUNK_POINTS && tail.n + chunk.length <= size &&
    chunk[chunk.length - 1]!.ts - tail.t0 <= CHUNK_SPAN_MS && first.room === tail.room && first.model === tail.model
}

function compareTime(a: ChunkPoint, b: ChunkPoint): number {
  return a.ts - b.ts || a.ns - b.ns
}

function keyOf(p: ChunkPoint): string {
  return `${p.ts}:${p.ns}`
}

/** Sorted points cut into chunks: at most `size` points and CHUNK_SPAN_MS each, one room and model each. */
function chunksOf(points: StoredPoint[], size: number): StoredPoint[][] {
  const chunks: StoredPoint[][] = []
  let chunk: StoredPoint[] = []
  for (const p of points) {
    const first = chunk[0]
    if (first && (chunk.length >= size || p.ts - first.ts > CHUNK_SPAN_MS || p.room !== first.room || p.model !== first.model)) {
      chunks.push(chunk)
      chunk = []
    }
    chunk.push(p)
  }
  if (chunk.length) chunks.push(chunk)
  return chunks
}

/** `newest` with the group's values where they are as new or newer (a later write at the same time wins); a new object when any changed. */
function withNewest(newest: Newest, group: StoredPoint[]): Newest {
  let next = newest
  for (const p of group) {
    for (const field in p.fields) {
      const held = next[field]
      if (held && (p.ts < held[0] || (p.ts === held[0] && p.ns < held[1]))) continue
      if (next === newest) next = { ...newest }
      next[field] = [p.ts, p.ns, p.fields[field]!]
    }
  }
  return next
}

/** The one-row-per-point layout into chunks, a device at a time, a page of rows at a time. */
function movePointsIntoChunks(db: SqliteDatabase): void {
  const insert = db.prepare('INSERT INTO telemetry_chunks (device, t0, t1, n, room, model, body) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const page = db.prepare(`SELECT ts, ns, json(fields) AS fields, room, model FROM telemetry_points
    WHERE device = ? AND (ts > ? OR (ts = ? AND ns > ?)) ORDER BY ts, ns LIMIT ${MAX_CHUNK_POINTS}`)
  for (const device of db.prepare('SELECT DISTINCT device FROM telemetry_points').pluck().all() as string[]) {
    let after = { ts: Number.MIN_SAFE_INTEGER, ns: 0 }
    for (;;) {
      const rows = page.all(device, after.ts, after.ts, after.ns) as Array<{ ts: number; ns: number; fields: string; room: string | null; model: string | null }>
      if (rows.length === 0) break
      const points = rows.map(r => ({ ts: r.ts, ns: r.ns, fields: JSON.parse(r.fields) as Record<string, FieldValue>, room: r.room, model: r.model }))
      for (const chunk of chunksOf(points, MAX_CHUNK_POINTS)) {
        insert.run(device, chunk[0]!.ts, chunk[chunk.length - 1]!.ts, chunk.length, chunk[0]!.room, chunk[0]!.model, encodeChunk(chunk))
      }
      after = rows[rows.length - 1]!
    }
  }
}
