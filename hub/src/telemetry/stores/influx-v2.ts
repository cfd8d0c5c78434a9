import { InfluxDB, setLogger } from '@influxdata/influxdb-client'
import { encodeBatch } from '../line-protocol.js'
import type { FieldValue } from '../point.js'
import { historyFlux, latestFlux } from '../flux.js'
import { StoreQueryUnsupportedError, type HistorySample, type LatestValue, type TelemetryStore } from '../store.js'
import { describeFetchError, postLines } from './http-write.js'

export interface InfluxV2Options {
  url: string
  org: string
  bucket: string
  token: string
  timeoutMs: number
}

// The client logs failed writes to the console; the hub logs them itself (without payloads).
setLogger({ error() {}, warn() {} })

/**
 * InfluxDB 2.x API: line protocol to /api/v2/write through the same HTTP helper as the 1.x store
 * (one error classification, unparsable answers treated as refusals), Flux queries through
 * @influxdata/influxdb-client. The client's own write buffer is not used: it lives in memory only
 * and the hub's journal owns retries.
 */
export function createInfluxV2Store(opts: InfluxV2Options): TelemetryStore {
  const client = new InfluxDB({ url: opts.url, token: opts.token, timeout: opts.timeoutMs })
  const writeUrl = `${opts.url.replace(/\/+$/, '')}/api/v2/write?org=${encodeURIComponent(opts.org)}&bucket=${encodeURIComponent(opts.bucket)}&precision=ns`
  const auth: Record<string, string> = opts.token ? { authorization: `Token ${opts.token}` } : {}
  const queryApi = client.getQueryApi(opts.org)
  const base = opts.url.replace(/\/+$/, '')

  /** A server that answers the query path with "no such path" has no Flux: say so rather than "unreachable". */
  async function flux<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (err) {
      const e = err as { statusCode?: number; body?: string; message?: string }
      const text = `${e.body ?? ''} ${e.message ?? ''}`
      if (e.statusCode === 404 || e.statusCode === 405 || e.statusCode === 501 ||
          ((e.statusCode === 400 || e.statusCode === 403) && /unsupported path|flux[^"]*(disabled|not enabled)/i.test(text))) {
        throw new StoreQueryUnsupportedError(`${new URL(opts.url).origin} has no Flux query API (answered ${e.statusCode})`)
      }
      throw err
    }
  }

  return {
    kind: 'influx-v2',
    target: `${new URL(opts.url).origin} org=${opts.org} bucket=${opts.bucket}`,
    async write(points) {
      await postLines(writeUrl, encodeBatch(points), auth, opts.timeoutMs)
    },
    async query(q) {
      const rows = await flux(() => queryApi.collectRows<{ _time: string; _value: FieldValue }>(historyFlux(opts.bucket, q)))
      return rows.map((r): HistorySample => ({ t: Date.parse(r._time), v: r._value ?? null }))
    },
    async latest(device) {
      const rows = await flux(() => queryApi.collectRows<{ _time: string; _field: string; _value: FieldValue }>(latestFlux(opts.bucket, device)))
      const out: Record<string, LatestValue> = {}
      for (const r of rows) out[r._field] = { value: r._value, ts: Date.parse(r._time) }
      return out
    },
    async ping() {
      let res: Response
      try {
        res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(opts.timeoutMs) })
      } catch (err) {
        throw new Error(`InfluxDB at ${new URL(opts.url).origin} unreachable: ${describeFetchError(err)}`)
      }
      await res.arrayBuffer().catch(() => undefined)
      if (res.status !== 200) throw new Error(`InfluxDB at ${new URL(opts.url).origin} answered /health with ${res.status}`)
    },
    async close() { /* stateless HTTP */ },
  }
}
