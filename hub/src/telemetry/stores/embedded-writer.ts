import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { SqliteDatabase } from '../../storage/sqlite.js'
import type { FieldType, Point } from '../point.js'

/** Writes one batch in one transaction: the points, their new field types, the newest value per (device, field). */
export type BatchWrite = (points: Point[], newTypes: Map<string, FieldType>) => void

/**
 * The embedded store's write path on a connection. Self-contained on purpose (no imports, no outer
 * names): the writer thread runs its source text, so the main thread and the worker share one
 * definition.
 */
export function makeBatchWriter(db: SqliteDatabase): BatchWrite {
  const insertPoint = db.prepare(`INSERT INTO telemetry_points (device, ts, ns, fields, room, model) VALUES (?, ?, ?, jsonb(?), ?, ?)
    ON CONFLICT (device, ts, ns) DO UPDATE SET fields = jsonb_patch(fields, excluded.fields), room = excluded.room, model = excluded.model`)
  const upsertLatest = db.prepare(`INSERT INTO telemetry_latest (device, field, ts, ns, num, str) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (device, field) DO UPDATE SET ts = excluded.ts, ns = excluded.ns, num = excluded.num, str = excluded.str
    WHERE excluded.ts > telemetry_latest.ts OR (excluded.ts = telemetry_latest.ts AND excluded.ns >= telemetry_latest.ns)`)
  const addType = db.prepare('INSERT OR IGNORE INTO telemetry_fields (field, type) VALUES (?, ?)')
  return db.transaction((points: Point[], newTypes: Map<string, FieldType>) => {
    for (const [field, t] of newTypes) addType.run(field, t)
    // The newest value per (device, field) in this batch; a later point at the same time wins.
    const newest = new Map<string, { device: string; field: string; ts: number; ns: number; value: number | boolean | string }>()
    for (const p of points) {
      const ts = Math.floor(p.ts)
      const ns = p.ns ?? 0
      insertPoint.run(p.tags.device, ts, ns, JSON.stringify(p.fields), p.tags.room || null, p.tags.model || null)
      for (const field in p.fields) {
        const key = `${p.tags.device}\u0000${field}`
        const held = newest.get(key)
        if (!held || ts > held.ts || (ts === held.ts && ns >= held.ns)) newest.set(key, { device: p.tags.device!, field, ts, ns, value: p.fields[field]! })
      }
    }
    for (const n of newest.values()) {
      const v = n.value
      upsertLatest.run(n.device, n.field, n.ts, n.ns, typeof v === 'string' ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v, typeof v === 'string' ? v : null)
    }
  }) as BatchWrite
}

// CommonJS, run with `eval`: the worker has no module graph of its own.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.pragma('busy_timeout = 5000')
const write = (${makeBatchWriter.toString()})(db)
parentPort.on('message', m => {
  if (m === 'stop') { db.close(); parentPort.close(); return }
  try { write(m.points, new Map(m.newTypes)); parentPort.postMessage({ id: m.id }) }
  catch (err) { parentPort.postMessage({ id: m.id, error: err.message, code: err.code }) }
})
`

export interface EmbeddedWriter {
  write: (points: Point[], newTypes: Map<string, FieldType>) => Promise<void>
  /** True once the thread failed and batches are written on the hub's own connection. */
  readonly fellBack: boolean
  /** Ends the thread after the batches it holds; SQLite checkpoints the WAL as its connection closes. */
  stop(): Promise<void>
}

/** A write the thread refused, with SQLite's error code (`SQLITE_FULL`, …). */
export class SqliteWriteError extends Error {
  constructor(message: string, readonly code: string | undefined) { super(message) }
}

/**
 * Writes batches on a worker thread with its own connection, so a batch insert (and the WAL
 * checkpoint SQLite runs inside a commit now and then) never blocks the event loop: a 1 000-point
 * batch held every MQTT client for several milliseconds. Batches are written in order, one at a
 * time; `write` resolves once its transaction is committed. If the thread fails, its pending
 * batches are rejected as retryable and later ones are written on `db` (the event loop again).
 */
export function startEmbeddedWriter(db: SqliteDatabase, file: string, opts: { onError?: (err: Error) => void } = {}): EmbeddedWriter {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const waiting = new Map<number, { resolve: () => void; reject: (err: Error) => void }>()
  let nextId = 0
  let local: BatchWrite | null = null
  let stopping = false
  const fallBack = (err: Error): void => {
    if (local || stopping) return
    local = makeBatchWriter(db)
    for (const w of waiting.values()) w.reject(new SqliteWriteError(`telemetry writer thread failed: ${err.message}`, 'SQLITE_IOERR'))
    waiting.clear()
    opts.onError?.(err)
  }
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file } })
  worker.unref()
  worker.on('message', (m: { id: number; error?: string; code?: string }) => {
    const w = waiting.get(m.id)
    if (!w) return
    waiting.delete(m.id)
    if (m.error === undefined) w.resolve()
    else w.reject(new SqliteWriteError(m.error, m.code))
  })
  worker.on('error', fallBack)
  const exited = new Promise<void>(resolve => worker.once('exit', code => {
    if (!stopping) fallBack(new Error(`exited with ${code}`))
    resolve()
  }))
  return {
    write(points, newTypes) {
      if (local) {
        try { local(points, newTypes); return Promise.resolve() } catch (err) { return Promise.reject(err) }
      }
      if (stopping) return Promise.reject(new SqliteWriteError('telemetry store closed', 'SQLITE_MISUSE'))
      const id = nextId++
      worker.postMessage({ id, points, newTypes: [...newTypes] })
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }))
    },
    get fellBack() { return local !== null },
    async stop() {
      if (stopping) return exited
      stopping = true
      worker.postMessage('stop')
      // A thread that does not answer is ended; what it committed is in the WAL either way.
      const timeout = setTimeout(() => void worker.terminate(), 5000)
      await exited
      clearTimeout(timeout)
      for (const w of waiting.values()) w.reject(new SqliteWriteError('telemetry store closed', 'SQLITE_MISUSE'))
      waiting.clear()
    },
  }
}
