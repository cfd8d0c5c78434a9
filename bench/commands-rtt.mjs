#!/usr/bin/env node
/**
 * Command round-trip benchmark. Run after `npm run build`:
 *   node bench/commands-rtt.mjs [--rate 100] [--seconds 10] [--devices 10] [--hub path/to/main.js] [--cpu-prof DIR] [--server-cpus 1]
 * (`--hub`: another build of the hub, for an A/B against a saved baseline dist.)
 * Spawns the built hub (hub/dist/main.js) on 127.0.0.1 with a temporary data directory, registers
 * `devices` devices over REST, connects each as a real MQTT.js client over ws://…/ws that answers
 * every command at once, then one operator session (chat.v1) issues `command` frames at a steady
 * `rate` per second for `seconds` s, round-robin over the devices. Measured per command, at the
 * operator: issue → `command.ack` (accepted and handed to the broker) and issue → the card
 * revision with status `succeeded` (device received, answered, hub updated the card in the room).
 * All traffic is to 127.0.0.1 and bounded; the hub is stopped by PID at the end.
 * Prints a human summary and one JSON line (`{"bench":"commands-rtt",...}`).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import mqtt from 'mqtt'
import { percentile as pct } from './lib/util.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Either flags, or the spec `bench/run.js` passes (bench/README.md): `'{"profile":"quick","port":…,"serverCpus":"1"}'`.
const spec = process.argv[2]?.startsWith('{') ? JSON.parse(process.argv[2]) : null
const args = spec ? {} : Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []))
const RATE = Math.min(Number(args.rate ?? 100), 2000)
const SECONDS = Math.min(Number(args.seconds ?? (spec ? (spec.profile === 'full' ? 20 : 5) : 10)), 120)
const DEVICES = Math.min(Number(args.devices ?? 10), 500)
const ADMIN_PASSWORD = 'bench-admin-password'
const META = { model: 'bench', firmware: '1', commands: { set_setpoint: { params: { value: { type: 'number', min: 5, max: 30 } } } } }

/** CPU time (user + system) the hub process has used, ms; null where /proc is not available. */
function hubCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime + stime in clock ticks (USER_HZ = 100)
  } catch { return null }
}

/**
 * What the hub asked of the kernel so far: CPU of its main thread and of its other threads (the thread
 * pool's LevelDB batches and WAL syncs, GC helpers), context switches of all its threads, and its write
 * syscalls (SQLite frames, LevelDB log, sockets; `/proc/<pid>/io`). Null where /proc is not readable.
 */
function hubKernelCounters(pid) {
  try {
    let mainMs = 0, otherMs = 0, switches = 0
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
      if (tid === String(pid)) mainMs += ms
      else otherMs += ms
      for (const m of readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8').matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)$/gm)) switches += Number(m[1])
    }
    const writes = Number(/^syscw: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? NaN)
    return { mainMs, otherMs, switches, writes }
  } catch { return null }
}

const round = x => Math.round(x * 100) / 100

const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-bench-commands-'))
// --cpu-prof DIR: write a V8 CPU profile of the hub there (to find where a command's time goes).
const profArgs = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : []
// --node-flags '…': extra Node/V8 flags for the hub (e.g. '--trace-gc'), space-separated.
const nodeFlags = args['node-flags'] ? String(args['node-flags']).split(' ').filter(Boolean) : []
const hubArgv = [process.execPath, ...profArgs, ...nodeFlags, args.hub ? path.resolve(args.hub) : path.join(root, 'hub/dist/main.js')]
// Under run.js (or with --server-cpus) the hub is pinned to the server core (`taskset`), as the other scenarios are.
const serverCpus = spec?.serverCpus ?? args['server-cpus']
const [cmd, ...cmdArgs] = serverCpus ? ['taskset', '-c', String(serverCpus), ...hubArgv] : hubArgv
const child = spawn(cmd, cmdArgs, {
  env: {
    PATH: process.env.PATH ?? '', TETHER_PORT: String(spec?.port ?? 0), TETHER_HOST: '127.0.0.1', TETHER_LOG_LEVEL: 'info', TETHER_DATA_DIR: dataDir,
    TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, TETHER_CHAT_RATE_PER_S: '100000', TETHER_CHAT_RATE_BURST: '100000',
    TETHER_CHAT_SEND_BUFFER_BYTES: String(32 * 1024 * 1024),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
})
child.stderr.on('data', d => process.stderr.write(d))
const killHub = () => { if (child.exitCode === null) child.kill('SIGTERM') }
process.on('exit', killHub)
const devices = []

try {
  const port = await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('hub did not start in 20 s')), 20_000)
    child.once('exit', code => reject(new Error(`hub exited with ${code}`)))
    createInterface({ input: child.stdout }).on('line', line => {
      if (nodeFlags.length && !line.startsWith('{')) process.stderr.write(`hub: ${line}\n`) // what the flags print
      if (!line.includes('"hub listening"')) return
      clearTimeout(t)
      resolve(JSON.parse(line).port)
    })
  })
  const http = `http://127.0.0.1:${port}`
  const url = `ws://127.0.0.1:${port}/ws`
  const call = async (method, p, body, token) => {
    const res = await fetch(http + p, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body && JSON.stringify(body) })
    const json = await res.json()
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  const { token } = await call('POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })

  // Devices that answer every command at once.
  for (let i = 0; i < DEVICES; i++) {
    const id = `bench-dev-${i}`
    const { token: secret } = await call('POST', '/api/devices', { id }, token)
    const c = mqtt.connect(url, { clientId: id, username: id, password: secret, reconnectPeriod: 0, clean: false })
    c.on('error', err => { console.error(`device ${id}: ${err.message}`) })
    await new Promise((resolve, reject) => { c.once('connect', resolve); c.once('error', reject) })
    c.on('message', (_topic, payload) => {
      const { id: cmdId } = JSON.parse(payload.toString())
      c.publish(`devices/${id}/responses`, JSON.stringify({ id: cmdId, ok: true }), { qos: 1 })
    })
    await c.subscribeAsync(`devices/${id}/commands`, { qos: 1 })
    await c.publishAsync(`devices/${id}/meta`, JSON.stringify(META), { qos: 1, retain: true })
    devices.push(c)
  }

  // One operator session issuing commands; it sees the cards in `general` (the devices have no room).
  const issuedAt = new Map()  // client id → t0
  const byCommand = new Map() // command id → client id
  const ackMs = [], doneMs = []
  let errors = 0
  const ws = new WebSocket(url, 'chat.v1', { perMessageDeflate: false })
  ws.on('error', err => { console.error(err.message); errors++ })
  await new Promise((resolve, reject) => {
    ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', id: 'h', token })))
    ws.on('message', function setup(data) {
      const f = JSON.parse(data.toString())
      if (f.type === 'welcome') ws.send(JSON.stringify({ type: 'join', id: 'j', room: 'general' }))
      else if (f.type === 'joined') { ws.off('message', setup); resolve() }
      else if (f.type === 'error') reject(new Error(JSON.stringify(f)))
    })
  })
  const total = RATE * SECONDS
  let finished = 0
  let cardRevisions = 0
  let resolveAll
  const allDone = new Promise(r => { resolveAll = r })
  ws.on('message', data => {
    const now = performance.now()
    const f = JSON.parse(data.toString())
    if (f.type === 'command.ack') {
      ackMs.push(now - issuedAt.get(f.ref))
      byCommand.set(f.card.commandId, f.ref)
      // The card may already have succeeded before this ack was read.
      if (f.card.status === 'succeeded') { doneMs.push(now - issuedAt.get(f.ref)); if (++finished === total) resolveAll() }
    } else if (f.type === 'event' && f.entry.kind === 'command') {
      cardRevisions++
      const ref = f.entry.card.status === 'succeeded' ? byCommand.get(f.entry.card.commandId) : undefined
      if (ref !== undefined && issuedAt.has(ref)) { doneMs.push(now - issuedAt.get(ref)); issuedAt.delete(ref); if (++finished === total) resolveAll() }
    } else if (f.type === 'error') errors++
  })

  // Steady schedule: command k is sent at start + k / rate (no catch-up bursts hidden by timers).
  const cpuBefore = hubCpuMs(child.pid)
  const kernelBefore = hubKernelCounters(child.pid)
  const benchCpuBefore = process.cpuUsage()
  const start = performance.now()
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / RATE
    const wait = due - performance.now()
    if (wait > 1) await new Promise(r => setTimeout(r, wait))
    const ref = `b${k}`
    issuedAt.set(ref, performance.now())
    ws.send(JSON.stringify({ type: 'command', id: ref, device: `bench-dev-${k % DEVICES}`, name: 'set_setpoint', params: { value: 5 + (k % 25) } }))
  }
  const sendSeconds = (performance.now() - start) / 1000
  await Promise.race([allDone, new Promise(r => setTimeout(r, 30_000))])
  const cpuAfter = hubCpuMs(child.pid)
  const kernelAfter = hubKernelCounters(child.pid)
  const benchCpu = process.cpuUsage(benchCpuBefore)
  ws.close()

  const acks = [...ackMs].sort((a, b) => a - b)
  const done = [...doneMs].sort((a, b) => a - b)
  const result = {
    bench: 'commands-rtt', rate: RATE, seconds: SECONDS, devices: DEVICES, issued: total, succeeded: done.length, errors,
    achievedRate: round(total / sendSeconds),
    ackMs: { p50: round(pct(acks, 50)), p99: round(pct(acks, 99)), max: round(acks.at(-1)) },
    succeededMs: { p50: round(pct(done, 50)), p99: round(pct(done, 99)), max: round(done.at(-1)) },
    // Load-independent cost: hub CPU per command over the whole run (issue, publish, PUBACK, response, the card's revisions).
    hubCpuMsPerCommand: cpuBefore === null || cpuAfter === null ? null : round((cpuAfter - cpuBefore) / total),
    // The load generator (devices + operator) shares the machine; its cost per command, for context.
    benchCpuMsPerCommand: round((benchCpu.user + benchCpu.system) / 1000 / total),
    loadAverage1m: round((await import('node:os')).loadavg()[0]),
    // Each revision is a commit and a chat frame to every member of the room.
    cardRevisionsPerCommand: round(cardRevisions / total),
    // Where that CPU went: the main thread vs the others, and what the hub asked of the kernel.
    perCommand: kernelBefore && kernelAfter ? {
      mainThreadMs: round((kernelAfter.mainMs - kernelBefore.mainMs) / total),
      otherThreadsMs: round((kernelAfter.otherMs - kernelBefore.otherMs) / total),
      contextSwitches: round((kernelAfter.switches - kernelBefore.switches) / total),
      writeSyscalls: round((kernelAfter.writes - kernelBefore.writes) / total),
    } : null,
  }
  console.log(`commands-rtt: ${result.issued} commands at ${result.achievedRate}/s to ${DEVICES} answering devices; ${result.succeeded} succeeded, ${errors} errors`)
  console.log(`  issue → command.ack      p50 ${result.ackMs.p50} ms   p99 ${result.ackMs.p99} ms   max ${result.ackMs.max} ms`)
  console.log(`  issue → card succeeded   p50 ${result.succeededMs.p50} ms   p99 ${result.succeededMs.p99} ms   max ${result.succeededMs.max} ms`)
  if (result.hubCpuMsPerCommand !== null) console.log(`  hub CPU per command      ${result.hubCpuMsPerCommand} ms (user + system); load generator ${result.benchCpuMsPerCommand} ms; 1-min load average ${result.loadAverage1m}`)
  const per = result.perCommand
  if (per) console.log(`  per command              main thread ${per.mainThreadMs} ms, other threads ${per.otherThreadsMs} ms, ${per.contextSwitches} context switches, ${per.writeSyscalls} write syscalls`)
  console.log(`  card revisions per command ${result.cardRevisionsPerCommand} (room events: each a stored row and a chat frame to every member)`)
  console.log(JSON.stringify(result))
  console.log('BENCH-RESULT ' + JSON.stringify({
    title: 'Command round trip (bench/commands-rtt.mjs)',
    columns: ['rate (cmd/s)', 'devices', 'succeeded / issued', 'issue → ack p50 / p99 ms', 'issue → card succeeded p50 / p99 / max ms', 'hub CPU ms / command', 'of it main thread / other threads ms', 'context switches / write syscalls per command', 'card revisions per command', 'load average'],
    rows: [[`${result.achievedRate} (target ${RATE})`, DEVICES, `${result.succeeded} / ${result.issued}`, `${result.ackMs.p50} / ${result.ackMs.p99}`,
      `${result.succeededMs.p50} / ${result.succeededMs.p99} / ${result.succeededMs.max}`, result.hubCpuMsPerCommand ?? 'n/a',
      per ? `${per.mainThreadMs} / ${per.otherThreadsMs}` : 'n/a', per ? `${per.contextSwitches} / ${per.writeSyscalls}` : 'n/a', result.cardRevisionsPerCommand, result.loadAverage1m]],
    notes: 'One chat.v1 operator session issues `command` frames at a steady rate to MQTT.js devices (clean=false, QoS 1) that answer at once; latency is measured at the operator, up to the card revision with status succeeded in the room. The load generator runs in the script process (not pinned).',
  }))
  if (result.succeeded !== total) process.exitCode = 1
} finally {
  for (const c of devices) c.end(true)
  killHub()
  await new Promise(r => (child.exitCode !== null ? r() : child.once('exit', r)))
  rmSync(dataDir, { recursive: true, force: true })
}
