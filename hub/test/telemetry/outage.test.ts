import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { influxdAvailable, startInfluxd, type Influxd } from '../support/influxd.js'
import { metricValue, promValue } from '../support/telemetry-metrics.js'
import { waitFor } from '../support/free-port.js'
import { SteadyPublishers } from '../support/telemetry-publisher.js'
import { spawnHub, type HubProcess } from '../support/spawn-hub.js'
import { deviceMqttOptions, provisionDevice } from '../support/identity.js'

const OUTAGE_MS = 30_000
const DB = 'outage'
const ADMIN_PASSWORD = 'outage-admin-password'

/** Registers devices through the REST API of a child-process hub; returns their MQTT options. */
async function provisionOverRest(port: number, ids: string[]) {
  const base = `http://127.0.0.1:${port}/api`
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) })
  const { token } = await login.json() as { token: string }
  const creds = new Map<string, ReturnType<typeof deviceMqttOptions>>()
  for (const id of ids) {
    const res = await fetch(`${base}/devices`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ id }) })
    const body = await res.json() as { device: { id: string }; token: string }
    creds.set(id, deviceMqttOptions({ id: body.device.id, token: body.token }))
  }
  return creds
}
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

let influxd: Influxd | null = null
let hub: TestHub | null = null
let proc: HubProcess | null = null
let pubs: SteadyPublishers | null = null
let dataDir = ''
afterEach(async () => {
  await pubs?.disconnect()
  await hub?.stop()
  await proc?.kill('SIGKILL')
  await influxd?.destroy()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  influxd = null; hub = null; proc = null; pubs = null; dataDir = ''
})

/** Every PUBACKed point is in influxd exactly once, with its value. */
async function expectExactlyOnce(db: Influxd, sent: SteadyPublishers): Promise<void> {
  for (const [id, points] of sent.sent) {
    const res = await db.query(DB, `SELECT "seq" FROM "telemetry" WHERE "device" = '${id}' ORDER BY time`)
    const rows = (res.results[0].series?.[0]?.values ?? []) as Array<[number, number]>
    expect(rows.length).toBe(points.length)
    expect(rows).toEqual(points.map(p => [p.ts, p.seq]))
  }
}

async function countIn(db: Influxd): Promise<number> {
  const res = await db.query(DB, 'SELECT count("seq") FROM "telemetry"')
  return (res.results[0].series?.[0]?.values?.[0]?.[1] as number | undefined) ?? 0
}

const env = (url: string) => ({ TETHER_TELEMETRY_STORE: 'influx-v1', TETHER_INFLUX_URL: url, TETHER_INFLUX_DATABASE: DB, TETHER_TELEMETRY_FLUSH_MS: '100', TETHER_TELEMETRY_RETRY_BASE_MS: '200', TETHER_TELEMETRY_RETRY_MAX_MS: '2000', TETHER_TELEMETRY_TIMEOUT_MS: '2000' })

describe('telemetry through an InfluxDB outage (real influxd, MQTT over WebSocket)', () => {
  it('writes every point exactly once after influxd is stopped for 30 s and started again; dropped stays 0', async () => {
    if (!influxdAvailable()) throw new Error('influxd (Debian package influxdb) is not installed')
    influxd = await startInfluxd()
    hub = await startTestHub({}, { persistMqtt: false }, env(influxd.url))
    pubs = new SteadyPublishers(['out-1', 'out-2', 'out-3'], 100)
    const creds = new Map(pubs.ids.map(id => [id, deviceMqttOptions(provisionDevice(hub!, id))]))
    await pubs.connect(hub.wsUrl, id => creds.get(id)!)
    pubs.start()
    await sleep(3000)
    await influxd.stop() // by PID
    await sleep(OUTAGE_MS)
    const writer = hub.hub.services.telemetry.writer
    expect(writer.storeDown).toBe(true)
    expect(await metricValue(writer, 'spooled')).toBeGreaterThan(0)
    expect((await fetch(`${hub.httpUrl}/readyz`)).status).toBe(503)
    await influxd.start()
    await sleep(3000)
    await pubs.pause()
    await waitFor(async () => await countIn(influxd!) === pubs!.total, 60_000, 'spool replayed into influxd')
    await expectExactlyOnce(influxd, pubs)
    expect(await metricValue(writer, 'dropped')).toBe(0)
    expect(await metricValue(writer, 'accepted')).toBe(pubs.total)
    await waitFor(async () => (await fetch(`${hub!.httpUrl}/readyz`)).status === 200, 10_000, 'ready again')
  }, 150_000)

  it('loses nothing when the hub gets SIGTERM in the middle of the outage and restarts', async () => {
    if (!influxdAvailable()) throw new Error('influxd (Debian package influxdb) is not installed')
    influxd = await startInfluxd()
    dataDir = mkdtempSync(path.join(tmpdir(), 'tether-outage-'))
    proc = await spawnHub({ TETHER_DATA_DIR: dataDir, TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env(influxd.url) })
    pubs = new SteadyPublishers(['sig-1', 'sig-2'], 100)
    const creds = await provisionOverRest(proc.port, pubs.ids)
    await pubs.connect(`ws://127.0.0.1:${proc.port}/ws`, id => creds.get(id)!)
    pubs.start()
    await sleep(3000)
    await influxd.stop()
    await sleep(OUTAGE_MS / 2)
    await pubs.disconnect() // PUBACKed points are the hub's responsibility from here
    expect(await proc.kill('SIGTERM')).toBe(0)
    expect(proc.logs.some(l => l.includes('telemetry writer closed'))).toBe(true)

    proc = await spawnHub({ TETHER_DATA_DIR: dataDir, TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env(influxd.url) })
    await pubs.connect(`ws://127.0.0.1:${proc.port}/ws`, id => creds.get(id)!) // tokens survive the restart
    pubs.start()
    await sleep(OUTAGE_MS / 2)
    await influxd.start()
    await sleep(3000)
    await pubs.pause()
    await waitFor(async () => await countIn(influxd!) === pubs!.total, 60_000, 'spool replayed after restart')
    await expectExactlyOnce(influxd, pubs)
    expect(proc.logs.some(l => l.includes('replaying'))).toBe(true)
    const text = await (await fetch(`http://127.0.0.1:${proc.port}/metrics`)).text()
    expect(promValue(text, 'tether_telemetry_points_dropped_total')).toBe(0)
  }, 180_000)
})
