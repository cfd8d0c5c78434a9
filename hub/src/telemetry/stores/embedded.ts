import { TELEMETRY_FIELD_NAME_PATTERN } from '@tether/protocol'
import { MIN_TURN_POINTS } from '../pace.js'
import { migrate, openSqlite, type SqliteDatabase } from '../../storage/sqlite.js'
import { startWalCheckpointer } from '../../storage/wal-checkpointer.js'
import { durableCommits } from '../../storage/durable-commits.js'
import { fieldTypeOf, type FieldType, type FieldValue, type Point } from '../point.js'
import { StoreWriteError, type HistoryQuery, type HistorySample, type LatestValue, type TelemetryStore } from '../store.js'

/** Points one retention slice deletes before the event loop turns: ~0.6 ms of it (bench/telemetry-retention.mjs). */
const PRUNE_SLICE_POINTS = 500

/**
 * The zero-setup store: SQLite (data/telemetry.db, apart from tether.db so telemetry volume never
 * slows accounts and rooms). One row per point, its fields in one JSONB value: a point costs one
 * B-tree insert, not one per field (five times cheaper for a five-field point). The newest value of
 * every (device, field) is kept beside it, updated once per batch, so `latest` reads a handful of
 * rows. A busy store's WAL checkpoints run on a worker thread (storage/wal-checkpointer.ts). Writing a point twice leaves one, and a second write at the same time merges its fields
 * into the first, as in InfluxDB. A field keeps its first type, as an InfluxDB measurement does: a
 * conflicting point is refused.
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
  const types = new Map<string, FieldType>(
    (db.prepare('SELECT field, type FROM telemetry_fields').all() as Array<{ field: string; type: FieldType }>).map(r => [r.field, r.type]),
  )
  const insertPoint = db.prepare(`INSERT INTO telemetry_points (device, ts, ns, fields, room, model) VALUES (?, ?, ?, jsonb(?), ?, ?)
    ON CONFLICT (device, ts, ns) DO UPDATE SET fields = jsonb_patch(fields, excluded.fields), room = excluded.room, model = excluded.model`)
  const upsertLatest = db.prepare(`INSERT INTO telemetry_latest (device, field, ts, ns, num, str) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (device, field) DO UPDATE SET ts = excluded.ts, ns = excluded.ns, num = excluded.num, str = excluded.str
    WHERE excluded.ts > telemetry_latest.ts OR (excluded.ts = telemetry_latest.ts AND excluded.ns >= telemetry_latest.ns)`)
  const addType = db.prepare('INSERT OR IGNORE INTO telemetry_fields (field, type) VALUES (?, ?)')
  const readLatest = db.prepare('SELECT field, num, str, ts FROM telemetry_latest WHERE device = ? ORDER BY field')
  /**
   * One transaction per batch (one commit), written `slice` points at a time with a turn between
   * them: a whole 1 000-point batch held the event loop ~10 ms, which every device's messages felt
   * as latency. Only this writer writes here (one batch at a time); a query between two slices may
   * see part of a batch, whose points are durable in the journal already.
   */
  async function writeAll(points: Point[], newTypes: Map<string, FieldType>, slice: number): Promise<void> {
    db.exec('BEGIN IMMEDIATE')
    try {
      for (const [field, t] of newTypes) if (!types.has(field)) addType.run(field, t)
      // The newest value per (device, field) in this batch; a later point at the same time wins.
      const newest = new Map<string, Map<string, { ts: number; ns: number; value: FieldValue }>>()
      for (let i = 0; i < points.length; i++) {
        if (i > 0 && i % slice === 0) await new Promise(resolve => setImmediate(resolve))
        const p = points[i]!
        const ts = Math.floor(p.ts)
        const ns = p.ns ?? 0
        insertPoint.run(p.tags.device, ts, ns, JSON.stringify(p.fields), p.tags.room || null, p.tags.model || null)
        let fields = newest.get(p.tags.device!)
        if (!fields) newest.set(p.tags.device!, fields = new Map())
        for (const field in p.fields) {
          const held = fields.get(field)
          if (!held) fields.set(field, { ts, ns, value: p.fields[field]! })
          else if (ts > held.ts || (ts === held.ts && ns >= held.ns)) { held.ts = ts; held.ns = ns; held.value = p.fields[field]! }
        }
      }
      for (const [device, fields] of newest) {
        for (const [field, n] of fields) {
          const [num, str] = toColumns(n.value)
          upsertLatest.run(device, field, n.ts, n.ns, num, str)
        }
      }
      db.exec('COMMIT')
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw err
    }
  }

  let writing: Promise<void> | null = null
  let pruning: Promise<number> | null = null
  let closing = false
  const devicesWithPoints = db.prepare('SELECT DISTINCT device FROM telemetry_latest').pluck()
  // The oldest rows of one device by its primary key, so each slice is a range walk and lookups, never a table scan.
  const deleteOldest = db.prepare(`DELETE FROM telemetry_points WHERE (device, ts, ns) IN
    (SELECT device, ts, ns FROM telemetry_points WHERE device = ? AND ts < ? ORDER BY ts, ns LIMIT ${PRUNE_SLICE_POINTS})`)

  /** Deletes in slices with a turn between them, between the writer's batches (never inside one's transaction). */
  async function pruneAll(before: number): Promise<number> {
    const nextTurn = () => new Promise(resolve => setImmediate(resolve))
    let deleted = 0
    for (const device of devicesWithPoints.all() as string[]) {
      for (;;) {
        // A batch's transaction stays open across turns: wait it out, a turn at least each time.
        while (db.inTransaction) await (writing ?? Promise.resolve()).catch(() => undefined).then(nextTurn)
        if (closing || !db.open) return deleted
        const n = deleteOldest.run(device, before).changes
        deleted += n
        await nextTurn()
        if (n < PRUNE_SLICE_POINTS) break
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
      const type = typeOf(q.field)
      if (!type || !TELEMETRY_FIELD_NAME_PATTERN.test(q.field)) return []
      const every = q.everyMs
      // Field names as ingest accepts them are safe inside a quoted JSON path label.
      const jsonPath = `$."${q.field}"`
      const numeric = q.agg === 'mean' ? 'AVG' : q.agg === 'min' ? 'MIN' : q.agg === 'max' ? 'MAX' : null
      // A string field has no mean: its buckets answer null, as InfluxDB does.
      const value = numeric ? (type === 'string' ? 'NULL' : `${numeric}(fields ->> :path)`) : null
      // `last`: SQLite takes bare columns from the row that holds MAX(ts).
      const sql = value
        ? `SELECT (ts / ${every}) * ${every} AS b, ${value} AS v FROM telemetry_points
             WHERE device = :device AND ts >= :from AND ts < :to AND (fields ->> :path) IS NOT NULL GROUP BY b ORDER BY b`
        : `SELECT (ts / ${every}) * ${every} AS b, fields ->> :path AS v, MAX(ts * 1000000 + ns) AS last_ts FROM telemetry_points
             WHERE device = :device AND ts >= :from AND ts < :to AND (fields ->> :path) IS NOT NULL GROUP BY b ORDER BY b`
      const rows = db.prepare(sql).all({ device: q.device, from: q.from, to: q.to, path: jsonPath }) as Array<{ b: number; v: number | string | null }>
      const asType = value ? 'number' : type
      return rows.map(r => ({ t: r.b, v: asType === 'string' ? (r.v as string | null) : fromColumns(asType, r.v as number | null, null) }))
    },
    async latest(device) {
      const rows = readLatest.all(device) as Array<{ field: string; num: number | null; str: string | null; ts: number }>
      const out: Record<string, LatestValue> = {}
      for (const r of rows) {
        const v = fromColumns(typeOf(r.field) ?? 'number', r.num, r.str)
        if (v !== null) out[r.field] = { value: v, ts: r.ts }
      }
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

function toColumns(v: FieldValue): [number | null, string | null] {
  if (typeof v === 'number') return [v, null]
  if (typeof v === 'boolean') return [v ? 1 : 0, null]
  return [null, v]
}

function fromColumns(type: FieldType, num: number | null, str: string | null): FieldValue | null {
  if (type === 'string') return str
  if (num === null) return null
  return type === 'boolean' ? num !== 0 : num
}
