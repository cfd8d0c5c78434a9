import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { MqttClient } from 'mqtt'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import { influxdAvailable, startInfluxd, type Influxd } from '../support/influxd.js'
import { metricValue } from '../support/telemetry-metrics.js'
import { waitFor } from '../support/free-port.js'
import { adminToken, createOperator, deviceMqttOptions, provisionDevice } from '../support/identity.js'

// REST keeps rooms to ids; the registry itself takes any text, so the line protocol must cope:
// separators are escaped, and a newline (which no tag value can hold) leaves the tag off, counted.
const ROOM = 'lab 2, west=wing\nnorth'

let influxd: Influxd
let hub: TestHub
let client: MqttClient
beforeAll(async () => {
  if (!influxdAvailable()) throw new Error('influxd (Debian package influxdb) is not installed')
  influxd = await startInfluxd()
  hub = await startTestHub({ telemetryFlushMs: 50 }, { persistMqtt: false }, { TETHER_TELEMETRY_STORE: 'influx-v1', TETHER_INFLUX_URL: influxd.url, TETHER_INFLUX_DATABASE: 'bad' })
  await waitFor(async () => (await fetch(`${hub.httpUrl}/readyz`)).status === 200, 10_000, 'hub ready with influxd')
  const device = provisionDevice(hub, 'th-bad', { name: 'Thermo', room: ROOM, model: 'TH 1,a=b' })
  client = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(device) })
}, 40_000)
afterAll(async () => {
  await endMqtt(client, true).catch(() => undefined)
  await hub?.stop()
  await influxd?.destroy()
})

const publish = (payload: string | Buffer) => client.publishAsync('devices/th-bad/telemetry', payload, { qos: 1 })

describe('bad telemetry against a real influxd', () => {
  it('writes good points with escaped tags, counts bad ones, and keeps the device session', async () => {
    let closed = false
    client.on('close', () => { closed = true })
    const t0 = Date.now() - 10_000
    await publish(JSON.stringify({ temp: 20.5, note: 'say "hi" \\ there', ts: t0 }))
    await waitFor(async () => (await metricValue(hub.hub.services.telemetry.writer, 'written')) >= 1, 10_000, 'first point written')

    await publish('not json at all')
    await publish('{"temp": NaN}')
    await publish('{"temp": 1e999}')
    await publish('{"temp": -1e999}')
    await publish(JSON.stringify({ blob: 'x'.repeat(100_000) }))
    await publish(Buffer.from([0xff, 0xfe, 0x00]))
    // A type conflict only the store can see: temp is a float in InfluxDB.
    await publish(JSON.stringify({ temp: 'hot', ts: t0 + 1000 }))
    await publish(JSON.stringify({ temp: 21.5, ts: t0 + 2000 }))

    const w = hub.hub.services.telemetry.writer
    await waitFor(async () => (await metricValue(w, 'rejected', { reason: 'store_rejected' })) === 1 && (await metricValue(w, 'written')) >= 2, 10_000, 'conflict set aside')
    expect(await metricValue(w, 'rejected', { reason: 'not_json' })).toBe(2)
    expect(await metricValue(w, 'rejected', { reason: 'not_utf8' })).toBe(1)
    expect(await metricValue(w, 'rejected', { reason: 'unencodable_tag' })).toBeGreaterThanOrEqual(2)
    expect(await metricValue(w, 'rejected', { reason: 'non_finite' })).toBe(2)
    expect(await metricValue(w, 'rejected', { reason: 'too_large' })).toBe(1)
    expect(await metricValue(w, 'dropped')).toBe(0)

    const res = await influxd.query('bad', 'SELECT "temp", "note", "room", "model", "device" FROM "telemetry" ORDER BY time')
    const rows = res.results[0].series[0].values as unknown[][]
    expect(rows).toEqual([
      [t0, 20.5, 'say "hi" \\ there', null, 'TH 1,a=b', 'th-bad'],
      [t0 + 2000, 21.5, null, null, 'TH 1,a=b', 'th-bad'],
    ])
    // The session lived through all of it.
    expect(closed).toBe(false)
    expect(client.connected).toBe(true)
  })

  it('serves history and latest from influxd to a viewer in the common JSON shape, and 400 naming the parameter', async () => {
    const { token } = await createOperator(hub, 'vera', 'viewer')
    const auth = { headers: { authorization: `Bearer ${token}` } }
    const latest = await (await fetch(`${hub.httpUrl}/api/devices/th-bad/latest`, auth)).json() as { device: string; fields: Record<string, { value: unknown }> }
    expect(latest.device).toBe('th-bad')
    expect(latest.fields.temp!.value).toBe(21.5)
    const from = Date.now() - 60_000
    const hist = await (await fetch(`${hub.httpUrl}/api/devices/th-bad/telemetry?field=temp&from=${from}&every=1h&agg=max`, auth)).json() as { points: Array<{ v: number }> }
    expect(hist.points.map(p => p.v).reduce((a, b) => Math.max(a, b), 0)).toBe(21.5)
    for (const [qs, parameter] of [['field=nope', 'field'], ['field=temp&from=xyz', 'from'], ['field=temp&every=1ms', 'every'], ['field=note&agg=mean', 'agg']] as const) {
      const r = await fetch(`${hub.httpUrl}/api/devices/th-bad/telemetry?${qs}`, { headers: { authorization: `Bearer ${await adminToken(hub)}` } })
      expect(r.status).toBe(400)
      expect(((await r.json()) as { error: { parameter: string } }).error.parameter).toBe(parameter)
    }
  })
})
