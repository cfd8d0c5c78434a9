#!/usr/bin/env node
/**
 * chat.v1 fan-out benchmark. Run after `npm run build`:
 *   node bench/chat-fanout.mjs [--sessions 1000] [--users 50] [--rate 100] [--seconds 5] [--single 20]
 *     [--hub path/to/main.js] [--cpu-prof DIR]
 * `--hub` runs another build of the hub (an A/B against a saved baseline dist); `--cpu-prof` writes a
 * V8 CPU profile of the hub into DIR.
 * Spawns the built hub (hub/dist/main.js) on 127.0.0.1 with a temporary data directory, opens
 * `sessions` chat.v1 sessions (spread over `users` operators) joined to one room, then measures:
 *   1. single: one message → time until every session has received it (repeated `single` times);
 *   2. sustained: `rate` messages/s for `seconds` s → per-delivery latency p50/p99/max.
 * All traffic is to 127.0.0.1 and bounded; the hub is stopped by PID at the end.
 * Prints a human summary and one JSON line (`{"bench":"chat-fanout",...}`).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import WebSocket from 'ws'
import { readFileSync } from 'node:fs'
import { percentile as pct } from './lib/util.mjs'

/** CPU seconds (user + system) a process has used, from /proc (Linux); null elsewhere. */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch { return null }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { createTokenService } = await import(path.join(root, 'hub/dist/identity/token-service.js'))

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []))
const SESSIONS = Number(args.sessions ?? 1000)
const USERS = Number(args.users ?? 50)
const RATE = Number(args.rate ?? 100)
const SECONDS = Number(args.seconds ?? 5)
const SINGLE = Number(args.single ?? 20)
const ROOM = 'general'
const SECRET = 'bench-secret-not-for-production-0123456789'
const ADMIN_PASSWORD = 'bench-admin-password'

function open(url, token, onMessage) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'chat.v1', { perMessageDeflate: false })
    ws.on('error', reject)
    ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', id: 'h', token })))
    let stage = 0
    ws.on('message', data => {
      const text = data.toString()
      if (stage === 0 && text.includes('"welcome"')) { stage = 1; ws.send(JSON.stringify({ type: 'join', id: 'j', room: ROOM })); return }
      if (stage === 1 && text.includes('"joined"')) { stage = 2; resolve(ws); return }
      if (stage === 2) onMessage(text)
      if (text.includes('"type":"error"') && stage < 2) reject(new Error(text))
    })
  })
}

const round = x => Math.round(x * 100) / 100

const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-bench-chat-'))
const hubMain = args.hub ? path.resolve(args.hub) : path.join(root, 'hub/dist/main.js')
const profArgs = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : []
const child = spawn(process.execPath, [...profArgs, hubMain], {
  env: {
    PATH: process.env.PATH ?? '', TETHER_PORT: '0', TETHER_HOST: '127.0.0.1', TETHER_LOG_LEVEL: 'info', TETHER_DATA_DIR: dataDir,
    TETHER_JWT_SECRET: SECRET, TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, TETHER_CHAT_RATE_PER_S: '100000', TETHER_CHAT_RATE_BURST: '100000',
    TETHER_CHAT_PRESENCE_COALESCE_MS: '100', TETHER_CHAT_SEND_BUFFER_BYTES: String(8 * 1024 * 1024),
    // An A/B of hub settings: `TETHER_…` variables of this process reach the hub.
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('TETHER_'))),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
})
child.stderr.on('data', d => process.stderr.write(d))
const killHub = () => { if (child.exitCode === null) child.kill('SIGTERM') }
process.on('exit', killHub)

try {
  const port = await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('hub did not start in 20 s')), 20_000)
    child.once('exit', code => reject(new Error(`hub exited with ${code}`)))
    createInterface({ input: child.stdout }).on('line', line => {
      if (!line.includes('"hub listening"')) return
      clearTimeout(t)
      resolve(JSON.parse(line).port)
    })
  })
  const url = `ws://127.0.0.1:${port}/ws`
  const tokens = createTokenService({ secret: new TextEncoder().encode(SECRET), ttlSeconds: 3600 })
  // Accounts through the admin REST API (identity refuses tokens of unknown accounts).
  const http = `http://127.0.0.1:${port}`
  const login = await (await fetch(`${http}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) })).json()
  async function account(username) {
    const res = await fetch(`${http}/api/accounts`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
      body: JSON.stringify({ username, password: `${username}-bench-password`, role: 'operator' }),
    })
    if (res.status !== 201) throw new Error(`account ${username}: ${res.status} ${await res.text()}`)
    const { account: a } = await res.json()
    return (await tokens.issue({ id: a.id, username: a.username, role: a.role })).token
  }
  const tokenOf = []
  for (let u = 0; u < USERS; u++) tokenOf.push(await account(`bench${u}`))

  // Receivers: each records when it sees a message tagged by the sender.
  const onTag = new Map() // tag -> { sentAt, remaining, latencies?, done }
  const tagRe = /"clientId":"(b[0-9]+)"/
  function receive(text) {
    const m = tagRe.exec(text)
    if (!m) return
    const rec = onTag.get(m[1])
    if (!rec) return
    const now = performance.now()
    rec.latencies?.push(now - rec.sentAt)
    if (--rec.remaining === 0) { rec.lastAt = now; rec.done() }
  }
  const t0 = performance.now()
  const sockets = []
  for (let i = 0; i < SESSIONS; i += 50) {
    sockets.push(...await Promise.all(Array.from({ length: Math.min(50, SESSIONS - i) }, (_, k) => open(url, tokenOf[(i + k) % USERS], receive))))
  }
  const senderToken = await account('sender')
  const sender = await open(url, senderToken, () => {})
  console.log(`${SESSIONS} sessions (${USERS} users) joined in ${round((performance.now() - t0) / 1000)} s`)
  await new Promise(r => setTimeout(r, 1500)) // let join/presence events drain

  let n = 0
  function post(latencies) {
    const tag = `b${++n}`
    const rec = { sentAt: 0, remaining: SESSIONS, latencies, lastAt: 0, done: () => {} }
    const finished = new Promise(resolve => { rec.done = resolve })
    onTag.set(tag, rec)
    rec.sentAt = performance.now()
    sender.send(JSON.stringify({ type: 'say', id: tag, room: ROOM, text: `bench ${tag}` }))
    return { rec, finished }
  }

  // 1. One message to every session, one at a time.
  const singles = []
  for (let i = 0; i < SINGLE; i++) {
    const { rec, finished } = post(null)
    await Promise.race([finished, new Promise((_, rej) => setTimeout(() => rej(new Error('single message not delivered to all in 30 s')), 30_000))])
    singles.push(rec.lastAt - rec.sentAt)
    await new Promise(r => setTimeout(r, 50))
  }
  singles.sort((a, b) => a - b)

  // 2. Sustained rate: per-delivery latency.
  const latencies = []
  const total = RATE * SECONDS
  const pending = []
  const hubCpu0 = cpuSecondsOf(child.pid)
  const benchCpu0 = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE
    const wait = due - performance.now()
    if (wait > 0) await new Promise(r => setTimeout(r, wait))
    pending.push(post(latencies).finished)
  }
  await Promise.race([Promise.all(pending), new Promise((_, rej) => setTimeout(() => rej(new Error('sustained run not delivered in 180 s')), 180_000))])
  const elapsed = (performance.now() - start) / 1000
  const hubCpu1 = cpuSecondsOf(child.pid)
  const benchCpu = process.cpuUsage(benchCpu0)
  // Hub and clients share this machine: CPU share per wall second shows which side saturated.
  const cpu = { hub: hubCpu0 === null ? null : round((hubCpu1 - hubCpu0) / elapsed), clients: round((benchCpu.user + benchCpu.system) / 1e6 / elapsed) }
  // Per delivered frame: comparable between runs on a loaded machine, where CPU per wall second is not.
  const hubMicrosPerDelivery = hubCpu0 === null ? null : round(((hubCpu1 - hubCpu0) * 1e6) / latencies.length)
  latencies.sort((a, b) => a - b)

  const result = {
    bench: 'chat-fanout', sessions: SESSIONS, users: USERS,
    single: { runs: SINGLE, allReceivedMs: { p50: round(pct(singles, 50)), max: round(singles.at(-1)) } },
    sustained: { rate: RATE, seconds: SECONDS, messages: total, deliveries: latencies.length, achievedRate: round(total / elapsed),
      latencyMs: { p50: round(pct(latencies, 50)), p99: round(pct(latencies, 99)), max: round(latencies.at(-1)) }, cpuPerWallSecond: cpu, hubMicrosPerDelivery },
    loadAverage: (await import('node:os')).loadavg().map(round),
    node: process.version,
  }
  console.log(`one message → all ${SESSIONS} sessions: p50 ${result.single.allReceivedMs.p50} ms, max ${result.single.allReceivedMs.max} ms (${SINGLE} runs)`)
  console.log(`${RATE} msg/s for ${SECONDS} s → ${latencies.length} deliveries: p50 ${result.sustained.latencyMs.p50} ms, p99 ${result.sustained.latencyMs.p99} ms, max ${result.sustained.latencyMs.max} ms; CPU/s hub ${cpu.hub}, clients ${cpu.clients}; hub ${hubMicrosPerDelivery} µs/delivery`)
  console.log(JSON.stringify(result))
  for (const ws of [...sockets, sender]) ws.terminate()
} finally {
  killHub()
  await new Promise(r => (child.exitCode !== null ? r() : child.once('exit', r)))
  rmSync(dataDir, { recursive: true, force: true })
}
// The pending delivery deadlines (setTimeout up to 180 s) would otherwise keep the process alive.
process.exit(process.exitCode ?? 0)
