import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import net from 'node:net'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { connectChat, chatAs, tokenFor, joinRoom } from './support/chat-client.js'
import { idOf, operatorAccount } from './support/chat-client.js'
import { createManualClock } from './support/manual-clock.js'

const alice = { username: 'alice', role: 'operator' as const }
const victor = { username: 'victor', role: 'viewer' as const }

describe('chat.v1 session rules on a live hub', () => {
  let th: TestHub
  const clock = createManualClock()
  beforeAll(async () => { th = await startTestHub({ chatRateBurst: 1000 }, { now: clock.now, timers: clock }) })
  afterAll(() => th.stop())

  // [CHAT-1.1-1] [CHAT-2.1-1] [CHAT-2.1-5]
  it('answers hello with welcome carrying session id, user, limits and server time', async () => {
    const c = await chatAs(th, alice)
    expect(c.welcome).toMatchObject({
      type: 'welcome', protocol: 'chat.v1', serverTime: clock.now(),
      user: { id: idOf(th, 'alice'), username: 'alice', role: 'operator' },
      limits: { maxFrameBytes: 32768, maxDepth: 8, maxTextChars: 4000, rateBurst: 1000, snapshotEntries: 50, resumeWindow: 1000 },
    })
    expect(c.welcome.sessionId).toMatch(/^c_/)
    // [CHAT-2.1-6]
    expect(await c.request({ type: 'hello', token: 'x' })).toMatchObject({ type: 'error', code: 'already_authenticated' })
    await c.close()
  })

  // [CHAT-2.1-2]
  it('refuses any frame before hello with not_authenticated and keeps the connection', async () => {
    const c = await connectChat(th.wsUrl)
    expect(await c.request({ type: 'rooms' })).toMatchObject({ type: 'error', code: 'not_authenticated' })
    expect(c.ws.readyState).toBe(c.ws.OPEN)
    await c.close()
  })

  // [CHAT-2.1-3]
  it('sends hello_timeout and closes 1008 when no hello arrives in time', async () => {
    const c = await connectChat(th.wsUrl)
    await new Promise(r => setTimeout(r, 50)) // the hub has registered the connection
    clock.advance(5000)
    expect(await c.next()).toMatchObject({ type: 'error', code: 'hello_timeout' })
    expect((await c.closed).code).toBe(1008)
  })

  // [CHAT-2.1-4]
  it.each([
    ['garbage', 'not-a-jwt'],
  ])('refuses a %s token with bad_token and close 1008', async (_name, token) => {
    const c = await connectChat(th.wsUrl)
    expect(await c.request({ type: 'hello', token })).toMatchObject({ type: 'error', code: 'bad_token' })
    expect((await c.closed).code).toBe(1008)
  })

  it('refuses an expired token with bad_token', async () => {
    const { token } = await th.hub.services.tokens.issue(await operatorAccount(th, alice), 10)
    clock.advance(11_000)
    const c = await connectChat(th.wsUrl)
    expect(await c.request({ type: 'hello', token })).toMatchObject({ type: 'error', code: 'bad_token' })
    expect((await c.closed).code).toBe(1008)
  })

  // [CHAT-2.2-2]
  it('ends the session with token_expired when its token runs out', async () => {
    const c = await connectChat(th.wsUrl)
    const { token } = await th.hub.services.tokens.issue(await operatorAccount(th, alice), 60)
    await c.request({ type: 'hello', token })
    clock.advance(60_000)
    expect(await c.next(f => f.type === 'error')).toMatchObject({ code: 'token_expired' })
    expect((await c.closed).code).toBe(1008)
  })

  // [CHAT-2.2-4] [CHAT-2.2-2]
  it('moves the session end to a fresher token of the same account, and refuses others without closing', async () => {
    const c = await connectChat(th.wsUrl)
    const account = await operatorAccount(th, alice)
    await c.request({ type: 'hello', token: (await th.hub.services.tokens.issue(account, 60)).token })
    const other = await tokenFor(th, { username: 'bob-refresh', role: 'operator' })
    expect(await c.request({ type: 'token', id: 'x1', token: other })).toMatchObject({ type: 'error', code: 'invalid_frame', ref: 'x1' })
    expect(await c.request({ type: 'token', id: 'x2', token: 'not-a-jwt' })).toMatchObject({ type: 'error', code: 'invalid_frame', ref: 'x2' })
    clock.advance(30_000)
    const fresh = await th.hub.services.tokens.issue(account, 120)
    expect(await c.request({ type: 'token', id: 't1', token: fresh.token })).toEqual({ type: 'token', ref: 't1', expiresAt: fresh.expiresAt })
    clock.advance(60_000) // past the first token's expiry
    expect(await c.request({ type: 'rooms' })).toMatchObject({ type: 'rooms' })
    expect(c.log.some(f => f.type === 'error' && f.code === 'token_expired')).toBe(false)
    clock.advance(61_000) // past the fresher one
    expect(await c.next(f => f.type === 'error' && f.code === 'token_expired')).toMatchObject({ code: 'token_expired' })
    expect((await c.closed).code).toBe(1008)
  })

  // [CHAT-1.2-4] [CHAT-1.2-6]
  it('answers unknown types and schema mismatches with error frames and stays usable', async () => {
    const c = await chatAs(th, alice)
    expect(await c.request({ type: 'shout' })).toMatchObject({ type: 'error', code: 'unknown_type' })
    expect(await c.request({ type: 'join', room: 'general', extra: true })).toMatchObject({ type: 'error', code: 'invalid_frame', message: 'Unknown field "extra".' })
    c.send('{"type":')
    expect(await c.next(f => f.type === 'error')).toMatchObject({ code: 'bad_json' })
    c.send({ type: 'rooms', id: 'big', pad: 'x'.repeat(40_000) })
    expect(await c.next(f => f.type === 'error')).toMatchObject({ code: 'too_large' })
    expect(await c.request({ type: 'rooms' })).toMatchObject({ type: 'rooms' })
    await c.close()
  })

  // [CHAT-1.2-1]
  it('closes 1003 on a binary frame', async () => {
    const c = await chatAs(th, alice)
    c.ws.send(Buffer.from('{"type":"rooms"}'), { binary: true })
    expect((await c.closed).code).toBe(1003)
  })

  // [CHAT-1.2-3]
  it('closes 1009 on a message over the transport cap', async () => {
    const c = await chatAs(th, alice)
    c.send('x'.repeat(70_000))
    expect((await c.closed).code).toBe(1009)
  })

  // [CHAT-1.2-2]
  it('closes 1007 on a text frame that is not valid UTF-8', async () => {
    const c = await chatAs(th, alice)
    // A masked text frame with payload 0xC3 0x28 (invalid UTF-8), written on the raw socket.
    const socket = (c.ws as unknown as { _socket: net.Socket })._socket
    const mask = Buffer.from([1, 2, 3, 4])
    const payload = Buffer.from([0xc3, 0x28]).map((b, i) => b ^ mask[i % 4]!)
    socket.write(Buffer.concat([Buffer.from([0x81, 0x80 | 2]), mask, payload]))
    expect((await c.closed).code).toBe(1007)
  })

  // [CHAT-3.1-1]
  it('lets a viewer read but not say, dm or type', async () => {
    const v = await chatAs(th, victor)
    expect(await joinRoom(v, 'general')).toMatchObject({ type: 'joined' })
    expect(await v.request({ type: 'say', id: 'v1', room: 'general', text: 'hi' })).toMatchObject({ type: 'error', code: 'forbidden', ref: 'v1' })
    expect(await v.request({ type: 'typing', room: 'general', state: 'start' })).toMatchObject({ type: 'error', code: 'forbidden' })
    expect(await v.request({ type: 'dm', id: 'v2', to: 'alice', text: 'hi' })).toMatchObject({ type: 'error', code: 'forbidden' })
    expect(await v.request({ type: 'history', room: 'general' })).toMatchObject({ type: 'history' })
    await v.close()
  })

  // [CHAT-3.1-2]
  it('hides rooms above the user role and answers no_such_room for them', async () => {
    th.hub.services.rooms.createRoom({ id: 'admins', name: 'Admins', topic: '', minRole: 'admin' })
    const c = await chatAs(th, alice)
    const rooms = await c.request({ type: 'rooms' })
    expect(rooms.rooms.map((r: { id: string }) => r.id)).not.toContain('admins')
    expect(await joinRoom(c, 'admins')).toMatchObject({ type: 'error', code: 'no_such_room' })
    const a = await chatAs(th, { username: 'ada', role: 'admin' })
    expect(await joinRoom(a, 'admins')).toMatchObject({ type: 'joined', mode: 'snapshot' })
    await Promise.all([c.close(), a.close()])
  })

  // [CHAT-2.2-1]
  it('closes every session of a deleted or re-roled account with session_revoked and 1008', async () => {
    const bob = { username: 'bob', role: 'operator' as const }
    const [b1, b2, other] = await Promise.all([chatAs(th, bob), chatAs(th, bob), chatAs(th, alice)])
    th.hub.services.operators.setRole(idOf(th, 'bob'), 'viewer')
    for (const b of [b1, b2]) {
      expect(await b.next(f => f.type === 'error')).toMatchObject({ code: 'session_revoked' })
      expect((await b.closed).code).toBe(1008)
    }
    expect(await other.request({ type: 'rooms' })).toMatchObject({ type: 'rooms' })
    await other.close()
  })
})

describe('chat.v1 rate limiting', () => {
  let th: TestHub
  const clock = createManualClock()
  beforeAll(async () => { th = await startTestHub({ chatRateBurst: 5, chatRatePerSecond: 1 }, { now: clock.now, timers: clock }) })
  afterAll(() => th.stop())

  // [CHAT-2.3-1] [CHAT-2.3-2]
  it('drops frames over the bucket with rate_limited and a retry hint, then closes 1008 on sustained abuse', async () => {
    const c = await connectChat(th.wsUrl)
    c.send({ type: 'hello', id: 'h', token: await tokenFor(th, alice) })
    await c.next(f => f.type === 'welcome')
    for (let i = 0; i < 4; i++) c.send({ type: 'rooms', id: `r${i}` })
    for (let i = 0; i < 4; i++) await c.next(f => f.ref === `r${i}`)
    c.send({ type: 'rooms', id: 'over' })
    expect(await c.next(f => f.type === 'error')).toMatchObject({ code: 'rate_limited', retryAfterMs: 1000 })
    clock.advance(1000)
    expect(await c.request({ type: 'rooms', id: 'again' })).toMatchObject({ type: 'rooms' })
    for (let i = 0; i < 25; i++) c.send({ type: 'rooms' })
    expect((await c.closed).code).toBe(1008)
    expect(c.log.filter(f => f.code === 'rate_limited').length).toBe(21) // the one above, 19 more, and the 20th strike that closes
  })
})

describe('chat.v1 slow consumers', () => {
  let th: TestHub
  beforeAll(async () => { th = await startTestHub({ chatRateBurst: 100_000, chatRatePerSecond: 100_000, chatSendBufferBytes: 16 * 1024 }) })
  afterAll(() => th.stop())
  const openChats = async () => (await th.hub.metrics.connections.get()).values.find(v => v.labels.subprotocol === 'chat.v1')?.value ?? 0

  // [CHAT-2.3-3]
  it('drops a session that stops reading while the others keep receiving', async () => {
    const [fast, slow] = await Promise.all([chatAs(th, alice), chatAs(th, { username: 'slow' })])
    await joinRoom(fast, 'general')
    await joinRoom(slow, 'general')
    ;(slow.ws as unknown as { _socket: net.Socket })._socket.pause() // stops reading: kernel buffers fill, then the hub's
    const text = 'y'.repeat(4000)
    let sent = 0
    while ((await openChats()) === 2 && sent < 3000) {
      for (let i = 0; i < 50; i++) fast.send({ type: 'say', id: `f${sent++}`, room: 'general', text })
      await fast.next(f => f.type === 'ack' && f.ref === `f${sent - 1}`, 10_000)
    }
    expect(await openChats()).toBe(1)
    const last = await fast.request({ type: 'say', id: 'last', room: 'general', text: 'done' })
    expect(last).toMatchObject({ type: 'ack', duplicate: false })
    slow.ws.terminate()
    await fast.close()
  })
})
