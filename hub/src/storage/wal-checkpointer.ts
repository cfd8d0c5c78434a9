import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { SqliteDatabase } from './sqlite.js'

export interface WalCheckpointer {
  /** Checkpoints runs so far (tests, metrics). */
  readonly runs: number
  /** True once the worker failed and the connection checkpoints itself again. */
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
 * Runs the WAL checkpoints of a SQLite database on a worker thread with its own connection.
 * better-sqlite3 is synchronous, so a checkpoint on the hub's connection (page copies and an
 * fsync, tens of milliseconds for a busy telemetry database) blocked the event loop inside the
 * commit that crossed the threshold: every MQTT client waited. PASSIVE checkpoints never block
 * the writer. While the worker runs, the connection's automatic checkpoints are off; if the worker
 * fails they are turned back on, so the WAL never grows without bound.
 */
export function startWalCheckpointer(db: SqliteDatabase, file: string, opts: {
  intervalMs: number
  /** The worker failed: checkpoints are back on the connection (and the event loop). */
  onError?: (err: Error) => void
}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number
  let runs = 0
  let fellBack = false
  let stopping = false
  const fallBack = (err: Error): void => {
    if (fellBack || stopping) return
    fellBack = true
    if (db.open) db.pragma(`wal_autocheckpoint = ${autocheckpoint}`)
    opts.onError?.(err)
  }
  db.pragma('wal_autocheckpoint = 0')
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file, intervalMs: opts.intervalMs } })
  worker.unref()
  worker.on('message', (m: unknown) => {
    if (m === 'ran') runs++
    else if (m && typeof m === 'object' && 'error' in m) {
      fallBack(new Error(`WAL checkpoint: ${String((m as { error: string }).error)}`))
      void worker.terminate()
    }
  })
  worker.on('error', fallBack)
  const exited = new Promise<void>(resolve => worker.once('exit', code => {
    if (!stopping) fallBack(new Error(`WAL checkpoint worker exited with ${code}`))
    resolve()
  }))
  return {
    get runs() { return runs },
    get fellBack() { return fellBack },
    async stop() {
      if (stopping) return exited
      stopping = true
      if (db.open) db.pragma(`wal_autocheckpoint = ${autocheckpoint}`)
      worker.postMessage('stop')
      // A worker that does not answer is ended; SQLite checkpoints on the last connection's close anyway.
      const timeout = setTimeout(() => void worker.terminate(), 5000)
      await exited
      clearTimeout(timeout)
    },
  }
}
