/**
 * Starts each server under test as its own process on 127.0.0.1 and knows how to stop it by PID.
 * Every start returns { kind, label, pid, url, version, stop() }.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { repoRoot, pinned } from './util.mjs'

const delay = ms => new Promise(r => setTimeout(r, ms))

async function waitForPort(port, child, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    const ok = await new Promise(resolve => {
      const s = net.connect({ host: '127.0.0.1', port }, () => { s.destroy(); resolve(true) })
      s.on('error', () => resolve(false))
    })
    if (ok) return
    await delay(100)
  }
  throw new Error(`nothing listening on ${port} after ${timeoutMs} ms`)
}

function stopper(child, cleanup = () => {}) {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise(r => child.once('exit', r))
      child.kill('SIGTERM')
      const t = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(t)
    }
    cleanup()
  }
}

const alive = child => () => child.exitCode === null && child.signalCode === null

function launch(cmd, args, { cpus, env = {}, logs }) {
  const [c, a] = pinned(cpus, cmd, args)
  const child = spawn(c, a, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  // BENCH_SERVER_LOG=file: everything the server prints goes there too (e.g. V8's --trace-gc-nvp).
  const tee = process.env.BENCH_SERVER_LOG ? createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' }) : null
  const keep = d => { tee?.write(d); if (logs.length < 200) logs.push(String(d)) }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  return child
}

/** Logs in as admin, registers `count` devices (16 requests in flight), writes a credentials file. */
async function provisionTether(httpUrl, adminPassword, count, dir) {
  const login = await fetch(`${httpUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) })
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`)
  const { token } = await login.json()
  const creds = new Array(count)
  let next = 0
  async function lane() {
    while (next < count) {
      const i = next++
      const id = `bench-${String(i).padStart(5, '0')}`
      const res = await fetch(`${httpUrl}/api/devices`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ id }) })
      if (res.status !== 201) throw new Error(`device ${id}: ${res.status} ${await res.text()}`)
      creds[i] = { clientId: id, username: id, password: (await res.json()).token }
    }
  }
  await Promise.all(Array.from({ length: Math.min(16, count) }, lane))
  const file = path.join(dir, 'bench-credentials.json')
  writeFileSync(file, JSON.stringify(creds))
  return ['--credentials', file, '--sub-client-id', 'admin:bench-sub', '--sub-username', 'admin', '--sub-password', token]
}

const pkgVersion = p => JSON.parse(readFileSync(path.join(repoRoot, p), 'utf8')).version

export const servers = {
  /** The Tether hub as users run it: node hub/dist/main.js (or another build's main.js, for A/B runs), persistent sessions, auth/ACL hooks, telemetry if configured. */
  async tether({ port, cpus, nodeArgs = [], env = {}, hubMain = path.join(repoRoot, 'hub/dist/main.js') }) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tether-bench-'))
    const logs = []
    const adminPassword = 'bench-admin-password-0123456789'
    const child = launch(process.execPath, [...nodeArgs, hubMain], {
      cpus, logs, env: { TETHER_PORT: String(port), TETHER_HOST: '127.0.0.1', TETHER_DATA_DIR: dataDir, TETHER_LOG_LEVEL: 'warn', TETHER_ADMIN_PASSWORD: adminPassword,
        // Every simulated client connects from 127.0.0.1: lift the per-address cap on handshakes in flight.
        TETHER_HTTP_MAX_CONNECTIONS_PER_ADDRESS: '100000', ...env },
    })
    await waitForPort(port, child)
    const httpUrl = `http://127.0.0.1:${port}`
    return {
      kind: 'tether', label: 'Tether hub', pid: child.pid, url: `ws://127.0.0.1:${port}/ws`, httpUrl,
      /** Devices through the REST API as users would, and an operator subscriber: load-generator flags. */
      provision: count => provisionTether(httpUrl, adminPassword, count, dataDir),
      version: `hub ${pkgVersion('hub/package.json')}, aedes ${pkgVersion('node_modules/aedes/package.json')}, node ${process.version}`,
      logs, dataDir, alive: alive(child), stop: stopper(child, () => rmSync(dataDir, { recursive: true, force: true })),
      /** Telemetry points accepted (journaled) and written to the store so far, and the backlog between. */
      telemetry: () => telemetryStats(httpUrl),
    }
  },

  /** Bare aedes behind ws + createWebSocketStream: the floor of our own stack. */
  async aedes({ port, cpus }) {
    const logs = []
    const child = launch(process.execPath, [path.join(repoRoot, 'bench/servers/aedes-ws.mjs'), String(port)], { cpus, logs })
    await waitForPort(port, child)
    return {
      kind: 'aedes', label: 'bare aedes-ws', pid: child.pid, url: `ws://127.0.0.1:${port}/ws`,
      version: `aedes ${pkgVersion('node_modules/aedes/package.json')}, ws ${pkgVersion('node_modules/ws/package.json')}, node ${process.version}`,
      logs, alive: alive(child), stop: stopper(child),
    }
  },

  /** Mosquitto with a websockets listener. It binds every interface, so run it only inside a private netns. */
  async mosquitto({ port, cpus, insideNetns }) {
    if (!insideNetns) throw new Error('mosquitto websockets listeners bind all interfaces: run it inside `unshare -n` only')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mosquitto-bench-'))
    const conf = path.join(dir, 'mosquitto.conf')
    writeFileSync(conf, [
      // A websockets-only config exits at start ("Unable to start any listening sockets",
      // https://github.com/eclipse-mosquitto/mosquitto/issues/2284): add a plain listener it never uses.
      `listener ${port + 1} 127.0.0.1`,
      // The bind address of a websockets listener is ignored: hence the private netns.
      `listener ${port}`, 'protocol websockets', 'allow_anonymous true', 'persistence false',
      'set_tcp_nodelay true', 'log_dest stderr', 'log_type error', 'log_type warning', '',
    ].join('\n'))
    const logs = []
    const child = launch('mosquitto', ['-c', conf], { cpus, logs })
    await waitForPort(port, child)
    const version = await new Promise(resolve => {
      const v = spawn('mosquitto', ['-h'])
      let out = ''
      v.stdout.on('data', d => { out += d })
      v.on('exit', () => resolve(/mosquitto version (\S+)/.exec(out)?.[1] ?? 'unknown'))
    })
    return {
      kind: 'mosquitto', label: 'Mosquitto-ws', pid: child.pid, url: `ws://127.0.0.1:${port}/`, version: `mosquitto ${version} (Debian, libwebsockets)`,
      logs, alive: alive(child), stop: stopper(child, () => rmSync(dir, { recursive: true, force: true })),
    }
  },

  /** A raw ws forwarder: the upper bound for one Node process. */
  async forwarder({ port, cpus }) {
    const logs = []
    const child = launch(process.execPath, [path.join(repoRoot, 'bench/servers/ws-forwarder.mjs'), String(port)], { cpus, logs })
    await waitForPort(port, child)
    return {
      kind: 'forwarder', label: 'raw ws forwarder', pid: child.pid, url: `ws://127.0.0.1:${port}/ws`,
      version: `ws ${pkgVersion('node_modules/ws/package.json')}, node ${process.version}`, logs, alive: alive(child), stop: stopper(child),
    }
  },
}

/**
 * The hub's telemetry counters from /metrics: whether the store kept up with a load. A backlog that
 * grows through a run means part of the pipeline's cost was left for after the window.
 */
async function telemetryStats(httpUrl) {
  const text = await (await fetch(`${httpUrl}/metrics`)).text()
  const value = name => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)`, 'm').exec(text)?.[1] ?? NaN)
  return { accepted: value('tether_telemetry_points_accepted_total'), written: value('tether_telemetry_points_written_total'), backlog: value('tether_telemetry_queue_depth') }
}
