/**
 * The worker side of SyncPg (sync-pg.ts), as source text: a `pg` pool that answers one request at
 * a time and wakes the blocked caller through a shared flag, and a watchdog connection that pings
 * PostgreSQL and keeps the shared `available` word current. Kept as a string so the same code runs
 * from `dist/` and under the test runner (a worker cannot load TypeScript).
 *
 * Shared words: [0] the answer flag (1 once an answer is posted), [1] available (1) or not (0).
 */
export const SYNC_PG_WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
const pg = require(workerData.pgPath)
pg.types.setTypeParser(20, v => Number(v)) // BIGINT epoch ms and counts: safe below 2^53
const words = new Int32Array(workerData.flag)
const ANSWER = 0, AVAILABLE = 1
const connection = { connectionString: workerData.url, connectionTimeoutMillis: workerData.connectTimeoutMs }
// Bounded waits: the caller's thread is blocked meanwhile, so an unreachable server must fail fast.
const pool = new pg.Pool({ ...connection, max: 1, application_name: workerData.name, query_timeout: workerData.timeoutMs })
pool.on('error', () => {}) // an idle client's error: the next query reconnects
const port = workerData.port
let closed = false
const heard = new WeakSet()

function reply(id, message) {
  port.postMessage({ id, ...message })
  Atomics.store(words, ANSWER, 1)
  Atomics.notify(words, ANSWER)
}

// Not an answer about the statement but about the server: refused, reset, timed out, shutting
// down, out of connection slots (SQLSTATE classes 08 and 57P, 53300).
function unreachable(err) {
  const code = err && err.code
  if (typeof code === 'string' && /^(08|57P0[123]|53300)/.test(code)) return true
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true // ECONNREFUSED, ECONNRESET, ETIMEDOUT…
  return !code && /timeout|terminated|connect|closed/i.test(String(err && err.message))
}
function setAvailable(ok, reason) {
  const was = Atomics.exchange(words, AVAILABLE, ok ? 1 : 0)
  if (was === (ok ? 1 : 0)) return
  parentPort.postMessage({ available: ok, reason })
  // A caller blocked on a call to a server that just stopped answering wakes now, not at its timeout.
  if (!ok) { Atomics.store(words, ANSWER, 1); Atomics.notify(words, ANSWER) }
}

// The watchdog: its own connection, a ping every probeMs. A server that stops answering is seen
// here first, so callers fail at once instead of each waiting out the timeout on the event loop.
let probe = null
async function ping() {
  if (closed) return
  try {
    if (!probe) {
      probe = new pg.Client({ ...connection, application_name: workerData.name + ':watchdog', query_timeout: workerData.probeTimeoutMs })
      probe.on('error', () => {})
      await probe.connect()
    }
    await probe.query('SELECT 1')
    setAvailable(true)
  } catch (err) {
    const dead = probe
    probe = null
    if (dead) dead.end().catch(() => {})
    setAvailable(false, err && err.message || String(err))
  } finally {
    if (!closed) setTimeout(ping, workerData.probeMs).unref()
  }
}
ping()

port.on('message', async req => {
  if (req.close) {
    closed = true
    await Promise.all([pool.end().catch(() => {}), probe ? probe.end().catch(() => {}) : null])
    reply(req.id, { ok: true, results: [] })
    return
  }
  let client
  try {
    client = await pool.connect()
    // A checked-out client's error is its owner's to handle (the pool listens only while it is
    // idle): a connection cut under a running query emitted an 'error' nobody heard, ending the worker.
    if (!heard.has(client)) { heard.add(client); client.on('error', () => {}) }
    const results = []
    if (req.tx) await client.query('BEGIN')
    try {
      for (const op of req.ops) results.push((await client.query(op.text, op.values)).rows)
      if (req.tx) await client.query('COMMIT')
    } catch (err) {
      if (req.tx) await client.query('ROLLBACK').catch(() => {})
      throw err
    }
    reply(req.id, { ok: true, results })
  } catch (err) {
    const down = unreachable(err)
    if (down) setAvailable(false, err && err.message || String(err))
    reply(req.id, { ok: false, message: err && err.message || String(err), code: err && err.code, unreachable: down })
  } finally {
    if (client) client.release()
  }
})
`
