import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import WebSocket from 'ws'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { openAccess } from '../src/protocols/mqtt/access.js'

let t: TestHub
beforeAll(async () => {
  t = await startTestHub({ mqttMaxPacketBytes: 64 * 1024, mqttPreConnectBytes: 1024 }, { access: openAccess, persistMqtt: false })
})
afterAll(async () => { await t.stop() })

const CONNECT = Buffer.from([0x10, 0x10, 0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x04, 0x02, 0x00, 0x3c, 0x00, 0x04, 0x74, 0x72, 0x61, 0x70])

function open(): Promise<WebSocket> {
  const ws = new WebSocket(t.wsUrl, 'mqtt')
  return new Promise((resolve, reject) => { ws.once('open', () => resolve(ws)); ws.once('error', reject) })
}
const closed = (ws: WebSocket) => new Promise<{ code: number; reason: string }>(r => ws.once('close', (code, reason) => r({ code, reason: reason.toString() })))

describe('MQTT over WebSocket traps', () => {
  // [MQTT-6.0.0-1] MQTT control packets must be sent in binary data frames.
  it('closes an mqtt connection that sends a text frame (1003)', async () => {
    const ws = await open()
    const done = closed(ws)
    ws.send('hello')
    expect(await done).toEqual({ code: 1003, reason: 'MQTT_ERR_TEXT_FRAME' })
  })

  it('sends one CONNACK as exactly one WebSocket message', async () => {
    const ws = await open()
    const messages: Buffer[] = []
    const pingresp = new Promise<void>(resolve => ws.on('message', (d: Buffer) => {
      messages.push(d)
      if (messages.length === 1) ws.send(Buffer.from([0xc0, 0x00])) // PINGREQ once CONNACK is in
      if (d[0] === 0xd0) resolve()
    }))
    ws.send(CONNECT)
    await pingresp
    // Had the CONNACK been split, its pieces would sit between the first message and PINGRESP.
    expect(messages.map(m => [...m])).toEqual([[0x20, 0x02, 0x00, 0x00], [0xd0, 0x00]])
    ws.close()
  })

  it('closes on an over-size packet split across many small frames, before buffering it', async () => {
    const ws = await open()
    const done = closed(ws)
    ws.send(CONNECT)
    await new Promise(r => ws.once('message', r))
    const before = process.memoryUsage().arrayBuffers
    // PUBLISH declaring 10 MiB, sent 100 bytes at a time.
    const header = Buffer.from([0x30, 0x80, 0x80, 0x80, 0x05])
    ws.send(header)
    const piece = Buffer.alloc(100, 0x61)
    for (let i = 0; i < 200 && ws.readyState === ws.OPEN; i++) ws.send(piece)
    const { code, reason } = await done
    expect(code).toBe(1009)
    expect(reason).toBe('MQTT_ERR_PACKET_TOO_LARGE')
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(5 * 1024 * 1024)
    const metrics = await (await fetch(`${t.httpUrl}/metrics`)).text()
    expect(metrics).toMatch(/tether_mqtt_connections_closed_total\{code="MQTT_ERR_PACKET_TOO_LARGE"\} 1/)
  })

  it('closes a connection that sends more than the pre-CONNECT budget', async () => {
    const ws = await open()
    const done = closed(ws)
    // A CONNECT that never completes: declared 60 KiB (under the packet limit), trickled in.
    ws.send(Buffer.from([0x10, 0x80, 0xe0, 0x03]))
    for (let i = 0; i < 20 && ws.readyState === ws.OPEN; i++) ws.send(Buffer.alloc(100))
    expect(await done).toEqual({ code: 1008, reason: 'MQTT_ERR_PRECONNECT_BUDGET' })
  })

  it('[MQTT-4.6.0-2] acknowledges every PUBLISH of 5 000 sent in one message, in order', async () => {
    const ws = await open()
    ws.send(CONNECT)
    await new Promise(r => ws.once('message', r)) // CONNACK
    const acks: Buffer[] = []
    ws.on('message', (d: Buffer) => acks.push(d))
    // QoS 1 PUBLISHes to `t/b`, packet ids 1…5000, payload `x`.
    const burst = Buffer.concat(Array.from({ length: 5000 }, (_, i) => Buffer.from([0x32, 0x08, 0x00, 0x03, 0x74, 0x2f, 0x62, (i + 1) >> 8, (i + 1) & 0xff, 0x78])))
    ws.send(burst)
    const expected = Buffer.concat(Array.from({ length: 5000 }, (_, i) => Buffer.from([0x40, 0x02, (i + 1) >> 8, (i + 1) & 0xff])))
    while (Buffer.concat(acks).length < expected.length) await new Promise(r => setTimeout(r, 10))
    expect(Buffer.concat(acks).equals(expected)).toBe(true)
    ws.close()
  })

  it('keeps serving other clients while one misbehaves', async () => {
    const good = await open()
    const bad = await open()
    bad.send('text')
    const connack = new Promise<Buffer>(r => good.once('message', d => r(d as Buffer)))
    good.send(CONNECT)
    expect((await connack)[0]).toBe(0x20)
    good.close()
  })
})
