/**
 * The load coordinator: forks publisher workers, runs the measuring subscriber in this process,
 * starts everyone on one clock, samples watched server processes over the measurement window,
 * and returns one result object (printed as text or JSON by cli.ts).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { MeasuringSubscriber } from './subscriber.js'
import { summarize, type LatencySummary } from './percentiles.js'
import { share } from './pacing.js'
import { sampleProc, selfCpuMicros, type ProcSample } from './proc-stats.js'
import type { Credential, FromWorker, WorkerConfig, WorkerStats } from './protocol.js'

export interface LoadOptions {
  url: string
  connections: number
  processes: number
  rate: number
  count: number
  durationMs: number
  warmupMs: number
  qos: 0 | 1
  payloadBytes: number
  topic: string
  subscribe: string | null
  clientIdPrefix: string
  username?: string
  password?: string
  subscriberUsername?: string
  subscriberPassword?: string
  subscriberClientId?: string
  /** The subscriber holds a persistent session (clean session 0). */
  subscriberPersistent?: boolean
  credentials: Credential[]
  inflightWindow: number
  connectConcurrency: number
  idle: boolean
  /** > 0 (needs --subscribe): at most this many messages published and not yet delivered. */
  window: number
  /** Idle mode: seconds to hold the connections before sampling memory and closing. */
  holdMs: number
  watchPids: number[]
}

export interface WatchedResult {
  pid: number
  cpuMicros: number
  cpuPercent: number
  rssStartBytes: number
  rssEndBytes: number
  /** The anonymous part of rssEndBytes (ProcSample.rssAnonBytes). */
  rssAnonEndBytes: number
  cpuMicrosPerDelivered: number | null
}

export interface LoadResult {
  options: Omit<LoadOptions, 'password' | 'subscriberPassword' | 'credentials'>
  windowSeconds: number
  connect: { connected: number; failed: number; seconds: number; perSecond: number; disconnects: number; errors: string[] }
  publish: { sent: number; sentInWindow: number; perSecond: number; acked: number; window: number; regrants: number }
  deliver: { received: number; receivedInWindow: number; perSecond: number; latencyMs: LatencySummary } | null
  watched: WatchedResult[]
  generator: { role: string; cpuMicros: number; wallMs: number; cpuPercent: number }[]
}

const workerPath = fileURLToPath(new URL('./publisher.js', import.meta.url))
const delay = (ms: number) => new Promise(r => setTimeout(r, ms))

function waitFor<T extends FromWorker['type']>(child: ChildProcess, type: T): Promise<Extract<FromWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMsg = (m: FromWorker) => {
      if (m.type === type) { child.off('message', onMsg); resolve(m as Extract<FromWorker, { type: T }>) }
      else if (m.type === 'failed') { child.off('message', onMsg); reject(new Error(`load worker failed: ${m.message}`)) }
    }
    child.on('message', onMsg)
    child.once('exit', code => reject(new Error(`load worker exited with ${code}`)))
  })
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const cpu0 = selfCpuMicros()
  const wall0 = performance.now()
  const sub = o.subscribe && !o.idle ? await MeasuringSubscriber.open({
    url: o.url, filter: o.subscribe, qos: o.qos, clientId: o.subscriberClientId ?? `${o.clientIdPrefix}-sub`,
    username: o.subscriberUsername ?? o.username, password: o.subscriberPassword ?? o.password, reservoirSize: 200_000,
    clean: !o.subscriberPersistent,
  }) : null
  const before = new Map<number, ProcSample | null>(o.watchPids.map(pid => [pid, sampleProc(pid)]))

  const closedLoop = o.window > 0 && sub !== null
  const workers = Array.from({ length: o.processes }, (_, w) => {
    const child = fork(workerPath, ['--load-worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    const n = share(o.connections, o.processes, w)
    const first = Array.from({ length: w }, (_, k) => share(o.connections, o.processes, k)).reduce((a, b) => a + b, 0)
    const config: WorkerConfig = {
      workerIndex: w, url: o.url, connections: n,
      rate: o.rate > 0 ? (o.rate * n) / o.connections : 0,
      count: o.count > 0 ? share(o.count, o.processes, w) : 0,
      durationMs: o.durationMs, warmupMs: o.warmupMs, qos: o.qos, payloadBytes: o.payloadBytes, topic: o.topic,
      clientIdPrefix: o.clientIdPrefix, username: o.username, password: o.password,
      credentials: o.credentials.slice(first, first + n), keepaliveSeconds: 300,
      inflightWindow: o.inflightWindow, connectConcurrency: o.connectConcurrency, idle: o.idle,
      initialCredits: closedLoop ? Math.max(1, share(o.window, o.processes, w)) : 0,
    }
    const connected = waitFor(child, 'connected')
    child.send({ type: 'start', config })
    return { child, connected }
  })
  const connectStart = performance.now()
  const connectedStats = await Promise.all(workers.map(w => w.connected.then(m => m.stats)))
  const connectSeconds = (performance.now() - connectStart) / 1000

  const startAt = Date.now() + 200
  const done = workers.map(w => waitFor(w.child, 'done'))
  for (const w of workers) w.child.send({ type: 'go', startAt })
  const credit = closedLoop ? grantCredits(sub!, workers.map(w => w.child), o.window) : null
  let windowStart = new Map<number, ProcSample | null>()
  let windowEnd = new Map<number, ProcSample | null>()
  let windowSeconds: number
  if (o.idle) {
    await delay(o.holdMs)
    windowStart = before
    windowEnd = new Map(o.watchPids.map(pid => [pid, sampleProc(pid)]))
    windowSeconds = o.holdMs / 1000
  } else {
    if (sub) { sub.windowStartMs = startAt + o.warmupMs; sub.windowEndMs = startAt + o.durationMs }
    await delay(startAt + o.warmupMs - Date.now())
    windowStart = new Map(o.watchPids.map(pid => [pid, sampleProc(pid)]))
    await delay(startAt + o.durationMs - Date.now())
    windowEnd = new Map(o.watchPids.map(pid => [pid, sampleProc(pid)]))
    windowSeconds = (o.durationMs - o.warmupMs) / 1000
  }
  const doneStats: WorkerStats[] = (await Promise.all(done)).map(m => m.stats)
  credit?.stop()
  if (sub) await delay(300) // late deliveries count in totals, not in the window
  for (const w of workers) w.child.send({ type: 'close' })
  sub?.close()
  await Promise.all(workers.map(w => new Promise(r => w.child.exitCode !== null ? r(null) : w.child.once('exit', r))))

  const stats = doneStats.length ? doneStats : connectedStats
  const sum = (f: (s: WorkerStats) => number) => stats.reduce((a, s) => a + f(s), 0)
  const delivered = sub ? sub.receivedInWindow : 0
  const connected = sum(s => s.connected)
  const watched: WatchedResult[] = o.watchPids.map(pid => {
    const a = windowStart.get(pid), b = windowEnd.get(pid), s0 = before.get(pid)
    const cpu = a && b ? b.cpuMicros - a.cpuMicros : NaN
    return {
      pid, cpuMicros: cpu, cpuPercent: a && b ? (100 * cpu) / ((b.at - a.at) * 1000) : NaN,
      rssStartBytes: s0?.rssBytes ?? NaN, rssEndBytes: b?.rssBytes ?? NaN, rssAnonEndBytes: b?.rssAnonBytes ?? NaN,
      cpuMicrosPerDelivered: delivered > 0 ? cpu / delivered : null,
    }
  })
  const coordCpu = selfCpuMicros() - cpu0
  const coordWall = performance.now() - wall0
  const { password: _p, subscriberPassword: _sp, credentials: _c, ...shown } = o
  return {
    options: shown,
    windowSeconds,
    connect: {
      connected, failed: sum(s => s.connectErrors), seconds: connectSeconds, perSecond: connected / connectSeconds,
      disconnects: sum(s => s.disconnects), errors: stats.flatMap(s => s.errorSamples).slice(0, 5),
    },
    publish: { sent: sum(s => s.sent), sentInWindow: sum(s => s.sentInWindow), perSecond: sum(s => s.sentInWindow) / windowSeconds, acked: sum(s => s.acked), window: closedLoop ? o.window : 0, regrants: credit?.regrants ?? 0 },
    deliver: sub ? {
      received: sub.received, receivedInWindow: sub.receivedInWindow, perSecond: sub.receivedInWindow / windowSeconds,
      latencyMs: msSummary(summarize(sub.latencyMicros.samples())),
    } : null,
    watched,
    generator: [
      { role: sub ? 'coordinator+subscriber' : 'coordinator', cpuMicros: coordCpu, wallMs: coordWall, cpuPercent: (100 * coordCpu) / (coordWall * 1000) },
      ...stats.map(s => ({ role: `publisher-${s.workerIndex}`, cpuMicros: s.cpuMicros, wallMs: s.wallMs, cpuPercent: (100 * s.cpuMicros) / (s.wallMs * 1000) })),
    ],
  }
}

/**
 * Closed loop: every delivered message earns its publishers one more credit (granted every 2 ms,
 * spread over the workers). A server that drops messages would starve the loop, so after 1 s
 * without a delivery a quarter of the window is granted again (counted as `regrants`).
 */
function grantCredits(sub: MeasuringSubscriber, children: ChildProcess[], window: number) {
  let granted = sub.received
  let lastProgress = Date.now()
  let cursor = 0
  const state = { regrants: 0, stop: () => clearInterval(timer) }
  const give = (n: number) => {
    for (let i = 0; i < children.length; i++) {
      const k = share(n, children.length, (i + cursor) % children.length)
      if (k > 0 && children[i]!.connected) children[i]!.send({ type: 'credit', n: k })
    }
    cursor = (cursor + 1) % children.length
  }
  const timer = setInterval(() => {
    const now = Date.now()
    const fresh = sub.received - granted
    if (fresh > 0) {
      granted = sub.received
      lastProgress = now
      give(fresh)
    } else if (now - lastProgress > 1000) {
      lastProgress = now
      state.regrants += 1
      give(Math.ceil(window / 4))
    }
  }, 2)
  return state
}

function msSummary(s: LatencySummary): LatencySummary {
  const r = (v: number) => Math.round(v) / 1000
  return { count: s.count, min: r(s.min), p50: r(s.p50), p90: r(s.p90), p99: r(s.p99), p999: r(s.p999), max: r(s.max), mean: r(s.mean) }
}
