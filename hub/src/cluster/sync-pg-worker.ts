/**
 * The worker side of SyncPg (sync-pg.ts), as source text: a `pg` pool that answers one request at
 * a time and wakes the blocked caller through a shared flag. Kept as a string so the same code
 * runs from `dist/` and under the test runner (a worker cannot load TypeScript).
 */
export const SYNC_PG_WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
const pg = require(workerData.pgPath)
pg.types.setTypeParser(20, v => Number(v)) // BIGINT epoch ms and counts: safe below 2^53
const flag = new Int32Array(workerData.flag)
// Bounded waits: the caller's thread is blocked meanwhile, so an unreachable server must fail fast.
const pool = new pg.Pool({
  connectionString: workerData.url, max: 1, application_name: workerData.name,
  connectionTimeoutMillis: workerData.timeoutMs, query_timeout: workerData.timeoutMs,
})
pool.on('error', () => {}) // an idle client's error: the next query reconnects
const port = workerData.port
function reply(id, message) {
  port.postMessage({ id, ...message })
  Atomics.store(flag, 0, 1)
  Atomics.notify(flag, 0)
}
port.on('message', async req => {
  if (req.close) { await pool.end().catch(() => {}); reply(req.id, { ok: true, results: [] }); return }
  let client
  try {
    client = await pool.connect()
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
    reply(req.id, { ok: false, message: err && err.message || String(err), code: err && err.code })
  } finally {
    if (client) client.release()
  }
})
`
