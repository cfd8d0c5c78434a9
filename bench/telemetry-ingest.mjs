#!/usr/bin/env node
/**
 * Telemetry ingest benchmark (not a unit test). Run after `npm run build`:
 *   node bench/telemetry-ingest.mjs [--devices 20] [--points 60000] [--direct 200000] [--batch 5000]
 * Starts a private influxd 1.x (temp dir, free loopback ports), then in the same run measures:
 *   direct: batched line-protocol POSTs to /write (the ceiling for this influxd on this machine);
 *   e2e:    simulated devices (MQTT.js over WebSocket, QoS 1, a window of 64 in flight each) → the hub
 *           (child process, hub/dist/main.js, TETHER_TELEMETRY_STORE=influx-v1) → influxd, timed until
 *           influxd holds every point.
 * With --baseline 1 it first times the same publishes to a topic the pipeline ignores (MQTT path alone).
 * Prints one JSON line: points/s for both and the ratio e2e/direct. All traffic stays on 127.0.0.1.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import mqtt from 'mqtt'
import { freePort } from './lib/util.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, def) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def }
const DEVICES = arg('devices', 20)
const E2E_POINTS = arg('points', 60_000)
const DIRECT_POINTS = arg('direct', 200_000)
const BATCH = arg('batch', 5000)
const WINDOW = 64
/** --baseline 1: also time the same publishes to a non-telemetry topic (broker + WebSocket cost alone). */
const BASELINE = arg('baseline', 0) === 1
const DEADLINE_MS = 180_000

const sleep = ms => new Promise(r => setTimeout(r, ms))
async function waitFor(check, ms, what) {
  const end = Date.now() + ms
  while (Date.now() < end) { if (await check().catch(() => false)) return; await sleep(50) }
  throw new Error(`timed out waiting for ${what}`)
}

async function startInfluxd(dir) {
  mkdirSync(dir, { recursive: true })
  const port = await freePort(), rpc = await freePort()
  const conf = path.join(dir, 'influxdb.conf')
  writeFileSync(conf, `reporting-disabled = true\nbind-address = "127.0.0.1:${rpc}"\n[meta]\n  dir = "${dir}/meta"\n[data]\n  dir = "${dir}/data"\n  wal-dir = "${dir}/wal"\n  query-log-enabled = false\n[monitor]\n  store-enabled = false\n[http]\n  bind-address = "127.0.0.1:${port}"\n  log-enabled = false\n[logging]\n  level = "error"\n[continuous_queries]\n  enabled = false\n`)
  const child = spawn(process.env.INFLUXD_BIN ?? 'influxd', ['-config', conf], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  await waitFor(async () => (await fetch(`${url}/ping`)).status === 204, 20_000, 'influxd')
  return { url, child }
}

async function influxQuery(url, db, q) {
  const res = await fetch(`${url}/query?db=${db}&q=${encodeURIComponent(q)}`, { method: 'POST' })
  return res.json()
}
async function count(url, db) {
  const r = await influxQuery(url, db, 'SELECT count("seq") FROM "telemetry"')
  return r.results?.[0]?.series?.[0]?.values?.[0]?.[1] ?? 0
}

async function direct(url) {
  await influxQuery(url, 'bench_direct', 'CREATE DATABASE bench_direct')
  const t0 = Date.now() - 3_600_000
  const lines = i => `telemetry,device=dev-${i % DEVICES} seq=${i},temp=${20 + (i % 100) / 10},hum=${40 + (i % 50) / 10} ${t0 + i}`
  const start = process.hrtime.bigint()
  for (let i = 0; i < DIRECT_POINTS; i += BATCH) {
    const body = Array.from({ length: Math.min(BATCH, DIRECT_POINTS - i) }, (_, k) => lines(i + k)).join('\n')
    const res = await fetch(`${url}/write?db=bench_direct&precision=ms`, { method: 'POST', body })
    if (res.status !== 204) throw new Error(`direct write answered ${res.status}`)
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9
  return { points: DIRECT_POINTS, seconds: +secs.toFixed(3), pointsPerSecond: Math.round(DIRECT_POINTS / secs) }
}

function spawnHub(env) {
  const child = spawn(process.execPath, [path.join(root, 'hub/dist/main.js')], { env: { PATH: process.env.PATH, TETHER_PORT: '0', TETHER_HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.once('exit', code => reject(new Error(`hub exited ${code}`)))
    createInterface({ input: child.stdout }).on('line', line => {
      if (line.includes('"hub listening"')) resolve({ child, port: JSON.parse(line).port })
    })
  })
}

const ADMIN_PASSWORD = 'bench-admin-password'

/** CPU time (user + system) of a process so far, µs, from /proc (Linux). */
function cpuMicros(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 1e6 / 100 // utime, stime in clock ticks (100 Hz)
  } catch { return NaN }
}

/** Registers the simulated devices through the hub's REST API; returns each one's MQTT password. */
async function provision(port) {
  const base = `http://127.0.0.1:${port}/api`
  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) })
  const { token } = await login.json()
  const tokens = []
  for (let i = 0; i < DEVICES; i++) {
    const res = await fetch(`${base}/devices`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ id: `dev-${i}` }) })
    if (res.status !== 201) throw new Error(`device provisioning answered ${res.status}`)
    tokens.push((await res.json()).token)
  }
  return tokens
}

async function e2e(url, dataDir, topicLeaf = 'telemetry') {
  const { child, port } = await spawnHub({
    TETHER_LOG_LEVEL: 'info', TETHER_DATA_DIR: dataDir, TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, TETHER_TELEMETRY_STORE: 'influx-v1', TETHER_INFLUX_URL: url, TETHER_INFLUX_DATABASE: 'bench_e2e',
    TETHER_TELEMETRY_BATCH_POINTS: String(BATCH), TETHER_TELEMETRY_FLUSH_MS: '200',
  })
  try {
    const passwords = await provision(port)
    const clients = await Promise.all(Array.from({ length: DEVICES }, (_, i) => new Promise((resolve, reject) => {
      const c = mqtt.connect(`ws://127.0.0.1:${port}/ws`, { clientId: `dev-${i}`, username: `dev-${i}`, password: passwords[i], protocolVersion: 4, reconnectPeriod: 0 })
      c.once('connect', () => resolve(c)); c.once('error', reject)
    })))
    // Warm-up (JIT, sockets) on a topic the pipeline ignores, so phase order does not skew the figures.
    await Promise.all(clients.map((c, d) => Promise.all(Array.from({ length: 100 }, (_, i) => c.publishAsync(`devices/dev-${d}/meta`, JSON.stringify({ seq: i }), { qos: 1 })))))
    const perDevice = Math.ceil(E2E_POINTS / DEVICES)
    const total = perDevice * DEVICES
    const t0 = Date.now() - 3_600_000
    const start = process.hrtime.bigint()
    const cpu0 = cpuMicros(child.pid)
    await Promise.all(clients.map(async (c, d) => {
      let next = 0
      const worker = async () => {
        while (next < perDevice) {
          const i = next++
          await c.publishAsync(`devices/dev-${d}/${topicLeaf}`, JSON.stringify({ seq: i, temp: 20 + (i % 100) / 10, hum: 40 + (i % 50) / 10, ts: t0 + i }), { qos: 1 })
        }
      }
      await Promise.all(Array.from({ length: WINDOW }, worker))
    }))
    const published = Number(process.hrtime.bigint() - start) / 1e9
    if (topicLeaf !== 'telemetry') {
      await Promise.all(clients.map(c => new Promise(r => c.end(true, {}, r))))
      const cpu = cpuMicros(child.pid) - cpu0
      return { devices: DEVICES, points: total, seconds: +published.toFixed(3), pointsPerSecond: Math.round(total / published), hubCpuMicrosPerMessage: +(cpu / total).toFixed(1) }
    }
    await waitFor(async () => (await count(url, 'bench_e2e')) === total, DEADLINE_MS, 'all e2e points in influxd')
    const secs = Number(process.hrtime.bigint() - start) / 1e9
    const cpu = cpuMicros(child.pid) - cpu0
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
    const dropped = [...metrics.matchAll(/^tether_telemetry_points_dropped_total(?:\{[^}]*\})? (\S+)$/gm)].reduce((n, m) => n + Number(m[1]), 0)
    const fsyncs = Number(/^tether_telemetry_journal_fsyncs_total (\S+)$/m.exec(metrics)?.[1] ?? NaN)
    await Promise.all(clients.map(c => new Promise(r => c.end(true, {}, r))))
    return { devices: DEVICES, points: total, publishSeconds: +published.toFixed(3), seconds: +secs.toFixed(3), pointsPerSecond: Math.round(total / secs), hubCpuMicrosPerPoint: +(cpu / total).toFixed(1), journalFsyncs: fsyncs, dropped }
  } finally {
    child.kill('SIGTERM')
    await new Promise(r => child.once('exit', r))
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'tether-bench-'))
const influx = await startInfluxd(path.join(dir, 'influx'))
try {
  const d = await direct(influx.url)
  const b = BASELINE ? await e2e(influx.url, path.join(dir, 'hub-baseline'), 'meta') : undefined
  const e = await e2e(influx.url, path.join(dir, 'hub'))
  console.log(JSON.stringify({ bench: 'telemetry-ingest', node: process.version, direct: d, e2e: e, ...(b ? { mqttPublishOnly: b, storeOnVsOff: +(e.pointsPerSecond / b.pointsPerSecond).toFixed(3), cpuPerPointVsPerMessage: +(e.hubCpuMicrosPerPoint / b.hubCpuMicrosPerMessage).toFixed(2) } : {}), ratio: +(e.pointsPerSecond / d.pointsPerSecond).toFixed(3) }))
} finally {
  influx.child.kill('SIGTERM')
  await new Promise(r => influx.child.once('exit', r))
  rmSync(dir, { recursive: true, force: true })
}
