import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { provisionDevice, createOperator, operatorMqttOptions } from './support/identity.js'
import { connectMqtt, endMqtt } from './support/mqtt-client.js'
import { collect, until, subackCode } from './support/mqtt-acl.js'
import { rawMqtt, connectPacket, publishPacket, subscribePacket } from './support/raw-mqtt.js'

const CONNACK = 2, SUBACK = 9
const illFormed = Buffer.from([0x64, 0xc3, 0x28]) // "d" + a lead byte followed by a non-continuation byte
const withNul = Buffer.from('d\u00001', 'utf8')

let t: TestHub
let dev: { id: string; token: string }
beforeAll(async () => {
  t = await startTestHub({}, { persistMqtt: false })
  dev = provisionDevice(t, 'u8')
})
afterAll(async () => { await t.stop() })

describe('[MQTT-1.5.3-1/2] ill-formed UTF-8 and U+0000 are refused', () => {
  it('accepts a well-formed CONNECT built by hand (control)', async () => {
    const c = await rawMqtt(t.wsUrl)
    c.send(connectPacket('u8', 'u8', dev.token))
    const connack = await c.packet(CONNACK)
    expect([...connack!]).toEqual([0x20, 2, 0, 0])
    c.close()
  })

  it('answers a well-formed non-ASCII user name with an auth refusal, not a close', async () => {
    const c = await rawMqtt(t.wsUrl)
    c.send(connectPacket('zoë', 'zoë', 'not-a-token'))
    const connack = await c.packet(CONNACK)
    expect(connack![3]).toBe(5) // parsed fine, then refused by authentication: no such device
    c.close()
  })

  it.each([
    ['client id with ill-formed UTF-8', () => connectPacket(illFormed, 'u8', dev.token)],
    ['client id with U+0000', () => connectPacket(withNul, 'u8', dev.token)],
    ['user name with ill-formed UTF-8', () => connectPacket('u8', illFormed, dev.token)],
    ['user name with U+0000', () => connectPacket('u8', withNul, dev.token)],
  ])('closes the connection without CONNACK for a %s', async (_name, build) => {
    const c = await rawMqtt(t.wsUrl)
    c.send(build())
    expect(await c.closedWithin(2000)).toBe(true)
    expect(c.received.filter(p => p[0]! >> 4 === CONNACK)).toEqual([])
  })

  it.each([
    ['ill-formed UTF-8', Buffer.concat([Buffer.from('devices/u8/'), Buffer.from([0xff, 0xfe])])],
    ['U+0000', Buffer.from('devices/u8/tele\u0000metry', 'utf8')],
  ])('closes the connection on a PUBLISH topic with %s and delivers nothing', async (_name, topic) => {
    const viewer = await createOperator(t, `watch-${_name.length}`, 'viewer')
    const op = await connectMqtt(t.wsUrl, operatorMqttOptions(viewer.user.username, viewer.token))
    const seen = collect(op)
    await subackCode(op, 'devices/+/telemetry')
    const c = await rawMqtt(t.wsUrl)
    c.send(connectPacket('u8', 'u8', dev.token))
    await c.packet(CONNACK)
    c.send(publishPacket(topic, 'bad'))
    expect(await c.closedWithin(2000)).toBe(true)
    // The device's next, valid session still delivers (sentinel), and the bad message never arrived.
    const again = await rawMqtt(t.wsUrl)
    again.send(connectPacket('u8', 'u8', dev.token))
    await again.packet(CONNACK)
    again.send(publishPacket('devices/u8/telemetry', 'sentinel'))
    await until(op, () => seen.some(m => m.payload === 'sentinel'))
    expect(seen.map(m => m.payload)).toEqual(['sentinel'])
    again.close()
    await endMqtt(op)
  })

  it('closes the connection on a SUBSCRIBE filter with U+0000 (not just 0x80)', async () => {
    const c = await rawMqtt(t.wsUrl)
    c.send(connectPacket('u8', 'u8', dev.token))
    await c.packet(CONNACK)
    c.send(subscribePacket(1, Buffer.from('devices/u8/comm\u0000ands', 'utf8')))
    expect(await c.closedWithin(2000)).toBe(true)
    expect(c.received.filter(p => p[0]! >> 4 === SUBACK)).toEqual([])
  })
})
