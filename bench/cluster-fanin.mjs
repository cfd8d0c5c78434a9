#!/usr/bin/env node
/**
 * Cluster fan-in benchmark (not a unit test). Run after `npm run build`; `npm run bench` runs it
 * with the spec below, or by hand: `node bench/cluster-fanin.mjs '{"profile":"quick"}'`.
 * Same devices, same load, two shapes, one after the other:
 *   single:  one hub (embedded SQLite + LevelDB), pinned to one core;
 *   cluster: two hubs on a real redis-server and PostgreSQL (started here, temp dirs, loopback),
 *            one hub per core, devices split between them.
 * Devices (MQTT.js over WebSocket, QoS 1, a window of 32 in flight each) publish telemetry as fast
 * as the hubs acknowledge. Reports messages/s and the CPU time per message of every server process
 * involved (hubs, and in cluster mode Redis and PostgreSQL with its backends), from /proc.
 * Prints `BENCH-RESULT {title, columns, rows, notes}` (bench/README.md).
 */
import { spawn, spawnSync } from 'node:child_process'
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import mqtt from 'mqtt'
import { freePort } from './lib/util.mjs'
import pg from 'pg'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const spec = JSON.parse(process.argv[2] ?? process.env.SPEC ?? '{}')
const quick = spec.profile !== 'full'
const DEVICES = quick ? 20 : 50
const MESSAGES = quick ? 20_000 : 200_000
const WINDOW = 32
const ADMIN_PASSWORD = 'bench-admin-password'
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin'
const TICK_US = 1e6 / 100 // /proc clock ticks (USER_HZ = 100)
const ncpu = cpus().length

const sleep = ms => new Promise(r => setTimeout(r, ms))
async function waitFor(check, ms, what) {
  const end = Date.now() + ms
  while (Date.now() < end) { if (await check().catch(() => false)) return; await sleep(50) }
  throw new Error(`timed out waiting for ${what}`)
}
const pinned = (cpu, cmd, args) => (cpu !== null && spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', ['-c', String(cpu), cmd, ...args]] : [cmd, args])

/** CPU ticks (user + system) of a process and all its descendants. */
function cpuTicks(pid) {
  const stats = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const s = readFileSync(`/proc/${name}/stat`, 'utf8')
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ')
      stats.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) })
    } catch { /* gone */ }
  }
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()
    total += stats.get(p)?.ticks ?? 0
    for (const [child, st] of stats) if (st.ppid === p) stack.push(child)
  }
  return total
}

async function startRedis(dir, cpu) {
  const port = await freePort()
  const [cmd, args] = pinned(cpu, '/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--loglevel', 'warning'])
  const child = spawn(cmd, args, { stdio: 'ignore' })
  await waitFor(() => new Promise(resolve => {
    const s = net.connect(port, '127.0.0.1').on('error', () => resolve(false)).on('connect', () => { s.destroy(); resolve(true) })
  }), 10_000, 'redis-server')
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid, stop: () => { child.kill('SIGTERM'); return new Promise(r => child.once('exit', r)) } }
}

async function startPostgres(dir, cpu) {
  const root = process.getuid?.() === 0
  if (root) {
    const id = flag => Number(spawnSync('id', [flag, 'postgres']).stdout.toString().trim())
    chownSync(dir, id('-u'), id('-g'))
  }
  const as = (bin, args) => root ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args]] : [path.join(PG_BIN, bin), args]
  const data = path.join(dir, 'data')
  const [ic, ia] = as('initdb', ['-D', data, '-U', 'tether', '-A', 'trust', '--no-sync', '--locale=C'])
  if (spawnSync(ic, ia).status !== 0) throw new Error('initdb failed')
  const port = await freePort()
  const [c, a] = as('postgres', ['-D', data, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-k', dir, '-c', 'fsync=off', '-c', 'synchronous_commit=off'])
  const [cmd, args] = pinned(cpu, c, a)
  const child = spawn(cmd, args, { stdio: 'ignore' })
  const query = async (url, sql) => { const cl = new pg.Client({ connectionString: url }); cl.on('error', () => {}); await cl.connect(); try { await cl.query(sql) } finally { await cl.end() } }
  await waitFor(async () => { await query(`postgresql://tether@127.0.0.1:${port}/postgres`, 'SELECT 1'); return true }, 20_000, 'postgres')
  await query(`postgresql://tether@127.0.0.1:${port}/postgres`, 'CREATE DATABASE tether')
  const postmaster = () => Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
  return {
    url: `postgresql://tether@127.0.0.1:${port}/tether`, pid: postmaster(),
    stop: () => { try { process.kill(postmaster(), 'SIGINT') } catch {} return new Promise(r => child.once('exit', r)) },
  }
}

/** `--profile`: cluster hub 1 runs under --cpu-prof; where its time went is printed to stderr at the end. */
const PROFILE_DIR = process.argv.includes('--profile') ? mkdtempSync(path.join(tmpdir(), 'tether-cluster-prof-')) : null

function spawnHub(env, cpu, nodeArgs = []) {
  const [cmd, args] = pinned(cpu, process.execPath, [...nodeArgs, path.join(root, 'hub/dist/main.js')])
  const child = spawn(cmd, args, { env: { PATH: process.env.PATH, TETHER_PORT: '0', TETHER_HOST: '127.0.0.1', TETHER_LOG_LEVEL: 'warn', TETHER_DASHBOARD_DIR: '', TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env }, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.once('exit', code => reject(new Error(`hub exited ${code}`)))
    createInterface({ input: child.stdout }).on('line', line => {
      if (line.includes('"hub listening"')) resolve({ child, port: JSON.parse(line).port, pid: child.pid })
    })
  })
}
// The listening line is logged at info: keep info for start-up, the hub logs little else.
const hubEnv = extra => ({ TETHER_LOG_LEVEL: 'info', TETHER_TELEMETRY_FLUSH_MS: '200', ...extra })

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

/** Devices spread over `ports` publish MESSAGES telemetry points at QoS 1; CPU of `pids` is measured meanwhile. */
async function fanIn(ports, passwords, pids) {
  const clients = await Promise.all(passwords.map((password, i) => new Promise((resolve, reject) => {
    const c = mqtt.connect(`ws://127.0.0.1:${ports[i % ports.length]}/ws`, { clientId: `dev-${i}`, username: `dev-${i}`, password, reconnectPeriod: 0 })
    c.once('connect', () => { c.on('error', () => {}); resolve(c) }); c.once('error', reject)
  })))
  await Promise.all(clients.map((c, d) => Promise.all(Array.from({ length: 50 }, (_, i) => c.publishAsync(`devices/dev-${d}/telemetry`, JSON.stringify({ warm: i }), { qos: 1 })))))
  const perDevice = Math.ceil(MESSAGES / DEVICES)
  const cpu0 = pids.map(cpuTicks)
  const start = process.hrtime.bigint()
  await Promise.all(clients.map(async (c, d) => {
    let next = 0
    const worker = async () => { while (next < perDevice) { const i = next++; await c.publishAsync(`devices/dev-${d}/telemetry`, JSON.stringify({ seq: i, temp: 20 + (i % 100) / 10 }), { qos: 1 }) } }
    await Promise.all(Array.from({ length: WINDOW }, worker))
  }))
  const secs = Number(process.hrtime.bigint() - start) / 1e9
  const cpuUs = pids.map((p, i) => (cpuTicks(p) - cpu0[i]) * TICK_US)
  await Promise.all(clients.map(c => new Promise(r => c.end(true, {}, r))))
  const total = perDevice * DEVICES
  return { messages: total, seconds: +secs.toFixed(2), perSecond: Math.round(total / secs), cpuUsPerMessage: +(cpuUs.reduce((a, b) => a + b, 0) / total).toFixed(1), cpuUsByProcess: cpuUs.map(u => +(u / total).toFixed(1)) }
}

const dir = mkdtempSync(path.join(tmpdir(), 'tether-bench-cluster-'))
const stops = []
try {
  // Single hub on one core.
  const single = await spawnHub(hubEnv({ TETHER_DATA_DIR: path.join(dir, 'single') }), ncpu > 1 ? 1 : null)
  stops.push(() => { single.child.kill('SIGTERM'); return new Promise(r => single.child.once('exit', r)) })
  const one = await fanIn([single.port], await provision(single.port), [single.pid])
  await stops.pop()()

  // Two hubs, one per core, on Redis and PostgreSQL.
  const enginesDir = mkdtempSync(path.join(tmpdir(), 'tether-bench-pg-'))
  const redis = await startRedis(dir, null)
  const postgres = await startPostgres(enginesDir, null)
  stops.push(() => redis.stop(), async () => { await postgres.stop(); rmSync(enginesDir, { recursive: true, force: true }) })
  const cluster = (id, cpu, nodeArgs) => spawnHub(hubEnv({ TETHER_DATA_DIR: path.join(dir, id), TETHER_NODE_ID: id, TETHER_CLUSTER_REDIS_URL: redis.url, TETHER_DATABASE_URL: postgres.url }), cpu, nodeArgs)
  const h1 = await cluster('bench-1', ncpu > 1 ? 0 : null, PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : [])
  const h2 = await cluster('bench-2', ncpu > 1 ? 1 : null)
  for (const h of [h1, h2]) stops.push(() => { h.child.kill('SIGTERM'); return new Promise(r => h.child.once('exit', r)) })
  const passwords = await provision(h1.port)
  await waitFor(async () => (await fetch(`http://127.0.0.1:${h2.port}/metrics`)).ok, 5000, 'hub 2')
  const two = await fanIn([h1.port, h2.port], passwords, [h1.pid, h2.pid, redis.pid, postgres.pid])
  const row = (shape, r, procs) => [shape, r.messages, r.perSecond, r.cpuUsPerMessage, procs.map((p, i) => `${p} ${r.cpuUsByProcess[i]}`).join(', ')]
  const result = {
    title: 'Cluster fan-in: one hub vs two hubs on Redis and PostgreSQL (bench/cluster-fanin.mjs)',
    columns: ['shape', 'messages (QoS 1 telemetry)', 'messages/s', 'server CPU µs per message', 'by process (µs/msg)'],
    rows: [
      row('single hub (SQLite + LevelDB), 1 core', one, ['hub']),
      row('cluster: 2 hubs (1 core each) + Redis + PostgreSQL', two, ['hub 1', 'hub 2', 'redis', 'postgres']),
    ],
    notes: `${DEVICES} devices (MQTT.js over WebSocket, ${WINDOW} in flight each) in the bench process, split evenly over the hubs; ` +
      `throughput ratio cluster/single ${(two.perSecond / one.perSecond).toFixed(2)}×, CPU per message ratio ${(two.cpuUsPerMessage / one.cpuUsPerMessage).toFixed(2)}×. ` +
      `${ncpu} CPUs: ${ncpu > 2 ? 'the load generator shares no core with the hubs' : 'the load generator shares the cores with the hubs, so throughput is bounded by the machine, not by a hub'}.`,
  }
  console.log(`BENCH-RESULT ${JSON.stringify(result)}`)
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {})
  rmSync(dir, { recursive: true, force: true })
  if (PROFILE_DIR) {
    const { summarizeProfile } = await import('./lib/cpuprofile.mjs')
    const file = readdirSync(PROFILE_DIR).find(f => f.endsWith('.cpuprofile'))
    if (file) console.error(JSON.stringify(summarizeProfile(JSON.parse(readFileSync(path.join(PROFILE_DIR, file), 'utf8'))), null, 1))
    else console.error('no .cpuprofile written')
    rmSync(PROFILE_DIR, { recursive: true, force: true })
  }
}
