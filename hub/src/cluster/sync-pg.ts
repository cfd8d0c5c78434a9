import { createRequire } from 'node:module'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { SYNC_PG_WORKER } from './sync-pg-worker.js'

export type Row = Record<string, unknown>
export interface Statement { text: string; values?: unknown[] }

/** How long one statement (or connecting) may take before the store call fails. */
export const DEFAULT_TIMEOUT_MS = 5000

type Answer = { id: number } & ({ ok: true; results: Row[][] } | { ok: false; message: string; code?: string })

/** A PostgreSQL error carried back from the worker (`code` is the SQLSTATE). */
export class PgError extends Error {
  override name = 'PgError'
  constructor(message: string, readonly code: string | undefined) { super(message) }
}

/**
 * Synchronous PostgreSQL for the store ports, which are synchronous (they were written for SQLite
 * and the services call them inside one tick, e.g. append-then-emit keeps fan-out in seq order).
 * A worker thread owns the connection; the caller posts a request and blocks on a shared flag until
 * the worker answers (Atomics.wait), then takes the answer with receiveMessageOnPort. The cost is a
 * loopback round trip per call on the caller's thread: fine for accounts, rooms and commands,
 * never used on the telemetry path.
 */
export class SyncPg {
  private readonly worker: Worker
  private readonly port: MessagePort
  private readonly flag = new Int32Array(new SharedArrayBuffer(4))
  private closed = false
  private nextId = 1

  constructor(url: string, private readonly opts: { name?: string; timeoutMs?: number } = {}) {
    const { port1, port2 } = new MessageChannel()
    this.port = port1
    const pgPath = createRequire(import.meta.url).resolve('pg')
    this.worker = new Worker(SYNC_PG_WORKER, {
      eval: true,
      workerData: { url, pgPath, flag: this.flag.buffer, port: port2, name: opts.name ?? 'tether', timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      transferList: [port2],
    })
    this.worker.unref()
    this.worker.on('error', () => { this.closed = true })
  }

  /** Rows of one statement. */
  query<T = Row>(text: string, values?: unknown[]): T[] {
    return this.run([{ text, values }], false)[0] as T[]
  }

  /** Runs the statements in one transaction; rows of each. */
  transaction(ops: Statement[]): Row[][] {
    return this.run(ops, true)
  }

  close(): void {
    if (this.closed) return
    try { this.send({ close: true }) } catch { /* already gone */ }
    this.closed = true
    void this.worker.terminate()
  }

  private run(ops: Statement[], tx: boolean): Row[][] {
    if (this.closed) throw new PgError('the PostgreSQL connection is closed', undefined)
    return this.send({ ops, tx })
  }

  private send(req: object): Row[][] {
    const id = this.nextId++
    // The worker gives up after timeoutMs; this thread waits a second longer for its answer.
    const deadline = Date.now() + (this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) + 1000
    Atomics.store(this.flag, 0, 0)
    this.port.postMessage({ ...req, id })
    for (;;) {
      const got = receiveMessageOnPort(this.port)
      const msg = got?.message as Answer | undefined
      if (msg && msg.id === id) {
        if (!msg.ok) throw new PgError(msg.message, msg.code)
        return msg.results
      }
      if (msg) continue // the late answer of a call that timed out
      const left = deadline - Date.now()
      if (left <= 0) throw new PgError('PostgreSQL did not answer in time', undefined)
      Atomics.wait(this.flag, 0, 0, left)
      Atomics.store(this.flag, 0, 0)
    }
  }
}
