import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { TestHub } from '../support/test-hub.js'
import { startConformanceHub, connected, untilClosed, hex, frame, str, publish, subscribe, unsubscribe, ack } from './wire.js'

let t: TestHub
beforeAll(async () => { t = await startConformanceHub() })
afterAll(async () => { await t.stop() })

let n = 0
const client = () => connected(t.wsUrl, { id: `pk-${n++}` })

describe('packets the hub refuses by closing, answering nothing [MQTT-4.8.0-1]', () => {
  it.each([
    // reserved fixed-header flags of every packet type with fixed flags
    ['[MQTT-2.2.2-2] PUBACK with flags 0001', hex('41 02 00 01')],
    ['[MQTT-2.2.2-2] PUBREC with flags 0001', hex('51 02 00 01')],
    ['[MQTT-3.6.1-1] PUBREL with flags 0000', hex('60 02 00 01')],
    ['[MQTT-2.2.2-2] PUBCOMP with flags 0001', hex('71 02 00 01')],
    ['[MQTT-3.8.1-1] SUBSCRIBE with flags 0000', frame(0x80, [0, 1], str('a'), [0])],
    ['[MQTT-3.10.1-1] UNSUBSCRIBE with flags 0000', frame(0xa0, [0, 1], str('a'))],
    ['[MQTT-2.2.2-2] PINGREQ with flags 0001', hex('c1 00')],
    ['[MQTT-2.2.2-2] DISCONNECT with flags 0001', hex('e1 00')],
    ['[MQTT-3.3.1-4] PUBLISH with QoS 3', frame(0x36, str('a'), [0, 1])],
    ['[MQTT-3.3.1-2] QoS 0 PUBLISH with DUP=1', frame(0x38, str('a'))],
    // packets only a server sends, and reserved types
    ['[MQTT-4.8.0-1] CONNACK from a client', hex('20 02 00 00')],
    ['[MQTT-4.8.0-1] SUBACK from a client', hex('90 03 00 01 00')],
    ['[MQTT-4.8.0-1] UNSUBACK from a client', hex('b0 02 00 01')],
    ['[MQTT-4.8.0-1] PINGRESP from a client', hex('d0 00')],
    ['[MQTT-4.8.0-1] reserved type 0', hex('00 00')],
    ['[MQTT-4.8.0-1] reserved type 15', hex('f0 00')],
    // packet identifier 0
    ['[MQTT-2.3.1-1] QoS 1 PUBLISH with packet id 0', publish('a', 'x', { qos: 1, id: 0 })],
    ['[MQTT-2.3.1-1] QoS 2 PUBLISH with packet id 0', publish('a', 'x', { qos: 2, id: 0 })],
    ['[MQTT-2.3.1-1] PUBACK with packet id 0', hex('40 02 00 00')],
    ['[MQTT-2.3.1-1] PUBREC with packet id 0', hex('50 02 00 00')],
    ['[MQTT-2.3.1-1] PUBREL with packet id 0', hex('62 02 00 00')],
    ['[MQTT-2.3.1-1] PUBCOMP with packet id 0', hex('70 02 00 00')],
    ['[MQTT-2.3.1-1] SUBSCRIBE with packet id 0', subscribe(0, ['a', 0])],
    ['[MQTT-2.3.1-1] UNSUBSCRIBE with packet id 0', unsubscribe(0, 'a')],
    // remaining lengths that do not fit the packet
    ['[MQTT-4.8.0-1] PUBACK with remaining length 0', hex('40 00')],
    ['[MQTT-4.8.0-1] PUBACK with remaining length 1', hex('40 01 00')],
    ['[MQTT-4.8.0-1] PUBCOMP with remaining length 0', hex('70 00')],
    ['[MQTT-4.8.0-1] PUBCOMP with remaining length 1', hex('70 01 00')],
    ['[MQTT-4.8.0-1] truncated PUBREC (no malformed 62 02 back)', hex('50 01 00')],
    ['[MQTT-4.8.0-1] truncated PUBREL (no malformed 70 02 back)', hex('62 01 00')],
    ['[MQTT-4.8.0-1] PUBREC with remaining length 3', hex('50 03 00 01 00')],
    ['[MQTT-4.8.0-1] PINGREQ with remaining length 1', hex('c0 01 00')],
    ['[MQTT-4.8.0-1] DISCONNECT with remaining length 1', hex('e0 01 00')],
    ['[MQTT-4.8.0-1] PUBLISH whose topic length runs past the packet', hex('30 03 00 05 61')],
    // topic names and filters
    ['[MQTT-4.7.3-1] PUBLISH with a zero-length topic', publish('', 'x')],
    ['[MQTT-3.3.2-2] PUBLISH to a topic with +', publish('a/+', 'x')],
    ['[MQTT-3.3.2-2] PUBLISH to a topic with #', publish('a/#', 'x')],
    ['[MQTT-3.8.3-3] SUBSCRIBE without a topic filter', hex('82 02 00 01')],
    ['[MQTT-3.10.3-2] UNSUBSCRIBE without a topic filter', hex('a2 02 00 01')],
    ['[MQTT-3.8.3-4] SUBSCRIBE requesting QoS 3', subscribe(1, ['a', 3])],
    ['[MQTT-3.8.3-4] SUBSCRIBE with reserved bits in the QoS byte', subscribe(1, ['a', 0x40])],
    ['[MQTT-4.7.3-1] SUBSCRIBE with a zero-length filter', subscribe(1, ['', 0])],
    ['[MQTT-4.7.3-1] UNSUBSCRIBE with a zero-length filter', unsubscribe(1, '')],
    ['[MQTT-4.7.1-2] SUBSCRIBE with # not last', subscribe(1, ['a/#/b', 0])],
    ['[MQTT-4.7.1-3] SUBSCRIBE with + inside a level', subscribe(1, ['a/b+', 0])],
  ])('%s', async (_name, bytes) => {
    const w = await client()
    w.send(bytes)
    const { packets } = await untilClosed(w)
    expect(packets).toEqual([])
  })
})

describe('acknowledgements the client had no reason to send (the connection stays)', () => {
  it('[MQTT-4.3.2] ignores a PUBACK for an unknown packet id', async () => {
    const w = await client()
    w.send(ack('puback', 7))
    expect(await w.flush()).toEqual([])
    w.end()
  })
  it('[MQTT-4.3.3] ignores a PUBCOMP for an unknown packet id', async () => {
    const w = await client()
    w.send(ack('pubcomp', 7))
    expect(await w.flush()).toEqual([])
    w.end()
  })
  it('[MQTT-4.3.3-2] answers a PUBREL for an unknown packet id with PUBCOMP', async () => {
    const w = await client()
    w.send(ack('pubrel', 7))
    expect(await w.next()).toBe('70 02 00 07')
    expect(await w.flush()).toEqual([])
    w.end()
  })
  it('[MQTT-4.3.3] answers a PUBREC for an unknown packet id with PUBREL', async () => {
    const w = await client()
    w.send(ack('pubrec', 7))
    expect(await w.flush()).toEqual(['62 02 00 07'])
    w.end()
  })
})

describe('SUBSCRIBE and UNSUBSCRIBE answers', () => {
  it('[MQTT-3.8.4-5] grants each filter in order [MQTT-3.9.3-1]', async () => {
    const w = await client()
    w.send(subscribe(3, ['s/a', 0], ['s/b', 1], ['s/+/c', 2], ['s/#', 1]))
    expect(await w.next()).toBe('90 06 00 03 00 01 02 01')
    w.end()
  })
  it('[MQTT-3.10.4-4] UNSUBACK carries the packet id, also for a filter never subscribed', async () => {
    const w = await client()
    w.send(unsubscribe(0x1234, 'never/subscribed'))
    expect(await w.next()).toBe('b0 02 12 34')
    w.end()
  })
  it('[MQTT-3.8.4-3] a repeated SUBSCRIBE replaces the subscription (one delivery)', async () => {
    const w = await client()
    w.send(subscribe(1, ['r/x', 0]))
    expect(await w.next()).toBe('90 03 00 01 00')
    w.send(subscribe(2, ['r/x', 1]))
    expect(await w.next()).toBe('90 03 00 02 01')
    w.send(publish('r/x', 'p'))
    expect(await w.next()).toBe('30 06 00 03 72 2f 78 70')
    expect(await w.flush()).toEqual([])
    w.end()
  })
})
