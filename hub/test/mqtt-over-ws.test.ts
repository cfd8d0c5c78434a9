import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import WebSocket from 'ws'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { connectMqtt, nextMessage, endMqtt } from './support/mqtt-client.js'
import { openAccess } from '../src/protocols/mqtt/access.js'

let t: TestHub
beforeAll(async () => { t = await startTestHub({}, { access: openAccess, persistMqtt: false }) })
afterAll(async () => { await t.stop() })

describe('stock MQTT.js over ws://…/ws', () => {
  it.each([0, 1, 2] as const)('subscribes and publishes at QoS %i', async qos => {
    const sub = await connectMqtt(t.wsUrl, { clientId: `sub${qos}` })
    const pub = await connectMqtt(t.wsUrl, { clientId: `pub${qos}` })
    const granted = await sub.subscribeAsync(`q/${qos}`, { qos })
    expect(granted[0]!.qos).toBe(qos)
    const received = nextMessage(sub, `q/${qos}`)
    await pub.publishAsync(`q/${qos}`, `hello ${qos}`, { qos })
    const msg = await received
    expect(msg.payload.toString()).toBe(`hello ${qos}`)
    expect(msg.qos).toBe(qos)
    await Promise.all([endMqtt(sub), endMqtt(pub)])
  })

  it('serves a retained message to a later subscriber', async () => {
    const pub = await connectMqtt(t.wsUrl, { clientId: 'retainer' })
    await pub.publishAsync('r/1', 'kept', { qos: 1, retain: true })
    const sub = await connectMqtt(t.wsUrl, { clientId: 'late' })
    const received = nextMessage(sub, 'r/1')
    await sub.subscribeAsync('r/1', { qos: 1 })
    const msg = await received
    expect(msg.payload.toString()).toBe('kept')
    expect(msg.retain).toBe(true)
    await Promise.all([endMqtt(sub), endMqtt(pub)])
  })

  it('publishes the last will when a client vanishes', async () => {
    const watcher = await connectMqtt(t.wsUrl, { clientId: 'watcher' })
    await watcher.subscribeAsync('w/status', { qos: 1 })
    const doomed = await connectMqtt(t.wsUrl, { clientId: 'doomed', will: { topic: 'w/status', payload: Buffer.from('offline'), qos: 1, retain: false } })
    const will = nextMessage(watcher, 'w/status')
    // Kill the TCP socket without DISCONNECT.
    ;(doomed.stream as unknown as { destroy(): void }).destroy()
    expect((await will).payload.toString()).toBe('offline')
    doomed.end(true)
    await endMqtt(watcher)
  })

  it('speaks MQTT 3.1 on the mqttv3.1 token (MQTT.js protocolVersion 3)', async () => {
    const c = await connectMqtt(t.wsUrl, { clientId: 'v31', protocolVersion: 3, protocolId: 'MQIsdp' })
    await c.subscribeAsync('v31/x', { qos: 1 })
    const received = nextMessage(c, 'v31/x')
    await c.publishAsync('v31/x', 'ok', { qos: 1 })
    expect((await received).payload.toString()).toBe('ok')
    await endMqtt(c)
  })

  it('works with the Paho-style bare mqtt token through a plain ws client', async () => {
    // Paho JS offers exactly "mqtt"; emulate its CONNECT bytes with ws and check the CONNACK.
    const ws = new WebSocket(t.wsUrl, 'mqtt')
    await new Promise(r => ws.once('open', r))
    expect(ws.protocol).toBe('mqtt')
    const connack = new Promise<Buffer>(r => ws.once('message', d => r(d as Buffer)))
    // CONNECT, MQTT 3.1.1, clean session, keepalive 60, client id "paho1"
    ws.send(Buffer.from([0x10, 0x11, 0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x04, 0x02, 0x00, 0x3c, 0x00, 0x05, 0x70, 0x61, 0x68, 0x6f, 0x31]))
    expect([...(await connack)]).toEqual([0x20, 0x02, 0x00, 0x00])
    ws.close()
  })
})
