import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { TestHub } from '../support/test-hub.js'
import { startConformanceHub, connected, publish, subscribe, ack, hex, toHex, frame, str, DISCONNECT, type Wire } from './wire.js'

let t: TestHub
beforeAll(async () => { t = await startConformanceHub() })
afterAll(async () => { await t.stop() })

/** The packet id of a QoS > 0 PUBLISH given as hex. */
function idOf(packetHex: string): number {
  const p = hex(packetHex)
  let i = 1
  while (p[i]! & 0x80) i++
  i++
  const topicLength = p.readUInt16BE(i)
  return p.readUInt16BE(i + 2 + topicLength)
}
/** A PUBLISH as the hub must send it, with the id it chose. */
function expected(first: number, topic: string, payload: string, id?: number): string {
  return toHex(frame(first, str(topic), id === undefined ? [] : [id >> 8, id & 0xff], Buffer.from(payload)))
}
async function subscribed(id: string, filter: string, qos: number, clean = true, connack = '20 02 00 00'): Promise<Wire> {
  const w = await connected(t.wsUrl, { id, clean }, connack)
  w.send(subscribe(1, [filter, qos]))
  expect(await w.next()).toBe(`90 03 00 01 0${qos}`)
  return w
}

describe('QoS 1 and 2 flows', () => {
  it('[MQTT-4.3.2-2] QoS 1: PUBACK with the packet id, delivery at the granted QoS', async () => {
    const sub = await subscribed('q1-sub', 'q1/t', 1)
    const pub = await connected(t.wsUrl, { id: 'q1-pub' })
    pub.send(publish('q1/t', 'one', { qos: 1, id: 10 }))
    expect(await pub.next()).toBe('40 02 00 0a')
    const got = (await sub.next())!
    const id = idOf(got)
    expect(id).toBeGreaterThan(0) // [MQTT-2.3.1-1]
    expect(got).toBe(expected(0x32, 'q1/t', 'one', id))
    sub.send(ack('puback', id))
    expect(await sub.flush()).toEqual([])
    sub.end(); pub.end()
  })

  it('[MQTT-4.3.2-2] QoS 1: the PUBACK follows ownership; subscribers do not wait for it', async () => {
    // A hook that holds the acknowledgement (as the telemetry journal does until its fsync).
    let release!: () => void
    const durable = new Promise<void>(resolve => { release = resolve })
    let held = 0
    t.hub.services.hooks.beforeAck('telemetry', ({ packet }) => {
      if (packet.topic !== 'devices/own-1/telemetry') return undefined
      held++
      return durable
    })
    const sub = await subscribed('own-sub', 'devices/own-1/telemetry', 1)
    const pub = await connected(t.wsUrl, { id: 'own-pub' })
    pub.send(publish('devices/own-1/telemetry', '{"v":1}', { qos: 1, id: 12 }))
    const got = (await sub.next())!
    expect(got).toBe(expected(0x32, 'devices/own-1/telemetry', '{"v":1}', idOf(got)))
    sub.send(ack('puback', idOf(got)))
    expect(await sub.flush()).toEqual([]) // a round trip through the hub after the delivery
    expect(held).toBe(1)
    expect(pub.received()).toEqual([]) // stock aedes 1.2 had sent the PUBACK before publishing
    release()
    expect(await pub.next()).toBe('40 02 00 0c')
    sub.end(); pub.end()
  })

  it('[MQTT-4.3.3-2] QoS 2: PUBREC, PUBREL, PUBCOMP; a DUP before PUBREL is delivered once', async () => {
    const sub = await subscribed('q2-sub', 'q2/t', 2)
    const pub = await connected(t.wsUrl, { id: 'q2-pub' })
    pub.send(publish('q2/t', 'two', { qos: 2, id: 11 }))
    expect(await pub.next()).toBe('50 02 00 0b')
    pub.send(publish('q2/t', 'two', { qos: 2, id: 11, dup: true }))
    expect(await pub.next()).toBe('50 02 00 0b')
    pub.send(ack('pubrel', 11))
    expect(await pub.next()).toBe('70 02 00 0b')
    const got = (await sub.next())!
    const id = idOf(got)
    expect(got).toBe(expected(0x34, 'q2/t', 'two', id))
    sub.send(ack('pubrec', id))
    expect(await sub.next()).toBe(toHex(ack('pubrel', id)))
    sub.send(ack('pubcomp', id))
    expect(await sub.flush()).toEqual([])
    sub.end(); pub.end()
  })

  it('[MQTT-3.8.4-6] delivery is downgraded to the granted QoS', async () => {
    const sub = await subscribed('dg-sub', 'dg/t', 0)
    const pub = await connected(t.wsUrl, { id: 'dg-pub' })
    pub.send(publish('dg/t', 'down', { qos: 2, id: 1 }))
    expect(await sub.next()).toBe(expected(0x30, 'dg/t', 'down'))
    sub.end(); pub.end()
  })

  it('[MQTT-4.4.0-1] QoS 1: an unacknowledged PUBLISH is sent again with DUP=1 after reconnect', async () => {
    const sub = await subscribed('rd1', 'rd1/t', 1, false)
    const pub = await connected(t.wsUrl, { id: 'rd1-pub' })
    pub.send(publish('rd1/t', 'again', { qos: 1, id: 3 }))
    const first = (await sub.next())!
    const id = idOf(first)
    sub.end() // no PUBACK
    await sub.closed()
    const back = await connected(t.wsUrl, { id: 'rd1', clean: false }, '20 02 01 00')
    expect(await back.next()).toBe(expected(0x3a, 'rd1/t', 'again', id))
    back.send(ack('puback', id))
    expect(await back.flush()).toEqual([])
    back.end(); pub.end()
  })

  it('[MQTT-4.4.0-1] QoS 2: a PUBREL not completed is sent again after reconnect', async () => {
    const sub = await subscribed('rd2', 'rd2/t', 2, false)
    const pub = await connected(t.wsUrl, { id: 'rd2-pub' })
    pub.send(publish('rd2/t', 'x', { qos: 2, id: 4 }))
    expect(await pub.next()).toBe('50 02 00 04')
    pub.send(ack('pubrel', 4))
    const got = (await sub.next())!
    const id = idOf(got)
    sub.send(ack('pubrec', id))
    expect(await sub.next()).toBe(toHex(ack('pubrel', id)))
    sub.end() // no PUBCOMP
    await sub.closed()
    const back = await connected(t.wsUrl, { id: 'rd2', clean: false }, '20 02 01 00')
    expect(await back.next()).toBe(toHex(ack('pubrel', id)))
    back.send(ack('pubcomp', id))
    expect(await back.flush()).toEqual([])
    back.end(); pub.end()
  })

  it('[MQTT-3.1.2-5] QoS 1 messages published while a clean=0 client is away are queued', async () => {
    const sub = await subscribed('away', 'away/t', 1, false)
    sub.send(DISCONNECT)
    await sub.closed()
    const pub = await connected(t.wsUrl, { id: 'away-pub' })
    pub.send(publish('away/t', 'queued', { qos: 1, id: 2 }))
    expect(await pub.next()).toBe('40 02 00 02')
    const back = await connected(t.wsUrl, { id: 'away', clean: false }, '20 02 01 00')
    const got = (await back.next())!
    expect(got).toBe(expected(0x32, 'away/t', 'queued', idOf(got)))
    back.end(); pub.end()
  })
})

describe('session present', () => {
  it('[MQTT-3.2.2-2] session present = 1 for an existing empty clean=0 session', async () => {
    const a = await connected(t.wsUrl, { id: 'sp-empty', clean: false }, '20 02 00 00')
    a.send(DISCONNECT)
    await a.closed()
    const b = await connected(t.wsUrl, { id: 'sp-empty', clean: false }, '20 02 01 00')
    b.end()
  })
  it('[MQTT-3.2.2-1] session present = 0 with clean session 1, and the session ends', async () => {
    const a = await connected(t.wsUrl, { id: 'sp-clean', clean: false }, '20 02 00 00')
    a.send(DISCONNECT)
    await a.closed()
    const b = await connected(t.wsUrl, { id: 'sp-clean', clean: true }, '20 02 00 00')
    b.send(DISCONNECT)
    await b.closed()
    const c = await connected(t.wsUrl, { id: 'sp-clean', clean: false }, '20 02 00 00')
    c.end()
  })
  it('[MQTT-3.2.2-2] session present = 1 when the session holds a subscription', async () => {
    const a = await subscribed('sp-sub', 'sp/t', 1, false)
    a.send(DISCONNECT)
    await a.closed()
    const b = await connected(t.wsUrl, { id: 'sp-sub', clean: false }, '20 02 01 00')
    b.end()
  })
})

describe('retained messages', () => {
  it('[MQTT-3.3.1-6] a new subscription receives the retained message with RETAIN=1', async () => {
    const pub = await connected(t.wsUrl, { id: 'rt-pub' })
    pub.send(publish('rt/a', 'kept', { qos: 1, id: 1, retain: true }))
    expect(await pub.next()).toBe('40 02 00 01')
    const sub = await subscribed('rt-sub', 'rt/a', 1)
    const got = (await sub.next())!
    expect(got).toBe(expected(0x33, 'rt/a', 'kept', idOf(got)))
    sub.end(); pub.end()
  })

  it('[MQTT-3.3.1-9] a live delivery to an existing subscription has RETAIN=0', async () => {
    const sub = await subscribed('rt-live', 'rt/live', 0)
    const pub = await connected(t.wsUrl, { id: 'rt-live-pub' })
    pub.send(publish('rt/live', 'now', { retain: true }))
    expect(await sub.next()).toBe(expected(0x30, 'rt/live', 'now'))
    sub.end(); pub.end()
  })

  it('[MQTT-3.3.1-10/11] a zero-byte retained PUBLISH clears the retained message', async () => {
    const pub = await connected(t.wsUrl, { id: 'rt-clear' })
    pub.send(publish('rt/c', 'old', { qos: 1, id: 1, retain: true }))
    expect(await pub.next()).toBe('40 02 00 01')
    pub.send(publish('rt/c', '', { qos: 1, id: 2, retain: true }))
    expect(await pub.next()).toBe('40 02 00 02')
    const sub = await subscribed('rt-clear-sub', 'rt/c', 1)
    expect(await sub.flush()).toEqual([])
    sub.end(); pub.end()
  })

  it.each([
    ['w/1/#', 0, 0x31], ['+/2/a', 0, 0x31], ['#', 0, 0x31], ['w/4/a', 0, 0x31], ['w/5/+', 1, 0x33], ['w/6/#', 2, 0x33],
  ])('[MQTT-3.8.4-6] retained QoS 1 through %s granted QoS %i arrives at min(QoS)', async (filter, qos, first) => {
    const topic = filter === '#' ? 'w/3/a' : `w/${filter.split('/')[1]}/a`
    const pub = await connected(t.wsUrl, { id: `rw-pub-${filter}-${qos}` })
    pub.send(publish(topic, 'r1', { qos: 1, id: 1, retain: true }))
    expect(await pub.next()).toBe('40 02 00 01')
    const sub = await subscribed(`rw-${filter}-${qos}`, filter, qos)
    // `#` also brings every other retained message of this hub: look at this topic's only.
    const isMine = (p: string) => hex(p).includes(Buffer.from(topic))
    let first_: string | undefined
    while (!first_ || !isMine(first_)) first_ = await sub.next()
    const mine = [first_, ...(await sub.flush()).filter(isMine)]
    expect(mine).toHaveLength(1)
    expect(mine[0]).toBe(expected(first, topic, 'r1', first === 0x31 ? undefined : idOf(mine[0]!)))
    sub.end(); pub.end()
  })

  it('[MQTT-4.7.2-1] # does not deliver retained $ topics', async () => {
    const sub = await subscribed('rt-dollar', '#', 0)
    const seen = await sub.flush()
    expect(seen.filter(p => hex(p).subarray(4).toString('latin1').startsWith('$'))).toEqual([])
    sub.end()
  })

  it.each([1, 2, 3])('a retained PUBLISH then a SUBSCRIBE in one message: one copy, RETAIN=1 (run %i)', async run => {
    const w = await connected(t.wsUrl, { id: `race-${run}` })
    const topic = run === 3 ? 'race/1' : `race/${run}` // run 3: the topic is warm (already retained)
    w.send(Buffer.concat([publish(topic, `v${run}`, { retain: true }), subscribe(1, [topic, 0])]))
    expect(await w.next()).toBe('90 03 00 01 00')
    expect(await w.next()).toBe(expected(0x31, topic, `v${run}`))
    expect(await w.flush()).toEqual([])
    w.end()
  })
})

describe('wills', () => {
  it('[MQTT-3.1.2-8] the will is published when the connection is lost', async () => {
    const sub = await subscribed('will-sub', 'will/a', 1)
    const dev = await connected(t.wsUrl, { id: 'will-dev', will: { topic: 'will/a', payload: 'gone', qos: 1 } })
    dev.end()
    const got = (await sub.next())!
    expect(got).toBe(expected(0x32, 'will/a', 'gone', idOf(got)))
    sub.end()
  })
  it('[MQTT-3.1.2-10] DISCONNECT discards the will', async () => {
    const sub = await subscribed('will-sub2', 'will/b', 0)
    const dev = await connected(t.wsUrl, { id: 'will-dev2', will: { topic: 'will/b', payload: 'gone' } })
    dev.send(DISCONNECT)
    await dev.closed()
    expect(await sub.flush()).toEqual([])
    sub.end()
  })
  it('[MQTT-3.1.2-17] a retained will is retained', async () => {
    const dev = await connected(t.wsUrl, { id: 'will-dev3', will: { topic: 'will/c', payload: 'last', retain: true } })
    const sub0 = await subscribed('will-watch3', 'will/c', 0)
    dev.end()
    expect(await sub0.next()).toBe(expected(0x30, 'will/c', 'last'))
    const sub = await subscribed('will-sub3', 'will/c', 0)
    expect(await sub.next()).toBe(expected(0x31, 'will/c', 'last'))
    sub.end(); sub0.end()
  })
  it('[MQTT-3.1.4-2] a takeover closes the old connection and publishes its will', async () => {
    const sub = await subscribed('will-sub4', 'will/d', 0)
    const old = await connected(t.wsUrl, { id: 'will-dev4', will: { topic: 'will/d', payload: 'taken' } })
    const next = await connected(t.wsUrl, { id: 'will-dev4' })
    await old.closed()
    expect(await sub.next()).toBe(expected(0x30, 'will/d', 'taken'))
    next.end(); sub.end()
  })
})

describe('session present with LevelDB persistence', () => {
  it('[MQTT-3.2.2-2] an empty clean=0 session survives a hub restart', async () => {
    const { startTestHub } = await import('../support/test-hub.js')
    const { openAccess } = await import('../../src/protocols/mqtt/access.js')
    const first = await startTestHub({}, { access: openAccess })
    const a = await connected(first.wsUrl, { id: 'lv-empty', clean: false }, '20 02 00 00')
    a.send(DISCONNECT)
    await a.closed()
    const again = await connected(first.wsUrl, { id: 'lv-empty', clean: false }, '20 02 01 00')
    again.send(DISCONNECT)
    await again.closed()
    await first.stop({ keepData: true })
    const second = await startTestHub({ dataDir: first.dataDir }, { access: openAccess })
    try {
      const b = await connected(second.wsUrl, { id: 'lv-empty', clean: false }, '20 02 01 00')
      b.end()
    } finally {
      await second.stop()
    }
  })
})
