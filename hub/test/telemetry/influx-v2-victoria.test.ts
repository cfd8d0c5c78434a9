import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { createInfluxV2Store } from '../../src/telemetry/stores/influx-v2.js'
import { buildPoint } from '../../src/telemetry/point.js'
import { StoreQueryUnsupportedError, StoreWriteError } from '../../src/telemetry/store.js'
import { startTestHub } from '../support/test-hub.js'
import { adminToken } from '../support/identity.js'
import { startVictoriaMetrics, victoriaAvailable, type VictoriaMetrics } from '../support/victoria-metrics.js'
import { freePort, waitFor } from '../support/free-port.js'

/**
 * InfluxDB 2 cannot be installed here. VictoriaMetrics implements /api/v2/write, so the 2.x
 * adapter's writes (WriteApi, org/bucket/token, line protocol, ms precision) are verified by
 * reading the samples back from it. Flux queries are not: their text is unit-tested (queries.test.ts).
 */
let vm: VictoriaMetrics
beforeAll(async () => {
  if (!victoriaAvailable()) throw new Error('victoria-metrics (Debian package) is not installed')
  vm = await startVictoriaMetrics()
}, 30_000)
afterAll(async () => { await vm?.destroy() })

describe('influx-v2 store against a real /api/v2/write (VictoriaMetrics)', () => {
  it('lands every point of a batch with its tags, values and ms timestamps', async () => {
    const store = createInfluxV2Store({ url: vm.url, org: 'tether', bucket: 'tele', token: 'secret-token', timeoutMs: 5000 })
    await store.ping()
    const t0 = Date.now() - 60_000
    const points = Array.from({ length: 50 }, (_, i) => buildPoint('v2-dev', { temp: 20 + i / 10, on: i % 2 === 0 }, t0 + i * 1000, { room: 'lab 2, west', model: 'm=1' }))
    await store.write(points)
    let series: Awaited<ReturnType<VictoriaMetrics['exportSeries']>> = []
    await waitFor(async () => {
      series = await vm.exportSeries('{__name__="telemetry_temp",device="v2-dev"}')
      return series.length === 1 && series[0]!.values.length === 50
    }, 15_000, 'points in victoria-metrics')
    const s = series[0]!
    expect(s.metric).toMatchObject({ device: 'v2-dev', room: 'lab 2, west', model: 'm=1' })
    expect(s.timestamps).toEqual(points.map(p => p.ts)) // written with precision=ns
    expect(s.values).toEqual(points.map(p => p.fields.temp))
    await store.close()
  })

  it('says the store has no Flux (501) rather than "unreachable" when the query API is missing', async () => {
    const store = createInfluxV2Store({ url: vm.url, org: 'tether', bucket: 'tele', token: 'secret-token', timeoutMs: 5000 })
    await expect(store.latest('v2-dev')).rejects.toBeInstanceOf(StoreQueryUnsupportedError)
    const hub = await startTestHub({}, { persistMqtt: false }, { TELEMETRY_STORE: 'influx-v2', INFLUX_URL: vm.url, INFLUX_ORG: 'tether', INFLUX_TOKEN: 'secret-token' })
    try {
      const res = await fetch(`${hub.httpUrl}/api/devices/v2-dev/latest`, { headers: { authorization: `Bearer ${await adminToken(hub)}` } })
      expect(res.status).toBe(501)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TELEMETRY_ERR_NO_FLUX')
    } finally { await hub.stop() }
  })

  it('reports a down server as a retryable write error, never a silent drop', async () => {
    const store = createInfluxV2Store({ url: `http://127.0.0.1:${await freePort()}`, org: 'o', bucket: 'b', token: 't', timeoutMs: 2000 })
    const err = await store.write([buildPoint('x', { v: 1 }, Date.now())]).then(() => null, e => e)
    expect(err).toBeInstanceOf(StoreWriteError)
    expect((err as StoreWriteError).kind).toBe('retry')
    await expect(store.ping()).rejects.toThrow(/unreachable: ECONNREFUSED/)
  })
})
