#!/usr/bin/env node
/**
 * A publish flood: `publishers` MQTT clients (raw sockets, over the plain-TCP listener or `/ws`)
 * each write their share of `messages` small QoS 0 PUBLISHes to one topic at once, in writes of
 * 1 000 packets; one TCP subscriber reads them. Prints how long the hub takes to deliver them all
 * and how far its heap and RSS grew. Run after `npm run build`:
 *   node bench/mqtt-flood.mjs [--transport tcp|ws] [--publishers 50] [--messages 300000] [--hub hub/dist]
 * The hub runs in this process (open MQTT access, a temporary data directory, 127.0.0.1 only).
 */
import net from 'node:net'
import path from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { pathToFileURL } from 'node:url'
import WebSocket from 'ws'
import { freePort, repoRoot } from './lib/util.mjs'

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []))
const TRANSPORT = args.transport ?? 'tcp'
const PUBLISHERS = Math.min(Number(args.publishers ?? 50), 1000)
const MESSAGES = Math.min(Number(args.messages ?? 300_000), 2_000_000)
const build = path.resolve(args.hub ?? path.join(repoRoot, 'hub/dist'))
const load = m => import(pathToFileURL(path.join(build, m)).href)

const { loadConfig } = await load('config.js')
const { createHub } = await load('server.js')
const { createLogger } = await load('logger.js')
const { openAccess } = await load('protocols/mqtt/access.js')

const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-bench-flood-'))
const tcpPort = await freePort()
const config = loadConfig({ TETHER_LOG_LEVEL: 'silent', TETHER_ADMIN_PASSWORD: 'bench-flood-admin-password' }, { port: 0, host: '127.0.0.1', dataDir, mqttTcpPort: tcpPort })
const hub = await createHub(config, { logger: createLogger('silent'), access: openAccess })
const { port } = await hub.start()

const connectPacket = id => Buffer.concat([Buffer.from([0x10, 12 + id.length, 0, 4, 0x4d, 0x51, 0x54, 0x54, 4, 2, 0, 60, 0, id.length]), Buffer.from(id)])
const PUBLISH = Buffer.from([0x30, 0x0a, 0x00, 0x03, 0x74, 0x2f, 0x78, ...Buffer.from('hello')]) // QoS 0 to `t/x`
const SUBSCRIBE = Buffer.from([0x82, 0x08, 0, 1, 0, 3, 0x74, 0x2f, 0x78, 0]) // `t/x`, QoS 0
const SUBACK = Buffer.from([0x90, 0x03, 0, 1, 0])

/** A raw MQTT connection on the chosen transport: `write(bytes)`, `close()`, resolves once CONNACK came. */
function open(id, onData = () => {}) {
  return new Promise((resolve, reject) => {
    let acked = false
    const data = d => { if (!acked) { acked = true; resolve(conn) } onData(d) }
    let conn
    if (TRANSPORT === 'ws') {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, 'mqtt')
      ws.on('message', data)
      ws.on('error', reject)
      ws.on('open', () => ws.send(connectPacket(id)))
      conn = { write: b => ws.send(b), close: () => ws.terminate() }
    } else {
      const s = net.connect(tcpPort, '127.0.0.1')
      s.on('data', data)
      s.on('error', reject)
      s.write(connectPacket(id))
      conn = { write: b => s.write(b), close: () => s.destroy() }
    }
  })
}

let received = 0
let subscribed = false
let head = Buffer.alloc(0) // what arrived before the SUBACK (a packet may come in pieces)
const sub = await open('flood-sub', d => {
  received += d.length
  if (!subscribed) { head = Buffer.concat([head, d]); subscribed = head.includes(SUBACK) }
})
sub.write(SUBSCRIBE)
while (!subscribed) await new Promise(r => setTimeout(r, 5))
received = 0
const publishers = await Promise.all(Array.from({ length: PUBLISHERS }, (_, i) => open(`flood-pub-${i}`)))

const base = process.memoryUsage()
let peakRss = base.rss
let peakHeap = base.heapUsed
const sampler = setInterval(() => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed) }, 20)
const batch = Buffer.concat(Array.from({ length: 1000 }, () => PUBLISH))
const started = performance.now()
for (let i = 0; i < Math.ceil(MESSAGES / 1000); i++) publishers[i % PUBLISHERS].write(batch)
const expected = Math.ceil(MESSAGES / 1000) * 1000 * PUBLISH.length
const deadline = Date.now() + 300_000
while (received < expected && Date.now() < deadline) await new Promise(r => setTimeout(r, 10))
const ms = performance.now() - started
clearInterval(sampler)
const delivered = Math.floor(received / PUBLISH.length)
const mib = b => Math.round(b / 2 ** 20)
console.log(`${TRANSPORT}: ${PUBLISHERS} publishers, ${delivered} of ${Math.ceil(MESSAGES / 1000) * 1000} delivered in ${Math.round(ms)} ms ` +
  `(${Math.round(delivered / ms * 1000)} msg/s); peak heap +${mib(peakHeap - base.heapUsed)} MiB, peak RSS +${mib(peakRss - base.rss)} MiB`)
console.log(JSON.stringify({ bench: 'mqtt-flood', transport: TRANSPORT, publishers: PUBLISHERS, delivered, ms: Math.round(ms), peakHeapMiB: mib(peakHeap - base.heapUsed), peakRssMiB: mib(peakRss - base.rss) }))
for (const p of publishers) p.close()
sub.close()
await hub.stop()
rmSync(dataDir, { recursive: true, force: true })
