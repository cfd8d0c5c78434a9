import { describe, it, expect, afterEach } from '@jest/globals'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import { freePort, waitFor } from '../support/free-port.js'
import { metricValue } from '../support/telemetry-metrics.js'
import { loadConfig } from '../../src/config.js'
import { adminToken, deviceMqttOptions, provisionDevice } from '../support/identity.js'

async function get(t: TestHub, path: string, token?: string): Promise<Response> {
  return fetch(`${t.httpUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})
}

let hub: TestHub | null = null
afterEach(async () => { await hub?.stop(); hub = null })

describe('telemetry pipeline with the default (embedded) store', () => {
  it('stores published telemetry in data/telemetry.db and serves latest and history', async () => {
    hub = await startTestHub({ telemetryFlushMs: 20 }, { persistMqtt: false })
    expect(hub.hub.services.telemetry.store.kind).toBe('embedded')
    expect(existsSync(path.join(hub.dataDir, 'telemetry.db'))).toBe(true)
    const dev = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'emb-1')) })
    const t0 = Math.floor(Date.now() / 60_000) * 60_000 - 120_000
    for (let i = 0; i < 6; i++) await dev.publishAsync('devices/emb-1/telemetry', JSON.stringify({ temp: 20 + i, door: i % 2 === 0, ts: t0 + i * 20_000 }), { qos: 1 })
    await waitFor(async () => (await metricValue(hub!.hub.services.telemetry.writer, 'written')) === 6, 5000, 'points written')
    await endMqtt(dev)

    const token = await adminToken(hub)
    const latest = await (await get(hub, '/api/devices/emb-1/latest', token)).json()
    expect(latest).toEqual({ device: 'emb-1', fields: { temp: { value: 25, ts: t0 + 100_000 }, door: { value: false, ts: t0 + 100_000 } } })
    const hist = await (await get(hub, `/api/devices/emb-1/telemetry?field=temp&from=${t0}&to=${t0 + 180_000}&every=1m&agg=mean`, token)).json()
    expect(hist).toEqual({ device: 'emb-1', field: 'temp', agg: 'mean', every: 60_000, from: t0, to: t0 + 180_000, points: [{ t: t0, v: 21 }, { t: t0 + 60_000, v: 24 }] })
    const last = await (await get(hub, `/api/devices/emb-1/telemetry?field=door&from=${t0}&to=${t0 + 180_000}&every=1m&agg=last`, token)).json() as { points: unknown[] }
    expect(last.points).toEqual([{ t: t0, v: true }, { t: t0 + 60_000, v: false }])
    expect((await fetch(`${hub.httpUrl}/readyz`)).status).toBe(200)
  })

  it('deletes points older than TETHER_TELEMETRY_RETENTION_DAYS soon after start, counts them, and keeps the rest', async () => {
    hub = await startTestHub({ telemetryFlushMs: 20, telemetryRetentionDays: 1 }, { persistMqtt: false })
    const dev = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'ret-1')) })
    const day = 86_400_000
    const now = Date.now()
    const stamps = [now - 3 * day, now - 2 * day, now - day - 60_000, now - 3_600_000, now - 60_000]
    for (const [i, ts] of stamps.entries()) await dev.publishAsync('devices/ret-1/telemetry', JSON.stringify({ temp: i, ts }), { qos: 1 })
    await endMqtt(dev)
    const writer = hub.hub.services.telemetry.writer
    await waitFor(async () => (await metricValue(writer, 'written')) === 5, 5000, 'points written')
    await waitFor(async () => (await metricValue(writer, 'pruned')) === 3, 15_000, 'the retention pass after start')

    const token = await adminToken(hub)
    const range = `field=temp&from=${now - 4 * day}&to=${now}&every=1h&agg=last`
    const hist = await (await get(hub, `/api/devices/ret-1/telemetry?${range}`, token)).json() as { points: Array<{ v: number }> }
    expect(hist.points.map(p => p.v)).toEqual([3, 4])
    expect((await (await get(hub, '/api/devices/ret-1/latest', token)).json() as { fields: unknown }).fields).toEqual({ temp: { value: 4, ts: stamps[4] } })
    const metrics = await (await get(hub, '/metrics')).text()
    expect(metrics).toMatch(/^tether_telemetry_points_pruned_total 3$/m)
  }, 30_000)

  it('exports history as CSV or JSON lines (format= or Accept), and refuses an unknown format', async () => {
    hub = await startTestHub({ telemetryFlushMs: 20 }, { persistMqtt: false })
    const dev = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'exp-1')) })
    const t0 = Math.floor(Date.now() / 60_000) * 60_000 - 600_000
    for (let i = 0; i < 5; i++) await dev.publishAsync('devices/exp-1/telemetry', JSON.stringify({ temp: 20 + i, ts: t0 + i * 60_000 }), { qos: 1 })
    await waitFor(async () => (await metricValue(hub!.hub.services.telemetry.writer, 'written')) === 5, 5000, 'points written')
    await endMqtt(dev)
    const token = await adminToken(hub)
    const range = `field=temp&from=${t0}&to=${t0 + 300_000}&every=1m&agg=mean`

    const csv = await get(hub, `/api/devices/exp-1/telemetry?${range}&format=csv`, token)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="exp-1_temp_\d{8}T\d{6}Z_\d{8}T\d{6}Z\.csv"$/)
    const lines = (await csv.text()).split('\r\n')
    expect(lines[0]).toBe('time,ts,temp_mean')
    expect(lines.slice(1, -1).map(l => l.split(','))).toEqual([0, 1, 2, 3, 4].map(i => [new Date(t0 + i * 60_000).toISOString(), String(t0 + i * 60_000), String(20 + i)]))
    expect(lines.at(-1)).toBe('')

    const byAccept = await fetch(`${hub.httpUrl}/api/devices/exp-1/telemetry?${range}`, { headers: { authorization: `Bearer ${token}`, accept: 'text/csv' } })
    expect(byAccept.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect((await byAccept.text()).split('\r\n')).toHaveLength(7)

    const jsonl = await get(hub, `/api/devices/exp-1/telemetry?${range}&format=jsonl`, token)
    expect(jsonl.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const rows = (await jsonl.text()).trim().split('\n').map(l => JSON.parse(l))
    expect(rows.map(r => [r.t, r.v])).toEqual([0, 1, 2, 3, 4].map(i => [t0 + i * 60_000, 20 + i]))
    expect(rows[0]).toEqual({ device: 'exp-1', field: 'temp', t: t0, time: new Date(t0).toISOString(), v: 20 })

    const json = await get(hub, `/api/devices/exp-1/telemetry?${range}&format=json`, token)
    expect(((await json.json()) as { points: unknown[] }).points).toHaveLength(5)

    const bad = await get(hub, `/api/devices/exp-1/telemetry?${range}&format=xml`, token)
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: unknown }).error).toMatchObject({ code: 'TELEMETRY_ERR_BAD_QUERY', parameter: 'format' })
  })

  it('answers 400 naming the parameter for a bad range or an unknown field', async () => {
    hub = await startTestHub({}, { persistMqtt: false })
    const token = await adminToken(hub)
    const cases: Array<[string, string]> = [
      ['field=temp&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
      ['field=temp&to=soon', 'to'],
      ['field=temp&agg=avg', 'agg'],
      ['field=temp&every=fast', 'every'],
      ['', 'field'],
      ['field=ghost', 'field'],
    ]
    for (const [qs, parameter] of cases) {
      const res = await get(hub, `/api/devices/emb-1/telemetry?${qs}`, token)
      expect(res.status).toBe(400)
      const body = await res.json() as { error: { code: string; parameter: string; message: string } }
      expect(body.error).toMatchObject({ code: 'TELEMETRY_ERR_BAD_QUERY', parameter })
    }
  })

  it('runs with an unreachable InfluxDB: logs it, /readyz 503 with the reason, publishes still accepted', async () => {
    const closedPort = await freePort() // nothing listens there
    hub = await startTestHub({ telemetryFlushMs: 20 }, { persistMqtt: false }, { TETHER_TELEMETRY_STORE: 'influx-v1', TETHER_INFLUX_URL: `http://127.0.0.1:${closedPort}`, TETHER_TELEMETRY_TIMEOUT_MS: '500' })
    await waitFor(async () => (await fetch(`${hub!.httpUrl}/readyz`)).status === 503, 5000, 'readyz 503')
    const body = await (await fetch(`${hub.httpUrl}/readyz`)).json() as { checks: Array<{ name: string; ok: boolean; detail?: string }> }
    expect(body.checks.find(c => c.name === 'telemetry')).toMatchObject({
      ok: false,
      // A loaded machine may hit the probe's timeout before the refusal is read: both mean unreachable.
      detail: expect.stringMatching(new RegExp(`^influx-v1 InfluxDB at http://127\\.0\\.0\\.1:${closedPort} unreachable: (ECONNREFUSED|timed out)$`)),
    })
    const dev = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'emb-2')) })
    await dev.publishAsync('devices/emb-2/telemetry', '{"temp":1}', { qos: 1 })
    await waitFor(async () => (await metricValue(hub!.hub.services.telemetry.writer, 'spooled')) === 1, 5000, 'point spooled')
    await endMqtt(dev)
    expect((await get(hub, '/api/devices/emb-2/latest', await adminToken(hub))).status).toBe(503)
  })

  it('answers 401 without a token on both history routes', async () => {
    hub = await startTestHub({}, { persistMqtt: false })
    expect((await get(hub, '/api/devices/emb-1/latest')).status).toBe(401)
    expect((await get(hub, '/api/devices/emb-1/telemetry?field=temp')).status).toBe(401)
  })

  it.each([
    [{ TETHER_TELEMETRY_STORE: 'influx' }, /TETHER_TELEMETRY_STORE="influx" is not one of embedded, influx-v1, influx-v2/],
    [{ TETHER_TELEMETRY_STORE: 'influx-v1' }, /needs TETHER_INFLUX_URL/],
    [{ TETHER_TELEMETRY_STORE: 'influx-v2', TETHER_INFLUX_URL: 'http://x:8086' }, /needs TETHER_INFLUX_ORG and TETHER_INFLUX_TOKEN/],
    [{ TETHER_INFLUX_URL: 'influx:8086' }, /TETHER_INFLUX_URL="influx:8086" is not an http\(s\) URL/],
  ])('refuses config %j with a sentence naming the fix', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message)
  })

  it.each([
    [{}, 'embedded'],
    [{ TETHER_INFLUX_URL: 'http://influx:8086' }, 'influx-v1'],
    [{ TETHER_INFLUX_URL: 'http://influx:8086', TETHER_INFLUX_ORG: 'o', TETHER_INFLUX_TOKEN: 't' }, 'influx-v2'],
  ])('picks the store from %j → %s', (env, store) => {
    expect(loadConfig(env).telemetryStore).toBe(store)
  })
})
