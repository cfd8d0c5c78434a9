import { describe, it, expect, afterAll } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import type { Socket } from 'node:net'
import { spawnHub, type HubProcess } from '../support/spawn-hub.js'
import { connectPacket, subscribePacket } from '../support/raw-mqtt.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'

/**
 * A viewer subscribed to all telemetry stops reading (its TCP socket paused) while a device
 * streams ~2 MB/s. The hub runs as a child process so its resident memory is its own.
 * Documented (docs/operations.md, "Slow MQTT subscribers"): the connection is dropped once its
 * hub-side queue has stayed over the send budget (1 MiB) for TETHER_MQTT_SLOW_CONSUMER_MS, or at
 * once past TETHER_MQTT_SEND_HARD_LIMIT_BYTES; the hub's RSS grows by less than 64 MiB meanwhile.
 */
const SLOW_CONSUMER_MS = 1000
const RSS_BOUND_BYTES = 64 * 1024 * 1024
const PASSWORD = 'slow-subscriber-admin'
const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-slow-'))
let hub: HubProcess | undefined
afterAll(async () => {
  await hub?.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Number(kb) * 1024
}

async function call(port: number, method: string, url: string, body: unknown, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method, body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  })
  const json = await res.json() as any
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(r => setTimeout(r, 20))
  }
}

describe('a subscriber that stops reading', () => {
  it('is dropped within the documented budget while the hub memory stays bounded', async () => {
    hub = await spawnHub({ TETHER_DATA_DIR: dataDir, TETHER_ADMIN_PASSWORD: PASSWORD, TETHER_MQTT_SLOW_CONSUMER_MS: String(SLOW_CONSUMER_MS), TETHER_DASHBOARD_DIR: '' })
    const port = hub.port
    const admin = (await call(port, 'POST', '/api/auth/login', { username: 'admin', password: PASSWORD })).token
    const device = await call(port, 'POST', '/api/devices', { id: 'firehose' }, admin)
    await call(port, 'POST', '/api/accounts', { username: 'watcher', password: 'watcher-password', role: 'viewer' }, admin)
    const viewer = (await call(port, 'POST', '/api/auth/login', { username: 'watcher', password: 'watcher-password' })).token

    // The slow subscriber: raw WebSocket, CONNECT + SUBSCRIBE devices/+/telemetry, then stops reading.
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, 'mqtt')
    ws.on('error', () => {})
    const frames: Buffer[] = []
    ws.on('message', (d: Buffer) => frames.push(d))
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
    ws.send(connectPacket('watcher:slow', 'watcher', viewer))
    await until(() => frames.some(f => f[0] === 0x20), 'CONNACK', 5000)
    ws.send(subscribePacket(1, 'devices/+/telemetry'))
    await until(() => frames.some(f => f[0] === 0x90), 'SUBACK', 5000)
    ;(ws as unknown as { _socket: Socket })._socket.pause()

    // A healthy viewer on the same stream must keep receiving after the drop.
    const healthy = await connectMqtt(`ws://127.0.0.1:${port}/ws`, { clientId: 'watcher:ok', username: 'watcher', password: viewer })
    let healthyReceived = 0
    healthy.on('message', () => { healthyReceived++ })
    await new Promise<void>((resolve, reject) => healthy.subscribe('devices/+/telemetry', err => err ? reject(err) : resolve()))

    const publisher = await connectMqtt(`ws://127.0.0.1:${port}/ws`, { clientId: 'firehose', username: 'firehose', password: device.token })
    // ~2 MB/s: 8 KiB telemetry payloads (one string field, refused by the store as too long, so
    // storage costs nothing), 25 every 100 ms.
    const payload = JSON.stringify({ blob: 'x'.repeat(8 * 1024 - 12) })
    const baseline = rssOf(hub.child.pid!)
    let peak = baseline
    const started = Date.now()
    const stream = setInterval(() => {
      for (let i = 0; i < 25; i++) publisher.publish('devices/firehose/telemetry', payload, { qos: 0 })
      peak = Math.max(peak, rssOf(hub!.child.pid!))
    }, 100)
    try {
      const dropped = () => hub!.logs.filter(l => l.includes('"mqtt slow consumer dropped"'))
      await until(() => dropped().length > 0, 'the slow subscriber to be dropped', 30_000)
      const dropAfterMs = Date.now() - started
      // Keep streaming a second after the drop: memory must not have kept growing.
      const receivedAtDrop = healthyReceived
      const settle = Date.now() + 1000
      await until(() => Date.now() > settle, 'one more second of stream', 5000)
      const line = JSON.parse(dropped()[0]!)
      console.log(`slow subscriber dropped after ${dropAfterMs} ms (${line.reason}, ${line.queuedBytes} B queued, ${line.overBudgetMs} ms over budget); hub RSS ${(baseline / 2 ** 20).toFixed(0)} → peak ${(peak / 2 ** 20).toFixed(0)} MiB`)
      expect(dropped()).toHaveLength(1)
      expect(['slow', 'hard']).toContain(line.reason)
      if (line.reason === 'slow') expect(line.overBudgetMs).toBeLessThan(SLOW_CONSUMER_MS + 1000)
      expect(line.queuedBytes).toBeLessThanOrEqual(4 * 1024 * 1024 + 64 * 1024)
      expect(peak - baseline).toBeLessThan(RSS_BOUND_BYTES)
      expect(healthyReceived).toBeGreaterThan(receivedAtDrop)
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
      expect(metrics).toMatch(/tether_mqtt_connections_closed_total\{code="MQTT_ERR_SLOW_CONSUMER"\} 1/)
    } finally {
      clearInterval(stream)
      ws.terminate()
      await endMqtt(publisher, true)
      await endMqtt(healthy, true)
    }
  }, 60_000)
})
