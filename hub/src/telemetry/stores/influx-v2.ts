import { InfluxDB, setLogger, type WriteApi } from '@influxdata/influxdb-client'
import { encodePoint } from '../line-protocol.js'
import type { FieldValue } from '../point.js'
import { historyFlux, latestFlux } from '../flux.js'
import { classifyStatus, StoreWriteError, type HistorySample, type LatestValue, type TelemetryStore } from '../store.js'
import { describeFetchError } from './http-write.js'

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
 * InfluxDB 2.x API through @influxdata/influxdb-client. Its own retry buffer lives in memory only,
 * drops the oldest lines past maxBufferLines and is discarded by close(), so it is switched off
 * (maxRetries 0, no flush timer): every write is one awaited flush and the hub's batching writer
 * owns retries and the on-disk spool.
 */
export function createInfluxV2Store(opts: InfluxV2Options): TelemetryStore {
  const client = new InfluxDB({ url: opts.url, token: opts.token, timeout: opts.timeoutMs })
  const writeApi: WriteApi = client.getWriteApi(opts.org, opts.bucket, 'ms', {
    maxRetries: 0,
    flushInterval: 0,
    batchSize: 100_000,
    maxBatchBytes: 512 * 1024 * 1024,
    maxBufferLines: 100_000,
  })
  const queryApi = client.getQueryApi(opts.org)
  const base = opts.url.replace(/\/+$/, '')

  return {
    kind: 'influx-v2',
    target: `${new URL(opts.url).origin} org=${opts.org} bucket=${opts.bucket}`,
    async write(points) {
      writeApi.writeRecords(points.map(encodePoint))
      try {
        await writeApi.flush()
      } catch (err) {
        const status = (err as { statusCode?: number }).statusCode
        if (typeof status === 'number') throw new StoreWriteError(classifyStatus(status), `write answered ${status}: ${String((err as Error).message).slice(0, 300)}`, status)
        throw new StoreWriteError('retry', `write failed: ${describeFetchError(err)}`)
      }
    },
    async query(q) {
      const rows = await queryApi.collectRows<{ _time: string; _value: FieldValue }>(historyFlux(opts.bucket, q))
      return rows.map((r): HistorySample => ({ t: Date.parse(r._time), v: r._value ?? null }))
    },
    async latest(device) {
      const rows = await queryApi.collectRows<{ _time: string; _field: string; _value: FieldValue }>(latestFlux(opts.bucket, device))
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
    async close() {
      // Nothing is buffered in the client (each write flushed); dispose without a final send.
      writeApi.dispose()
    },
  }
}
