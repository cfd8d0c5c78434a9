/**
 * A publisher worker: opens its share of connections and publishes pre-encoded telemetry at its
 * share of the rate (or as fast as the sockets take it when rate is 0). Runs in its own process
 * (forked by run-load.ts) so the generator spreads over cores and never competes with the
 * subscriber for one event loop.
 */
import { LoadConnection, parseTarget } from './connection.js'
import { encodePublishTemplate, PacketType, type PublishTemplate } from './mqtt-codec.js'
import { payloadTemplate, stampPayload } from './payload.js'
import { dueMessages, spread } from './pacing.js'
import { clientHeaderLength, writeClientFrame } from './ws-frame.js'
import { selfCpuMicros } from './proc-stats.js'
import { wallMicros, type Credential, type WorkerConfig, type WorkerStats, type ToWorker, type FromWorker } from './protocol.js'

/** Socket bytes queued before a connection stops taking more in saturation mode. */
const HIGH_WATER_BYTES = 64 * 1024
/** Messages one connection writes per tick at most (saturation mode). */
const BATCH_MAX = 32

interface Pub {
  conn: LoadConnection
  tpl: PublishTemplate
  nextId: number
  inflight: number
}

function credentialFor(cfg: WorkerConfig, i: number): Credential {
  const c = cfg.credentials[i]
  if (c) return c
  return { clientId: `${cfg.clientIdPrefix}-${cfg.workerIndex}-${i}`, username: cfg.username, password: cfg.password }
}

async function openAll(cfg: WorkerConfig, stats: WorkerStats, onPacket?: (p: Pub, type: number, body: Buffer) => void): Promise<Pub[]> {
  const target = parseTarget(cfg.url)
  const payload = payloadTemplate(cfg.payloadBytes)
  const pubs: Pub[] = []
  let next = 0
  const t0 = performance.now()
  async function lane(): Promise<void> {
    while (next < cfg.connections) {
      const i = next++
      const cred = credentialFor(cfg, i)
      try {
        const conn = await LoadConnection.open(target, { clientId: cred.clientId, username: cred.username, password: cred.password, keepaliveSeconds: cfg.keepaliveSeconds, clean: true })
        const topic = cfg.topic.replace('{id}', cred.clientId)
        const p: Pub = { conn, tpl: encodePublishTemplate(topic, payload, cfg.qos), nextId: 1, inflight: 0 }
        conn.onPacket = (type, _flags, body) => onPacket?.(p, type, body)
        conn.onClose = err => { stats.disconnects += 1; if (err && stats.errorSamples.length < 5) stats.errorSamples.push(err.message) }
        pubs.push(p)
        stats.connected += 1
      } catch (err) {
        stats.connectErrors += 1
        if (stats.errorSamples.length < 5) stats.errorSamples.push((err as Error).message)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(cfg.connectConcurrency, cfg.connections) }, lane))
  stats.connectMs = performance.now() - t0
  return pubs
}

/** Writes `k` stamped PUBLISH frames on one connection in one socket write. */
function sendBatch(p: Pub, k: number, seqStart: number, qos: 0 | 1): void {
  const plain = p.tpl.bytes
  const frameLen = clientHeaderLength(plain.length) + plain.length
  const out = Buffer.allocUnsafe(frameLen * k)
  const ts = wallMicros()
  let off = 0
  for (let m = 0; m < k; m++) {
    stampPayload(plain, p.tpl.payloadOffset, ts, seqStart + m)
    if (qos > 0) {
      plain.writeUInt16BE(p.nextId, p.tpl.packetIdOffset)
      p.nextId = p.nextId === 65535 ? 1 : p.nextId + 1
      p.inflight += 1
    }
    off = writeClientFrame(out, off, 2, plain, p.conn.mask)
  }
  p.conn.write(out)
}

/** Closed-loop credits (see WorkerConfig.initialCredits); Infinity when the loop is open. */
let credits = Infinity
function addCredits(n: number): void { credits += n }

async function runPublisher(cfg: WorkerConfig, waitForGo: () => Promise<number>, report: (m: FromWorker) => void): Promise<WorkerStats> {
  credits = cfg.initialCredits > 0 ? cfg.initialCredits : Infinity
  const stats: WorkerStats = {
    workerIndex: cfg.workerIndex, connected: 0, connectErrors: 0, connectMs: 0, disconnects: 0, errorSamples: [],
    sent: 0, sentInWindow: 0, acked: 0, cpuMicros: 0, wallMs: 0,
  }
  const cpu0 = selfCpuMicros()
  const wall0 = performance.now()
  const pubs = await openAll(cfg, stats, (p, type) => {
    if (type === PacketType.PUBACK) { p.inflight -= 1; stats.acked += 1 }
  })
  report({ type: 'connected', stats })
  const startAt = await waitForGo()
  const live = () => pubs.filter(p => !p.conn.closed)
  if (!cfg.idle && pubs.length > 0) {
    await new Promise<void>(resolve => {
      let cursor = 0
      const loop = (): void => {
        const now = Date.now() - startAt
        // The last tick sends what is due at exactly the duration, so a paced run sends rate × duration.
        const last = now >= cfg.durationMs
        const elapsed = Math.min(now, cfg.durationMs)
        if (cfg.count > 0 && stats.sent >= cfg.count) return resolve()
        if (elapsed >= 0) {
          const inWindow = elapsed >= cfg.warmupMs
          const conns = live()
          if (conns.length === 0) return resolve()
          if (cfg.rate > 0) {
            const owed = dueMessages(cfg.rate, elapsed, cfg.count) - stats.sent
            const plan = spread(Math.max(0, owed), conns.length, cursor)
            cursor = plan.cursor
            conns.forEach((p, i) => {
              let k = plan.perConnection[i]!
              if (cfg.qos > 0) k = Math.min(k, cfg.inflightWindow - p.inflight)
              if (k <= 0) return
              sendBatch(p, k, stats.sent, cfg.qos)
              stats.sent += k
              if (inWindow) stats.sentInWindow += k
            })
          } else {
            for (const p of conns) {
              if (p.conn.socket.writableLength > HIGH_WATER_BYTES) continue
              let k = BATCH_MAX
              if (cfg.qos > 0) k = Math.min(k, cfg.inflightWindow - p.inflight)
              if (cfg.count > 0) k = Math.min(k, cfg.count - stats.sent)
              k = Math.min(k, credits)
              if (k <= 0) continue
              credits -= k
              sendBatch(p, k, stats.sent, cfg.qos)
              stats.sent += k
              if (inWindow) stats.sentInWindow += k
            }
          }
        }
        if (last) return resolve()
        setTimeout(loop, 1)
      }
      loop()
    })
    // QoS 1: give outstanding PUBACKs a moment, bounded.
    const deadline = Date.now() + 2000
    while (cfg.qos > 0 && stats.acked < stats.sent && Date.now() < deadline) await new Promise(r => setTimeout(r, 20))
  }
  stats.cpuMicros = selfCpuMicros() - cpu0
  stats.wallMs = performance.now() - wall0
  return Object.assign(stats, { close: () => { for (const p of pubs) p.conn.end() } })
}

// Entry point when forked by run-load.ts.
if (process.send && process.argv.includes('--load-worker')) {
  let go: ((startAt: number) => void) | null = null
  let closeAll: (() => void) | null = null
  const goPromise = new Promise<number>(r => { go = r })
  process.on('message', (m: ToWorker) => {
    if (m.type === 'start') {
      runPublisher(m.config, () => goPromise, msg => process.send!(msg)).then(stats => {
        const { close, ...plain } = stats as WorkerStats & { close: () => void }
        closeAll = close
        process.send!({ type: 'done', stats: plain } satisfies FromWorker)
      }, err => {
        process.send!({ type: 'failed', message: (err as Error).message } satisfies FromWorker)
      })
    } else if (m.type === 'credit') {
      addCredits(m.n)
    } else if (m.type === 'go') {
      go!(m.startAt)
    } else if (m.type === 'close') {
      closeAll?.()
      setTimeout(() => process.exit(0), 200).unref()
    }
  })
  process.on('disconnect', () => process.exit(0))
}
