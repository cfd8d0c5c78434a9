import { InfluxDB } from 'influx'
import { encodeBatch } from '../line-protocol.js'
import { MEASUREMENT, type FieldValue } from '../point.js'
import { historyInfluxQL, latestInfluxQL, quoteIdent } from '../influxql.js'
import { StoreWriteError, type HistorySample, type LatestValue, type TelemetryStore } from '../store.js'
import { describeFetchError, postLines } from './http-write.js'

export interface InfluxV1Options {
  url: string
  database: string
  username?: string
  password?: string
  timeoutMs: number
}

type RawResults = { results: Array<{ series?: Array<{ columns: string[]; values: unknown[][] }>; error?: string }> }

/**
 * InfluxDB 1.x API: line protocol to /write (also what InfluxDB 3 and 2.x's v1-compatibility API
 * accept), InfluxQL through the `influx` package. Writes go through our own encoder and HTTP call
 * so escaping and error classification are ours; the package's pool does no retries on one host.
 */
export function createInfluxV1Store(opts: InfluxV1Options): TelemetryStore {
  const u = new URL(opts.url)
  const influx = new InfluxDB({
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)),
    protocol: u.protocol === 'https:' ? 'https' : 'http',
    database: opts.database,
    username: opts.username,
    password: opts.password,
    options: { timeout: opts.timeoutMs },
  })
  const base = opts.url.replace(/\/+$/, '')
  const auth: Record<string, string> = opts.username
    ? { authorization: 'Basic ' + Buffer.from(`${opts.username}:${opts.password ?? ''}`).toString('base64') }
    : {}
  const writeUrl = `${base}/write?db=${encodeURIComponent(opts.database)}&precision=ns`
  let databaseReady = false

  async function ensureDatabase(): Promise<void> {
    // CREATE DATABASE is idempotent; without admin rights it fails, and the database must exist already.
    const dbs = await influx.getDatabaseNames().catch(() => null)
    if (dbs && !dbs.includes(opts.database)) await influx.createDatabase(opts.database)
    databaseReady = true
  }

  async function raw(q: string): Promise<RawResults> {
    return await influx.queryRaw(q, { precision: 'ms' }) as RawResults
  }

  return {
    kind: 'influx-v1',
    target: `${u.origin} db=${opts.database}`,
    async write(points) {
      if (!databaseReady) {
        try { await ensureDatabase() } catch (err) { throw new StoreWriteError('retry', `database not ready: ${(err as Error).message}`) }
      }
      try {
        await postLines(writeUrl, encodeBatch(points), auth, opts.timeoutMs)
      } catch (err) {
        // 404: the database went away (dropped, or a fresh influxd); create it again before the retry.
        if (err instanceof StoreWriteError && err.status === 404) databaseReady = false
        throw err
      }
    },
    async query(q) {
      const res = await raw(historyInfluxQL(q))
      const values = res.results[0]?.series?.[0]?.values ?? []
      return values.map(([t, v]): HistorySample => ({ t: t as number, v: v as FieldValue | null }))
    },
    async latest(device) {
      const keys = await raw(`SHOW FIELD KEYS FROM ${quoteIdent(MEASUREMENT)}`)
      const fields = (keys.results[0]?.series?.[0]?.values ?? []).map(r => String(r[0]))
      if (fields.length === 0) return {}
      const res = await raw(latestInfluxQL(device, fields))
      const out: Record<string, LatestValue> = {}
      res.results.forEach((r, i) => {
        const row = r.series?.[0]?.values?.[0]
        if (row && row[1] !== null && row[1] !== undefined) out[fields[i]!] = { value: row[1] as FieldValue, ts: row[0] as number }
      })
      return out
    },
    async ping() {
      let res: Response
      try {
        res = await fetch(`${base}/ping`, { headers: auth, signal: AbortSignal.timeout(opts.timeoutMs) })
      } catch (err) {
        throw new Error(`InfluxDB at ${u.origin} unreachable: ${describeFetchError(err)}`)
      }
      await res.arrayBuffer().catch(() => undefined)
      if (res.status !== 204) throw new Error(`InfluxDB at ${u.origin} answered /ping with ${res.status}`)
      if (!databaseReady) await ensureDatabase()
    },
    async close() { /* stateless HTTP */ },
  }
}
