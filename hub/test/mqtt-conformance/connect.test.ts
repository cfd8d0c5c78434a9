import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { TestHub } from '../support/test-hub.js'
import { startConformanceHub, wire, connect, connected, untilClosed, hex, frame, str, publish, DISCONNECT } from './wire.js'

let t: TestHub
beforeAll(async () => { t = await startConformanceHub() })
afterAll(async () => { await t.stop() })

const mqtt = (flags: number, ...payload: Buffer[]) => frame(0x10, str('MQTT'), [4, flags, 0, 60], ...payload)
const mqisdp = (flags: number, ...payload: Buffer[]) => frame(0x10, str('MQIsdp'), [3, flags, 0, 60], ...payload)
const nul = Buffer.from('w/\u0000', 'utf8')
const surrogate = Buffer.from([0x77, 0x2f, 0xed, 0xa0, 0x80]) // "w/" + U+D800 as bytes: ill-formed
const nonchar = Buffer.from('w/\uffff', 'utf8')
const fffd = Buffer.from('id-\ufffd', 'utf8')

describe('CONNECT: refused by closing, without CONNACK', () => {
  it.each([
    ['[MQTT-3.1.2-1] unknown protocol name', frame(0x10, str('MQTX'), [4, 2, 0, 60], str('c'))],
    ['[MQTT-3.1.2-3] reserved connect flag set', mqtt(0x03, str('c'))],
    ['[MQTT-2.2.2-2] fixed-header flags not 0', frame(0x11, str('MQTT'), [4, 2, 0, 60], str('c'))],
    ['[MQTT-3.1.2-14] will QoS 3', connect({ will: { topic: 'w', qos: 3 } })],
    ['[MQTT-3.1.2-13] will QoS without the will flag', mqtt(0x0a, str('c'))],
    ['[MQTT-3.1.2-15] will retain without the will flag', mqtt(0x22, str('c'))],
    ['[MQTT-3.1.2-22] password flag without the user name flag', mqtt(0x42, str('c'), str('pw'))],
    ['[MQTT-3.1.2-18] a user name the flags do not announce', mqtt(0x02, str('c'), str('u'))],
    ['[MQTT-3.1.2-20] a password the flags do not announce', mqtt(0x82, str('c'), str('u'), str('pw'))],
    ['[MQTT-3.1.2-19] user name flag set, user name missing', mqtt(0x82, str('c'))],
    ['[MQTT-3.1.2-21] password flag set, password missing', mqtt(0xc2, str('c'), str('u'))],
    ['[MQTT-4.7.3-1] zero-length will topic', connect({ will: { topic: '' } })],
    ['[MQTT-1.5.3-1] will topic with U+D800 (ill-formed UTF-8)', connect({ will: { topic: surrogate } })],
    ['[MQTT-1.5.3-2] will topic with U+0000', connect({ will: { topic: nul } })],
    ['[MQTT-1.5.3-1] will topic with U+FFFF (noncharacter)', connect({ will: { topic: nonchar } })],
    ['[MQTT-3.3.2-2] will topic with a wildcard', connect({ will: { topic: 'w/#' } })],
    ['[MQTT-1.5.3-1] client id with ill-formed UTF-8', connect({ id: Buffer.from([0x63, 0xc3, 0x28]) })],
    ['[MQTT-4.8.0-1] truncated CONNECT', hex('10 0a 00 04 4d 51 54 54 04 02 00 3c')],
    ['[MQTT-3.1.0-1] a PUBLISH before CONNECT', publish('a', 'x')],
  ])('%s', async (_name, bytes) => {
    const w = await wire(t.wsUrl)
    w.send(bytes)
    const { packets, code } = await untilClosed(w)
    expect(packets).toEqual([])
    expect(code).toBe(1002)
  })
})

describe('CONNECT: refused with a CONNACK return code, then closed', () => {
  it.each([
    ['[MQTT-3.1.2-2] protocol level 2', connect({ level: 2 }), '20 02 00 01'],
    ['[MQTT-3.1.2-2] protocol level 5 without properties', connect({ level: 5 }), '20 02 00 01'],
    ['[MQTT-3.1.2-2] protocol level 6', connect({ level: 6 }), '20 02 00 01'],
    ['[MQTT-3.1.2-2] MQIsdp at level 4', connect({ protocol: 'MQIsdp', level: 4 }), '20 02 00 01'],
    ['[MQTT-3.1.3-8] empty client id with clean session 0', connect({ id: '', clean: false }), '20 02 00 02'],
    ['[MQTT-3.1.3-8] MQTT 3.1: empty client id', connect({ protocol: 'MQIsdp', id: '' }), '20 02 00 02'],
  ])('%s', async (_name, bytes, connack) => {
    const w = await wire(t.wsUrl)
    w.send(bytes)
    const { packets } = await untilClosed(w)
    expect(packets).toEqual([connack])
  })
})

describe('CONNECT: accepted', () => {
  it.each([
    ['[MQTT-3.1.3-6] empty client id with clean session 1', connect({ id: '' })],
    ['[MQTT-1.5.3-1] client id with a valid U+FFFD', connect({ id: fffd })],
    ['[MQTT-1.5.3] client id with a control character (MAY close; Tether accepts)', connect({ id: 'c\u0001' })],
    ['[MQTT-3.1.2-24] keep alive 0', connect({ keepalive: 0 })],
    ['[MQTT-3.1.2-9] will with topic and message, user name and password', connect({ will: { topic: 'w/ok', payload: 'bye', qos: 1 }, user: 'u', password: 'p' })],
    ['MQTT 3.1: MQIsdp level 3', connect({ protocol: 'MQIsdp', id: 'v31' })],
    ['MQTT 3.1: reserved connect bit set (3.1 left it open)', mqisdp(0x03, str('v31b'))],
    ['MQTT 3.1: user name flag without a user name (ignored)', mqisdp(0x82, str('v31c'))],
    ['MQTT 3.1: password flag without the user name flag', mqisdp(0x42, str('v31d'), str('pw'))],
  ])('%s', async (_name, bytes) => {
    const w = await wire(t.wsUrl)
    w.send(bytes)
    expect(await w.next()).toBe('20 02 00 00')
    expect(await w.flush()).toEqual([])
    w.send(DISCONNECT)
    await w.closed()
  })

  it('[MQTT-3.1.0-2] closes on a second CONNECT', async () => {
    const w = await connected(t.wsUrl, { id: 'twice' })
    w.send(connect({ id: 'twice' }))
    const { packets, code } = await untilClosed(w)
    expect(packets).toEqual([])
    expect(code).toBe(1002)
  })

  it('[MQTT-3.1.4-2] a second connection with the same client id takes the session over', async () => {
    const first = await connected(t.wsUrl, { id: 'taken' })
    const second = await connected(t.wsUrl, { id: 'taken' })
    await first.closed()
    expect(await second.flush()).toEqual([])
    second.end()
  })

  it('MQTT 3.1: a retried PUBREL with DUP=1 completes the flow', async () => {
    const w = await connected(t.wsUrl, { protocol: 'MQIsdp', id: 'v31-pubrel' })
    w.send(publish('v31/q2', 'x', { qos: 2, id: 9 }))
    expect(await w.next()).toBe('50 02 00 09')
    w.send(hex('6a 02 00 09'))
    expect(await w.next()).toBe('70 02 00 09')
    w.end()
  })

  it('[MQTT-3.6.1-1] MQTT 3.1.1: a PUBREL with DUP=1 closes the connection', async () => {
    const w = await connected(t.wsUrl, { id: 'v311-pubrel' })
    w.send(hex('6a 02 00 09'))
    expect((await untilClosed(w)).packets).toEqual([])
  })
})
