import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { chatAs, joinRoom, connectChat, tokenFor, type Frame } from './support/chat-client.js'
import { idOf } from './support/chat-client.js'
import { createManualClock } from './support/manual-clock.js'
import { commandCardFixture } from './support/command-card.js'
const alice = { username: 'alice', role: 'operator' as const }
const bob = { username: 'bob', role: 'operator' as const }
const carol = { username: 'carol', role: 'operator' as const }

const messages = (entries: Frame[]) => entries.filter(e => e.kind === 'message').map(e => e.text)

describe('chat.v1 rooms with several clients on a live hub', () => {
  let th: TestHub
  const clock = createManualClock()
  let n = 0
  const room = () => {
    const id = `room-${++n}`
    th.hub.services.rooms.createRoom({ id, name: id, topic: '', minRole: 'viewer' })
    return id
  }
  beforeAll(async () => { th = await startTestHub({ chatRateBurst: 10_000, chatPresenceCoalesceMs: 5000 }, { now: clock.now, timers: clock }) })
  afterAll(() => th.stop())

  // [CHAT-4.2-1] [CHAT-6.1-1] [CHAT-5.1-1] [CHAT-5.1-2]
  it('acks a message and delivers it to every joined session in the same seq order', async () => {
    const r = room()
    const [a, b, c] = await Promise.all([chatAs(th, alice), chatAs(th, bob), chatAs(th, carol)])
    for (const x of [a, b, c]) expect(await joinRoom(x, r)).toMatchObject({ type: 'joined', mode: 'snapshot' })
    const sends = [a, b, c].flatMap((x, i) => [0, 1, 2].map(k => ({ x, id: `m${i}-${k}` })))
    for (const { x, id } of sends) x.send({ type: 'say', id, room: r, text: id })
    const acks = await Promise.all(sends.map(({ x, id }) => x.next(f => f.type === 'ack' && f.ref === id)))
    expect(acks.map(k => k.seq).sort((p, q) => p - q)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]) // after 3 join entries
    const streams = await Promise.all([a, b, c].map(async x => {
      const got: Frame[] = []
      while (got.filter(e => e.kind === 'message').length < 9) got.push((await x.next(f => f.type === 'event' && f.room === r)).entry)
      return got.filter(e => e.kind === 'message').map(e => `${e.seq}:${e.text}`)
    }))
    expect(streams[1]).toEqual(streams[0])
    expect(streams[2]).toEqual(streams[0])
    // an author's ack arrives before its own event [CHAT-6.1-1]
    const ackAt = a.log.findIndex(f => f.type === 'ack' && f.ref === 'm0-0')
    const evAt = a.log.findIndex(f => f.type === 'event' && f.entry.clientId === 'm0-0')
    expect(ackAt).toBeLessThan(evAt)
    await Promise.all([a.close(), b.close(), c.close()])
  })

  // [CHAT-6.2-1]
  it('acknowledges a retried id again with the same entry and posts it once', async () => {
    const r = room()
    const a1 = await chatAs(th, alice)
    await joinRoom(a1, r)
    const first = await a1.request({ type: 'say', id: 'retry-1', room: r, text: 'only once' })
    await a1.close()
    const a2 = await chatAs(th, alice)
    await joinRoom(a2, r)
    const again = await a2.request({ type: 'say', id: 'retry-1', room: r, text: 'only once' })
    expect(again).toMatchObject({ type: 'ack', entryId: first.entryId, seq: first.seq, ts: first.ts, duplicate: true })
    const page = await a2.request({ type: 'history', room: r })
    expect(messages(page.entries)).toEqual(['only once'])
    await a2.close()
  })

  // [CHAT-6.1-2] [CHAT-6.1-3] [CHAT-3.1-3]
  it('refuses say outside a joined room, empty text and a claimed author without changing the timeline', async () => {
    const r = room()
    const a = await chatAs(th, alice)
    expect(await a.request({ type: 'say', id: 's1', room: r, text: 'x' })).toMatchObject({ type: 'error', code: 'not_joined', ref: 's1' })
    await joinRoom(a, r)
    const before = th.hub.services.rooms.seq(r)
    expect(await a.request({ type: 'say', id: 's2', room: r, text: ' \n ' })).toMatchObject({ code: 'invalid_frame', ref: 's2' })
    expect(await a.request({ type: 'say', id: 's3', room: r, text: 'x'.repeat(4001) })).toMatchObject({ code: 'invalid_frame', ref: 's3' })
    expect(await a.request({ type: 'say', id: 's4', room: r, text: 'hi', author: { username: 'bob' } })).toMatchObject({ code: 'invalid_frame', message: 'Unknown field "author".' })
    expect(th.hub.services.rooms.seq(r)).toBe(before)
    await a.close()
  })

  // [CHAT-7.1-1] [CHAT-7.1-2] [CHAT-7.2-1]
  it('delivers a direct message to every session of the recipient and the sender\'s other sessions', async () => {
    const [a1, a2, b1, b2, c] = await Promise.all([chatAs(th, alice), chatAs(th, alice), chatAs(th, bob), chatAs(th, bob), chatAs(th, carol)])
    const ack = await a1.request({ type: 'dm', id: 'dm-1', to: 'bob', text: 'call me' })
    expect(ack).toMatchObject({ type: 'ack', to: { username: 'bob' }, seq: 1, duplicate: false })
    for (const x of [a2, b1, b2]) expect((await x.next(f => f.type === 'direct')).entry).toMatchObject({ id: ack.entryId, text: 'call me', from: { username: 'alice' } })
    expect(await b1.request({ type: 'dm', id: 'dm-2', to: idOf(th, 'alice'), text: 'ok' })).toMatchObject({ seq: 2 })
    expect(await a1.request({ type: 'dm', id: 'dm-1', to: 'bob', text: 'call me' })).toMatchObject({ entryId: ack.entryId, duplicate: true })
    expect(await a1.request({ type: 'dm', id: 'dm-3', to: 'nobody', text: 'x' })).toMatchObject({ code: 'no_such_user' })
    expect(await a1.request({ type: 'dm', id: 'dm-4', to: 'alice', text: 'x' })).toMatchObject({ code: 'invalid_frame' })
    const hist = await b2.request({ type: 'dm.history', with: 'alice' })
    expect(hist.entries.map((e: Frame) => e.text)).toEqual(['call me', 'ok'])
    await new Promise(r => setTimeout(r, 50))
    expect(a1.log.some(f => f.type === 'direct' && f.entry.id === ack.entryId)).toBe(false)
    expect(c.log.some(f => f.type === 'direct')).toBe(false)
    await Promise.all([a1, a2, b1, b2, c].map(x => x.close()))
  })

  // [CHAT-7.3-1]
  it('lists a user\'s conversations, newest first, with the other party and the newest entry', async () => {
    const [d, e] = await Promise.all([chatAs(th, { username: 'dora' }), chatAs(th, { username: 'emil' })])
    const f = await chatAs(th, { username: 'fay', role: 'viewer' })
    expect(await f.request({ type: 'dm.list', id: 'l0' })).toEqual({ type: 'dm.list', ref: 'l0', conversations: [] })
    await d.request({ type: 'dm', id: 'a', to: 'emil', text: 'first' })
    clock.advance(1000)
    await d.request({ type: 'dm', id: 'b', to: 'fay', text: 'to fay' })
    clock.advance(1000)
    await e.request({ type: 'dm', id: 'c', to: 'dora', text: 'reply' })
    const list = await d.request({ type: 'dm.list', id: 'l1' })
    expect(list.conversations.map((x: Frame) => [x.with.username, x.last.text])).toEqual([['emil', 'reply'], ['fay', 'to fay']])
    expect((await d.request({ type: 'dm.list', limit: 1 })).conversations).toHaveLength(1)
    // a viewer may list (and read) but not send [CHAT-3.1-1]
    expect((await f.request({ type: 'dm.list' })).conversations.map((x: Frame) => x.with.username)).toEqual(['dora'])
    expect(await f.request({ type: 'dm.list', limit: 0 })).toMatchObject({ type: 'error', code: 'invalid_frame' })
    await Promise.all([d, e, f].map(x => x.close()))
  })

  // [CHAT-8.1-1] [CHAT-8.1-2] [CHAT-8.1-3]
  it('relays typing to others, throttles repeats and expires a vanished typist', async () => {
    const r = room()
    const [a, b] = await Promise.all([chatAs(th, alice), chatAs(th, bob)])
    await joinRoom(a, r)
    await joinRoom(b, r)
    a.send({ type: 'typing', room: r, state: 'start' })
    expect(await b.next(f => f.type === 'typing')).toEqual({ type: 'typing', room: r, user: { id: idOf(th, 'alice'), username: 'alice' }, state: 'start' })
    a.send({ type: 'typing', room: r, state: 'start' }) // within the throttle: not relayed
    expect(await a.request({ type: 'rooms' })).toMatchObject({ type: 'rooms' })
    await a.close() // vanishes without stop
    clock.advance(6000)
    expect(await b.next(f => f.type === 'typing')).toMatchObject({ state: 'stop' })
    expect(b.log.filter(f => f.type === 'typing').map(f => f.state)).toEqual(['start', 'stop'])
    expect(a.log.some(f => f.type === 'typing')).toBe(false)
    await b.close()
  })

  // [CHAT-9.2-1] [CHAT-9.1-2]
  it('coalesces a quick reconnect into no presence event and publishes a lasting change once', async () => {
    const r = room()
    const b = await chatAs(th, bob)
    await joinRoom(b, r)
    const c1 = await chatAs(th, carol)
    await joinRoom(c1, r)
    clock.advance(5000) // carol's online settles
    await b.next(f => f.type === 'event' && f.entry.kind === 'member' && f.entry.action === 'presence' && f.entry.user.id === idOf(th, 'carol'))
    await c1.close()
    clock.advance(2000)
    const c2 = await chatAs(th, carol)
    await joinRoom(c2, r, th.hub.services.rooms.seq(r))
    clock.advance(10_000)
    expect(await c2.request({ type: 'presence', state: 'away' })).toMatchObject({ type: 'presence', state: 'away' })
    clock.advance(5000)
    const ev = await b.next(f => f.type === 'event' && f.entry.kind === 'member' && f.entry.action === 'presence' && f.entry.user.id === idOf(th, 'carol'))
    expect(ev.entry.presence).toBe('away')
    const carolPresence = b.log.filter(f => f.type === 'event' && f.entry.kind === 'member' && f.entry.action === 'presence' && f.entry.user.id === idOf(th, 'carol'))
    expect(carolPresence.map(f => f.entry.presence)).toEqual(['online', 'away'])
    const snap = await joinRoom(b, r)
    expect(snap.members).toContainEqual({ user: { id: idOf(th, 'carol'), username: 'carol' }, presence: 'away' })
    await Promise.all([b.close(), c2.close()])
  })

  // [CHAT-10.1-1] [CHAT-10.2-1] [CHAT-10.3-1]
  it('pages history backwards, searches text and reports stats', async () => {
    const r = room()
    const [a, b] = await Promise.all([chatAs(th, alice), chatAs(th, bob)])
    await joinRoom(a, r)
    await joinRoom(b, r)
    for (let i = 1; i <= 7; i++) await (i % 2 ? a : b).request({ type: 'say', id: `h${i}`, room: r, text: i === 4 ? 'Boiler 3 is NOISY' : `line ${i}` })
    const p1 = await a.request({ type: 'history', room: r, limit: 3 })
    expect(p1).toMatchObject({ type: 'history', room: r, hasMore: true })
    expect(messages(p1.entries)).toEqual(['line 5', 'line 6', 'line 7'])
    const p2 = await a.request({ type: 'history', room: r, limit: 3, before: p1.entries[0].seq })
    expect(messages(p2.entries)).toEqual(['line 2', 'line 3', 'Boiler 3 is NOISY'])
    const p3 = await a.request({ type: 'history', room: r, limit: 100, before: p2.entries[0].seq })
    expect(p3.hasMore).toBe(false)
    expect(messages(p3.entries)).toEqual(['line 1'])
    const found = await b.request({ type: 'search', room: r, q: 'noisy' })
    expect(found.entries.map((e: Frame) => e.text)).toEqual(['Boiler 3 is NOISY'])
    const stats = (await b.request({ type: 'stats', room: r })).stats
    expect(stats).toMatchObject({ messages: 7, activeMembers: 2, members: 2, messagesPerMember: [{ user: { username: 'alice' }, count: 4 }, { user: { username: 'bob' }, count: 3 }] })
    expect(stats.firstActivity).toBeLessThanOrEqual(stats.lastActivity)
    await Promise.all([a.close(), b.close()])
  })

  // [CHAT-4.3-1]
  it('resumes after a dropped connection with exactly the missed events, none lost or doubled', async () => {
    const r = room()
    const [a, b] = await Promise.all([chatAs(th, alice), chatAs(th, bob)])
    await joinRoom(a, r)
    const joined = await joinRoom(b, r)
    let lastSeen = joined.seq
    for (let i = 0; i < 3; i++) await a.request({ type: 'say', id: `before-${i}`, room: r, text: `before ${i}` })
    for (let i = 0; i < 3; i++) lastSeen = (await b.next(f => f.type === 'event')).entry.seq
    b.ws.terminate() // dropped, no close handshake
    await b.closed
    for (let i = 0; i < 5; i++) await a.request({ type: 'say', id: `during-${i}`, room: r, text: `during ${i}` })
    const b2 = await chatAs(th, bob)
    const resumed = await joinRoom(b2, r, lastSeen)
    expect(resumed.mode).toBe('resume')
    const seqs = resumed.entries.map((e: Frame) => e.seq)
    expect(seqs[0]).toBe(lastSeen + 1)
    expect(seqs).toEqual(seqs.map((_: number, i: number) => lastSeen + 1 + i))
    expect(seqs.at(-1)).toBe(resumed.seq)
    expect(messages(resumed.entries)).toEqual([0, 1, 2, 3, 4].map(i => `during ${i}`))
    await a.request({ type: 'say', id: 'after', room: r, text: 'after' })
    expect((await b2.next(f => f.type === 'event')).entry).toMatchObject({ seq: resumed.seq + 1, text: 'after' })
    await Promise.all([a.close(), b2.close()])
  })

  // [CHAT-4.3-2]
  it('answers a resume from a too old or impossible seq with a fresh snapshot marked gap', async () => {
    const r = room()
    const a = await chatAs(th, alice)
    expect(await joinRoom(a, r, 99)).toMatchObject({ type: 'joined', mode: 'snapshot', gap: true })
    await a.close()
  })

  // [CHAT-4.4-1] [CHAT-4.4-2]
  it('leaves a room, and tells members when an admin deletes it', async () => {
    const r = room()
    const [a, b] = await Promise.all([chatAs(th, alice), chatAs(th, bob)])
    await joinRoom(a, r)
    await joinRoom(b, r)
    expect(await a.request({ type: 'leave', room: r })).toEqual({ type: 'left', ref: expect.any(String), room: r })
    expect(await a.request({ type: 'leave', room: r })).toMatchObject({ code: 'not_joined' })
    expect((await b.next(f => f.type === 'event' && f.entry.action === 'leave')).entry.user.username).toBe('alice')
    th.hub.services.rooms.deleteRoom(r)
    expect(await b.next(f => f.type === 'room.deleted')).toEqual({ type: 'room.deleted', room: r })
    expect(await b.request({ type: 'say', id: 'gone', room: r, text: 'x' })).toMatchObject({ code: 'no_such_room' })
    await Promise.all([a.close(), b.close()])
  })

  // [CHAT-5.2-1]
  it('shows device events and command cards updated in place, each update with its own seq', async () => {
    const r = room()
    const a = await chatAs(th, alice)
    await joinRoom(a, r)
    const svc = th.hub.services.rooms
    svc.postDeviceEvent(r, { deviceId: 'boiler-3', event: 'offline' })
    const c1 = svc.upsertCommandCard(r, commandCardFixture({ commandId: 'k1', deviceId: 'boiler-3', name: 'identify', status: 'sent' }))
    const c2 = svc.upsertCommandCard(r, commandCardFixture({ commandId: 'k1', deviceId: 'boiler-3', name: 'identify', status: 'succeeded' }))
    const evs = [await a.next(f => f.type === 'event'), await a.next(f => f.type === 'event'), await a.next(f => f.type === 'event')].map(f => f.entry)
    expect(evs.map(e => [e.kind, e.rev, e.seq])).toEqual([['device', 1, c1.seq - 1], ['command', 1, c1.seq], ['command', 2, c2.seq]])
    expect(evs[2].id).toBe(evs[1].id)
    const snap = await joinRoom(a, r)
    expect(snap.entries.filter((e: Frame) => e.kind === 'command').map((e: Frame) => e.card.status)).toEqual(['succeeded'])
    await a.close()
  })

  // [CHAT-2.1-5]
  it('refuses a valid token of a deleted account with account_gone', async () => {
    const c = await connectChat(th.wsUrl)
    const token = await tokenFor(th, { username: 'ghost' })
    th.hub.services.operators.delete(idOf(th, 'ghost'))
    expect(await c.request({ type: 'hello', token })).toMatchObject({ type: 'error', code: 'account_gone' })
    expect((await c.closed).code).toBe(1008)
  })
})

describe('chat.v1 history across a restart', () => {
  it('keeps rooms and timelines when the hub restarts on the same data directory', async () => {
    const first = await startTestHub()
    const a = await chatAs(first, alice)
    await joinRoom(a, 'general')
    const ack = await a.request({ type: 'say', id: 'persist', room: 'general', text: 'survives restarts' })
    await a.close()
    await first.stop({ keepData: true })
    const second = await startTestHub({ dataDir: first.dataDir })
    try {
      const a2 = await chatAs(second, alice)
      const snap = await joinRoom(a2, 'general')
      expect(snap.entries.find((e: Frame) => e.id === ack.entryId)).toMatchObject({ text: 'survives restarts', seq: ack.seq })
      expect(await a2.request({ type: 'say', id: 'persist', room: 'general', text: 'survives restarts' })).toMatchObject({ duplicate: true, seq: ack.seq })
      await a2.close()
    } finally {
      await second.stop()
    }
  })
})
