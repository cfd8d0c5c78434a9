import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { storedPoints } from './stored-points.js'
import type { MqttClient } from 'mqtt'
import { spawnHub, type HubProcess } from '../support/spawn-hub.js'
import { influxdAvailable, startInfluxd, type Influxd } from '../support/influxd.js'
import { connectMqtt } from '../support/mqtt-client.js'
import { waitFor } from '../support/free-port.js'
import { promValue } from '../support/telemetry-metrics.js'
import { deviceMqttOptions } from '../support/identity.js'

/*
 * Durable before acknowledged: devices publish QoS 1 telemetry at a steady rate to the built hub
 * (a child process), which is killed with SIGKILL at random moments and restarted on the same data
 * directory. Every PUBACK'd point must end up in the store exactly once; a point whose PUBACK never
 * arrived may or may not be there (the device would send it again), but nothing else may.
 */
const ADMIN_PASSWORD = 'crash-admin-password'
const DEVICES = ['crash-1', 'crash-2', 'crash-3']
const KILLS = 5
const DB = 'crash'

type Key = string // `${device} ${ts}`
class CrashPublishers {
  readonly acked = new Map<Key, number>() // → seq
  readonly attempted = new Map<Key, number>()
  private clients: MqttClient[] = []
  private timer: NodeJS.Timeout | null = null
  private seq = 0
  private lastTs = 0

  async connect(port: number, creds: Map<string, { id: string; token: string }>): Promise<void> {
    this.clients = await Promise.all(DEVICES.map(id => connectMqtt(`ws://127.0.0.1:${port}/ws`, { protocolVersion: 4, ...deviceMqttOptions(creds.get(id)!) })))
    for (const c of this.clients) c.on('error', () => undefined)
    this.timer = setInterval(() => {
      this.clients.forEach((c, i) => {
        if (!c.connected) return
        const device = DEVICES[i]!
        const ts = this.lastTs = Math.max(Date.now(), this.lastTs + 1)
        const seq = ++this.seq
        const key = `${device} ${ts}`
        this.attempted.set(key, seq)
        c.publish(`devices/${device}/telemetry`, JSON.stringify({ seq, ts }), { qos: 1 }, err => { if (!err) this.acked.set(key, seq) })
      })
    }, 10)
  }

  /** The hub is gone: drop the clients without waiting for PUBACKs that cannot come. */
  drop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    for (const c of this.clients) c.end(true)
    this.clients = []
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    // Let the last PUBACKs arrive, then close cleanly.
    await new Promise(r => setTimeout(r, 300))
    this.drop()
  }
}

async function provision(port: number): Promise<Map<string, { id: string; token: string }>> {
  const base = `http://127.0.0.1:${port}/api`
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) })
  const { token } = await login.json() as { token: string }
  const out = new Map<string, { id: string; token: string }>()
  for (const id of DEVICES) {
    const res = await fetch(`${base}/devices`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ id }) })
    const body = await res.json() as { device: { id: string }; token: string }
    out.set(id, { id: body.device.id, token: body.token })
  }
  return out
}

async function metrics(port: number): Promise<string> {
  return (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
}

/** Every acknowledged point stored with its value; every stored point was sent; no (device, ts) twice. */
function expectExactlyOnce(stored: Array<[string, number, number]>, pubs: CrashPublishers): void {
  const seen = new Map<Key, number>()
  for (const [device, ts, seq] of stored) {
    const key = `${device} ${ts}`
    expect(seen.has(key)).toBe(false)
    seen.set(key, seq)
  }
  const missing = [...pubs.acked].filter(([k, seq]) => seen.get(k) !== seq)
  expect(missing).toEqual([])
  const unknown = [...seen].filter(([k, seq]) => pubs.attempted.get(k) !== seq)
  expect(unknown).toEqual([])
  expect(pubs.acked.size).toBeGreaterThan(300)
}

const rand = (min: number, max: number) => min + Math.floor(Math.random() * (max - min))

let proc: HubProcess | null = null
let influxd: Influxd | null = null
let pubs: CrashPublishers | null = null
let dataDir = ''
afterEach(async () => {
  pubs?.drop()
  await proc?.kill('SIGKILL')
  await influxd?.destroy()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  proc = null; influxd = null; pubs = null; dataDir = ''
})

/** Runs KILLS cycles of publish → SIGKILL → restart; `storeDown(i)` says whether the store is down during cycle i. */
async function crashCycles(env: Record<string, string>, storeDown: (cycle: number) => boolean): Promise<{ port: number; kills: number }> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'tether-crash-'))
  const fullEnv = { TETHER_DATA_DIR: dataDir, TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, TETHER_TELEMETRY_FLUSH_MS: '50', TETHER_TELEMETRY_RETRY_BASE_MS: '100', TETHER_TELEMETRY_RETRY_MAX_MS: '500', TETHER_TELEMETRY_TIMEOUT_MS: '2000', LOG_LEVEL: 'warn', ...env }
  proc = await spawnHub({ ...fullEnv, LOG_LEVEL: 'info' })
  const creds = await provision(proc.port)
  pubs = new CrashPublishers()
  let kills = 0
  let down = false
  for (let cycle = 0; cycle < KILLS; cycle++) {
    if (influxd && storeDown(cycle) !== down) {
      down = storeDown(cycle)
      if (down) await influxd.stop(); else await influxd.start()
    }
    await pubs.connect(proc.port, creds)
    await new Promise(r => setTimeout(r, rand(400, 1800)))
    expect(await proc.kill('SIGKILL')).toBeNull()
    kills++
    pubs.drop()
    proc = await spawnHub({ ...fullEnv, LOG_LEVEL: 'info' })
  }
  if (influxd && down) await influxd.start()
  await pubs.connect(proc.port, creds)
  await new Promise(r => setTimeout(r, 500))
  await pubs.stop()
  await waitFor(async () => promValue(await metrics(proc!.port), 'tether_telemetry_spool_points') === 0, 30_000, 'journal drained into the store')
  return { port: proc.port, kills }
}

describe('telemetry survives SIGKILL: every PUBACKed point stored exactly once', () => {
  it('with the embedded store', async () => {
    const { port, kills } = await crashCycles({}, () => false)
    expect(kills).toBeGreaterThanOrEqual(5)
    const text = await metrics(port)
    // A kill inside an append leaves a torn record, which was never acknowledged: cut, not dropped.
    expect(promValue(text, 'tether_telemetry_points_dropped_total')).toBe(0)
    // Counters survive the kills: accepted covers at least every acknowledged point.
    expect(promValue(text, 'tether_telemetry_points_accepted_total')).toBeGreaterThanOrEqual(pubs!.acked.size)
    expect(await proc!.kill('SIGTERM')).toBe(0)
    // Every copy in the file: a point stored twice would show twice here.
    const rows = storedPoints(path.join(dataDir, 'telemetry.db')).filter(r => r.fields.seq !== undefined)
    expectExactlyOnce(rows.map(r => [r.device, r.ts, r.fields.seq as number]), pubs!)
  }, 90_000)

  it('with a real influxd, killed while it is up and while it is down', async () => {
    if (!influxdAvailable()) throw new Error('influxd (Debian package influxdb) is not installed')
    influxd = await startInfluxd()
    const { port, kills } = await crashCycles({ TELEMETRY_STORE: 'influx-v1', INFLUX_URL: influxd.url, INFLUX_DATABASE: DB }, cycle => cycle === 1 || cycle === 3)
    expect(kills).toBeGreaterThanOrEqual(5)
    expect(promValue(await metrics(port), 'tether_telemetry_points_dropped_total')).toBe(0)
    const res = await influxd.query(DB, 'SELECT "seq", "device" FROM "telemetry" ORDER BY time')
    const rows = ((res.results[0].series?.[0]?.values ?? []) as Array<[number, number, string]>).map(([ts, seq, device]) => [device, ts, seq] as [string, number, number])
    expectExactlyOnce(rows, pubs!)
  }, 120_000)
})
