import { createRequire } from 'node:module'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { HubError } from '../errors.js'
import { SYNC_PG_WORKER } from './sync-pg-worker.js'

export type Row = Record<string, unknown>
export interface Statement { text: string; values?: unknown[] }

/** How long one statement (or connecting) may take before the store call fails. */
export const DEFAULT_TIMEOUT_MS = 5000
/** How often the watchdog pings PostgreSQL, and how long a ping may take. */
export const DEFAULT_PROBE_MS = 1000

type Answer = { id: number } & ({ ok: true; results: Row[][] } | { ok: false; message: string; code?: string; unreachable?: boolean })
type Notice = { available: boolean; reason?: string }

const PG_PATH = createRequire(import.meta.url).resolve('pg')
const ANSWER = 0
const AVAILABLE = 1

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
 *
 * Blocking is only safe while PostgreSQL answers. A watchdog connection in the worker pings it
 * every `probeMs`; once a ping or a call finds it unreachable, calls fail at once with
 * HUB_ERR_UNAVAILABLE (503, chat `unavailable`) without waiting, and a call already waiting is
 * woken, until a ping gets through again. Before, every call waited out its timeout on the event
 * loop: with PostgreSQL behind a dead link, each device connecting froze the hub for 5 s.
 */
export class SyncPg {
  private worker!: Worker
  private port!: MessagePort
  private readonly words = new Int32Array(new SharedArrayBuffer(8))
  private closed = false
  private nextId = 1
  private reason = 'PostgreSQL did not answer'

  constructor(private readonly url: string, private readonly opts: {
    name?: string
    timeoutMs?: number
    probeMs?: number
    /** PostgreSQL became unreachable (with why) or reachable again. */
    onAvailability?: (available: boolean, reason?: string) => void
  } = {}) {
    Atomics.store(this.words, AVAILABLE, 1)
    this.spawn()
  }

  private spawn(): void {
    const { port1, port2 } = new MessageChannel()
    this.port = port1
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const probeMs = this.opts.probeMs ?? DEFAULT_PROBE_MS
    const worker = this.worker = new Worker(SYNC_PG_WORKER, {
      eval: true,
      workerData: {
        url: this.url, pgPath: PG_PATH, flag: this.words.buffer, port: port2, name: this.opts.name ?? 'tether', timeoutMs, probeMs,
        // Connecting over a working network takes milliseconds; a ping answers in less than one.
        connectTimeoutMs: Math.min(timeoutMs, 2000), probeTimeoutMs: Math.min(timeoutMs, Math.max(probeMs, 1000)),
      },
      transferList: [port2],
    })
    worker.unref()
    worker.on('error', () => { /* its exit follows */ })
    worker.on('message', (m: Notice) => this.notice(m))
    // A worker that ends is replaced: calls fail as unavailable meanwhile, never for good.
    worker.once('exit', () => {
      if (this.closed) return
      if (Atomics.exchange(this.words, AVAILABLE, 0) === 1) this.notice({ available: false, reason: 'the PostgreSQL worker stopped' })
      setTimeout(() => { if (!this.closed) this.spawn() }, 100).unref()
    })
  }

  private notice(m: Notice): void {
    if (m.reason) this.reason = m.reason
    this.opts.onAvailability?.(m.available, m.reason)
  }

  /** False while PostgreSQL is unreachable: calls fail at once. */
  get available(): boolean { return !this.closed && Atomics.load(this.words, AVAILABLE) === 1 }

  /** Why PostgreSQL was last found unreachable. */
  get unavailableReason(): string { return this.reason }

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
    if (Atomics.load(this.words, AVAILABLE) === 0) throw this.unavailable()
    const id = this.nextId++
    // The worker gives up after timeoutMs; this thread waits a second longer for its answer.
    const deadline = Date.now() + (this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) + 1000
    Atomics.store(this.words, ANSWER, 0)
    this.port.postMessage({ ...req, id })
    for (;;) {
      const got = receiveMessageOnPort(this.port)
      const msg = got?.message as Answer | undefined
      if (msg && msg.id === id) {
        if (msg.ok) return msg.results
        if (msg.unreachable) { this.reason = msg.message; throw this.unavailable() }
        throw new PgError(msg.message, msg.code)
      }
      if (msg) continue // the late answer of a call that timed out
      // The watchdog found the server gone while this call waited: its outcome is unknown.
      if (Atomics.load(this.words, AVAILABLE) === 0) throw this.unavailable()
      const left = deadline - Date.now()
      if (left <= 0) {
        this.reason = 'PostgreSQL did not answer in time'
        Atomics.store(this.words, AVAILABLE, 0) // the next ping that gets through sets it again
        throw this.unavailable()
      }
      Atomics.wait(this.words, ANSWER, 0, left)
      Atomics.store(this.words, ANSWER, 0)
    }
  }

  private unavailable(): HubError {
    return new HubError('HUB_ERR_UNAVAILABLE', `The database is unreachable (${this.reason}); retry shortly.`, { dependency: 'postgres' })
  }
}
