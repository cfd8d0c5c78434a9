import { migrate, openSqlite, type SqliteDatabase } from '../../storage/sqlite.js'
import { fieldTypeOf, type FieldType, type FieldValue, type Point } from '../point.js'
import { StoreWriteError, type HistoryQuery, type HistorySample, type LatestValue, type TelemetryStore } from '../store.js'

/**
 * The zero-setup store: SQLite (data/telemetry.db, apart from tether.db so telemetry volume never
 * slows accounts and rooms). One row per (device, field, ts): writing a point twice leaves one,
 * as in InfluxDB. A field keeps its first type, as an InfluxDB measurement does: a conflicting point
 * is refused.
 */
export function createEmbeddedStore(file: string): TelemetryStore {
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
  const types = new Map<string, FieldType>(
    (db.prepare('SELECT field, type FROM telemetry_fields').all() as Array<{ field: string; type: FieldType }>).map(r => [r.field, r.type]),
  )
  const insert = db.prepare('INSERT OR REPLACE INTO telemetry_samples (device, field, ts, ns, num, str, room, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
  const addType = db.prepare('INSERT OR IGNORE INTO telemetry_fields (field, type) VALUES (?, ?)')
  const writeAll = db.transaction((points: Point[]) => {
    for (const p of points) {
      for (const [field, value] of Object.entries(p.fields)) {
        const [num, str] = toColumns(value)
        insert.run(p.tags.device, field, Math.floor(p.ts), p.ns ?? 0, num, str, p.tags.room || null, p.tags.model || null)
      }
    }
  })

  function typeOf(field: string): FieldType | undefined { return types.get(field) }

  return {
    kind: 'embedded',
    target: file,
    async write(points) {
      // Check every point first so a refused batch changes nothing.
      const pending = new Map<string, FieldType>()
      for (const p of points) {
        if (!p.tags.device) throw new StoreWriteError('reject', 'point has no device tag', 400)
        for (const [field, value] of Object.entries(p.fields)) {
          const t = fieldTypeOf(value)
          if (typeof value === 'number' && !Number.isFinite(value)) throw new StoreWriteError('reject', `field ${field}: non-finite number`, 400)
          const known = types.get(field) ?? pending.get(field)
          if (known && known !== t) throw new StoreWriteError('reject', `field type conflict: ${field} is ${known}, got ${t}`, 400)
          pending.set(field, t)
        }
      }
      try {
        db.transaction(() => {
          for (const [field, t] of pending) if (!types.has(field)) addType.run(field, t)
          writeAll(points)
        })()
      } catch (err) {
        throw new StoreWriteError(sqliteRetryable(err) ? 'retry' : 'reject', `sqlite: ${(err as Error).message}`)
      }
      for (const [field, t] of pending) types.set(field, t)
    },
    async query(q: HistoryQuery): Promise<HistorySample[]> {
      const type = typeOf(q.field)
      if (!type) return []
      const every = q.everyMs
      const value = q.agg === 'mean' ? 'AVG(num)' : q.agg === 'min' ? 'MIN(num)' : q.agg === 'max' ? 'MAX(num)' : null
      // `last`: SQLite takes bare columns from the row that holds MAX(ts).
      const sql = value
        ? `SELECT (ts / ${every}) * ${every} AS b, ${value} AS num, NULL AS str FROM telemetry_samples WHERE device = ? AND field = ? AND ts >= ? AND ts < ? GROUP BY b ORDER BY b`
        : `SELECT (ts / ${every}) * ${every} AS b, num, str, MAX(ts * 1000000 + ns) AS last_ts FROM telemetry_samples WHERE device = ? AND field = ? AND ts >= ? AND ts < ? GROUP BY b ORDER BY b`
      const rows = db.prepare(sql).all(q.device, q.field, q.from, q.to) as Array<{ b: number; num: number | null; str: string | null }>
      return rows.map(r => ({ t: r.b, v: fromColumns(value ? 'number' : type, r.num, r.str) }))
    },
    async latest(device) {
      const rows = db.prepare(
        'SELECT field, num, str, ts, MAX(ts * 1000000 + ns) AS tsns FROM telemetry_samples WHERE device = ? GROUP BY field ORDER BY field',
      ).all(device) as Array<{ field: string; num: number | null; str: string | null; ts: number }>
      const out: Record<string, LatestValue> = {}
      for (const r of rows) {
        const v = fromColumns(typeOf(r.field) ?? 'number', r.num, r.str)
        if (v !== null) out[r.field] = { value: v, ts: r.ts }
      }
      return out
    },
    async ping() { db.prepare('SELECT 1').get() },
    async close() { if (db.open) db.close() },
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
