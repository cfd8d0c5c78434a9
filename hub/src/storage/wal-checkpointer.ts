import { closeSync, openSync, readSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { SqliteDatabase } from './sqlite.js'

export interface WalCheckpointer {
  /** Checkpoints the worker ran so far (tests, metrics). */
  readonly runs: number
  /** True while a worker thread runs (from the first busy interval until its last checkpoint ended). */
  readonly onWorker: boolean
  /** True once a worker failed and the connection checkpoints itself for good. */
  readonly fellBack: boolean
  /** Stops the worker after a last checkpoint; the connection checkpoints itself again. */
  stop(): Promise<void>
}

// CommonJS, run with `eval`: the worker has no module graph of its own.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 1000')
const run = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); parentPort.postMessage('ran') }
  catch (err) { parentPort.postMessage({ error: err.message }) }
}
const timer = setInterval(run, workerData.intervalMs)
parentPort.on('message', m => {
  if (m !== 'stop') return
  clearInterval(timer)
  run()
  db.close()
  parentPort.close()
})
`

/**
 * Runs the WAL checkpoints of a busy SQLite database on a worker thread with its own connection.
 * better-sqlite3 is synchronous, so a checkpoint on the hub's connection (page copies and an
 * fsync, tens of milliseconds for a busy telemetry database) blocked the event loop inside the
 * commit that crossed the threshold: every MQTT client waited. PASSIVE checkpoints never block
 * the writer.
 *
 * The worker is a second V8 isolate (5–10 MiB of RSS), which a quiet database does not need: its
 * WAL reaches SQLite's automatic checkpoint (1 000 pages) every few minutes. So the connection
 * checkpoints itself while the WAL grows by fewer than `workerFromFrames` pages per interval; the
 * worker starts when it grows faster and stops after `workerIdleIntervals` slower intervals in a
 * row. While the worker runs, the connection's automatic checkpoints are off; if the worker fails
 * they are turned back on for good, so the WAL never grows without bound.
 */
export function startWalCheckpointer(db: SqliteDatabase, file: string, opts: {
  intervalMs: number
  /** WAL pages written in one interval from which the worker takes over (0: it runs from the start, always). */
  workerFromFrames?: number
  /** Intervals in a row below `workerFromFrames` after which the worker stops (default 60). */
  workerIdleIntervals?: number
  /** A worker failed: checkpoints are back on the connection (and the event loop). */
  onError?: (err: Error) => void
}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number
  const from = opts.workerFromFrames ?? 0
  const idleIntervals = opts.workerIdleIntervals ?? 60
  let runs = 0
  let fellBack = false
  let stopping = false
  let worker: Worker | null = null
  let retiring: Promise<void> | null = null
  const connectionCheckpoints = (): void => { if (db.open) db.pragma(`wal_autocheckpoint = ${autocheckpoint}`) }
  const fallBack = (err: Error): void => {
    if (fellBack || stopping) return
    fellBack = true
    connectionCheckpoints()
    opts.onError?.(err)
  }

  function startWorker(): void {
    db.pragma('wal_autocheckpoint = 0')
    const w = new Worker(WORKER, { eval: true, workerData: { driver, file, intervalMs: opts.intervalMs } })
    worker = w
    w.unref()
    w.on('message', (m: unknown) => {
      if (m === 'ran') runs++
      else if (m && typeof m === 'object' && 'error' in m) {
        fallBack(new Error(`WAL checkpoint: ${String((m as { error: string }).error)}`))
        void w.terminate()
      }
    })
    w.on('error', fallBack)
    w.once('exit', code => {
      if (!retiring) fallBack(new Error(`WAL checkpoint worker exited with ${code}`))
      worker = null
    })
  }

  /** The connection takes the checkpoints back, then the worker runs a last one and ends. */
  function retireWorker(): Promise<void> {
    const w = worker
    if (!w) return Promise.resolve()
    return retiring ??= new Promise<void>(resolve => {
      connectionCheckpoints()
      w.once('exit', () => { clearTimeout(timeout); retiring = null; resolve() })
      w.postMessage('stop')
      // A worker that does not answer is ended; SQLite checkpoints on the last connection's close anyway.
      const timeout = setTimeout(() => void w.terminate(), 5000)
    })
  }

  // How fast the WAL grows, read each interval without doing any checkpoint work (NOOP). A WAL that
  // a checkpoint emptied starts again from its first frame under a new header (its checkpoint
  // sequence and salts, bytes 12–23), which tells a restart from a WAL that did not grow.
  const header = Buffer.alloc(12)
  const lastHeader = Buffer.alloc(12)
  let walFd: number | null = null
  const restarted = (): boolean => {
    try {
      walFd ??= openSync(`${file}-wal`, 'r')
      if (readSync(walFd, header, 0, 12, 12) < 12 || header.equals(lastHeader)) return false
      header.copy(lastHeader)
      return true
    } catch {
      return false
    }
  }
  let lastLog = 0
  /** Pages the WAL grew by since the last reading; null for a database that could not be read now. */
  const walGrowth = (): number | null => {
    let log: number
    try {
      [{ log }] = db.pragma('wal_checkpoint(NOOP)') as Array<{ log: number }>
    } catch {
      return null // a busy database: read it on the next interval
    }
    const grown = restarted() || log < lastLog ? log : log - lastLog
    lastLog = log
    return grown
  }
  // The first reading is the baseline: what the WAL held at start (a schema, a previous run's frames) is not growth.
  if (from > 0) walGrowth()
  let slow = 0
  const watch = from > 0 ? setInterval(() => {
    if (!db.open || db.inTransaction || fellBack) return
    const grown = walGrowth()
    if (grown === null) return
    if (grown >= from) {
      slow = 0
      if (!worker) startWorker()
    } else if (worker && !retiring && ++slow >= idleIntervals) {
      slow = 0
      void retireWorker()
    }
  }, opts.intervalMs) : null
  watch?.unref()
  if (from <= 0) startWorker()

  return {
    get runs() { return runs },
    get onWorker() { return worker !== null },
    get fellBack() { return fellBack },
    async stop() {
      stopping = true
      if (watch) clearInterval(watch)
      if (walFd !== null) closeSync(walFd)
      walFd = null
      await retireWorker()
      connectionCheckpoints()
    },
  }
}
