import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { TestHub } from '../support/test-hub.js'
import { startConformanceHub, connected, untilClosed, publish, subscribe, unsubscribe, toHex, frame, str } from './wire.js'

let t: TestHub
beforeAll(async () => { t = await startConformanceHub() })
afterAll(async () => { await t.stop() })

let n = 0
const client = () => connected(t.wsUrl, { id: `st-${n++}` })
const b = (...x: number[]) => Buffer.from(x)
const cat = (...parts: Buffer[]) => Buffer.concat(parts)
const deep = (levels: number) => Array.from({ length: levels }, (_, i) => `l${i}`).join('/')

describe('[MQTT-1.5.3-1/2] ill-formed UTF-8 and U+0000 close the connection', () => {
  const bad: Array<[string, Buffer]> = [
    ['U+D800 (surrogate)', cat(Buffer.from('u/'), b(0xed, 0xa0, 0x80))],
    ['an overlong "/"', cat(Buffer.from('u'), b(0xc0, 0xaf))],
    ['a lone continuation byte', cat(Buffer.from('u/'), b(0x80))],
    ['a code point above U+10FFFF', cat(Buffer.from('u/'), b(0xf4, 0x90, 0x80, 0x80))],
    ['U+0000', Buffer.from('u/\u0000', 'utf8')],
  ]
  it.each(bad)('[MQTT-1.5.3-1] PUBLISH topic with %s', async (_n, topic) => {
    const w = await client()
    w.send(publish(topic, 'x', { qos: 1, id: 1 }))
    expect((await untilClosed(w)).packets).toEqual([])
  })
  it.each(bad)('[MQTT-1.5.3-1] SUBSCRIBE filter with %s', async (_n, filter) => {
    const w = await client()
    w.send(subscribe(1, [filter, 0]))
    expect((await untilClosed(w)).packets).toEqual([])
  })
  it.each(bad)('[MQTT-1.5.3-1] UNSUBSCRIBE filter with %s', async (_n, filter) => {
    const w = await client()
    w.send(unsubscribe(1, filter))
    expect((await untilClosed(w)).packets).toEqual([])
  })
  it('[MQTT-1.5.3-2] user name with U+0000', async () => {
    const w = await (await import('./wire.js')).wire(t.wsUrl)
    w.send((await import('./wire.js')).connect({ id: 'nul-user', user: Buffer.from('a\u0000', 'utf8') }))
    expect((await untilClosed(w)).packets).toEqual([])
  })
})

describe('well-formed strings are accepted', () => {
  it('[MQTT-1.5.3-1] a topic with a valid U+FFFD (EF BF BD) is delivered', async () => {
    const w = await client()
    w.send(subscribe(1, ['fffd/#', 0]))
    expect(await w.next()).toBe('90 03 00 01 00')
    const topic = Buffer.from('fffd/\ufffd', 'utf8')
    w.send(publish(topic, 'x'))
    expect(await w.next()).toBe(toHex(frame(0x30, str(topic), Buffer.from('x'))))
    w.end()
  })
  it('[MQTT-1.5.3-1] a filter with a valid U+FFFD is granted', async () => {
    const w = await client()
    w.send(subscribe(1, [Buffer.from('\ufffd', 'utf8'), 1]))
    expect(await w.next()).toBe('90 03 00 01 01')
    w.send(unsubscribe(2, Buffer.from('\ufffd', 'utf8')))
    expect(await w.next()).toBe('b0 02 00 02')
    w.end()
  })
  it('[MQTT-1.5.3] four-byte characters and control characters (MAY close; Tether accepts)', async () => {
    const w = await client()
    const topic = Buffer.from('emoji/\u{1F600}/\u0001', 'utf8')
    w.send(subscribe(1, [topic, 0]))
    expect(await w.next()).toBe('90 03 00 01 00')
    w.send(publish(topic, 'y'))
    expect(await w.next()).toBe(toHex(frame(0x30, str(topic), Buffer.from('y'))))
    w.end()
  })
})

describe('[MQTT-3.8.4-1] topics deeper than the broker holds (100 levels)', () => {
  it('refuses only that filter with 0x80 and keeps the connection', async () => {
    const w = await client()
    w.send(subscribe(4, [deep(101), 1], ['ok/deep', 1]))
    expect(await w.next()).toBe('90 04 00 04 80 01')
    expect(await w.flush()).toEqual([])
    w.end()
  })
  it('acknowledges a too-deep PUBLISH and delivers it to nobody', async () => {
    const w = await client()
    w.send(subscribe(1, ['l0/#', 0], ['$tether/#', 0]))
    expect(await w.next()).toBe('90 04 00 01 00 00')
    w.send(publish(deep(101), 'lost', { qos: 1, id: 5 }))
    expect(await w.next()).toBe('40 02 00 05')
    expect(await w.flush()).toEqual([])
    w.send(publish(deep(100), 'kept'))
    expect(await w.next()).toBe(toHex(frame(0x30, str(deep(100)), Buffer.from('kept'))))
    w.end()
  })
  it('answers UNSUBSCRIBE of a too-deep filter with UNSUBACK', async () => {
    const w = await client()
    w.send(unsubscribe(6, deep(150)))
    expect(await w.next()).toBe('b0 02 00 06')
    w.end()
  })
})
