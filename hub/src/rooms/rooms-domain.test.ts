import { describe, it, expect, beforeEach } from '@jest/globals'
import { createManualClock } from '../../test/support/manual-clock.js'
import { createTokenBucket } from '../protocols/chat-v1/rate-limiter.js'
import { createTypingTracker } from './typing.js'
import { createPresenceTracker } from './presence.js'
import { createRoomService, type RoomEvent } from './room-service.js'
import { createMemoryRoomStore } from './memory-store.js'
import { commandCardFixture } from '../../test/support/command-card.js'
import { alarmRow } from '../alarms/alarm-store.cases.js'
import { alarmCard } from '../alarms/cards.js'

const alice = { id: 'u1', username: 'alice' }

describe('token bucket', () => {
  // [CHAT-2.3-1]
  it('allows a burst, then refuses with a retry hint until tokens refill', () => {
    const clock = createManualClock()
    const bucket = createTokenBucket({ ratePerSecond: 10, burst: 3, now: clock.now })
    expect([bucket.take(), bucket.take(), bucket.take()].every(r => r.ok)).toBe(true)
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 100 })
    clock.advance(50)
    expect(bucket.take()).toEqual({ ok: false, retryAfterMs: 50 })
    clock.advance(50)
    expect(bucket.take()).toEqual({ ok: true })
  })
})

describe('typing tracker', () => {
  let clock: ReturnType<typeof createManualClock>
  let seen: string[]
  let typing: ReturnType<typeof createTypingTracker>
  beforeEach(() => {
    clock = createManualClock()
    seen = []
    typing = createTypingTracker({ ttlMs: 6000, throttleMs: 2000, now: clock.now, timers: clock, onChange: (r, u, s) => seen.push(`${r}:${u.username}:${s}`) })
  })

  // [CHAT-8.1-2]
  it('relays repeated starts at most once per throttle interval', () => {
    typing.start('ops', alice)
    clock.advance(1000)
    typing.start('ops', alice)
    clock.advance(1500)
    typing.start('ops', alice)
    expect(seen).toEqual(['ops:alice:start', 'ops:alice:start'])
  })

  // [CHAT-8.1-3]
  it('expires a start that is not refreshed and relays stop once', () => {
    typing.start('ops', alice)
    clock.advance(5999)
    expect(seen).toEqual(['ops:alice:start'])
    clock.advance(1)
    expect(seen).toEqual(['ops:alice:start', 'ops:alice:stop'])
    typing.stop('ops', alice.id)
    expect(seen).toHaveLength(2)
    expect(clock.pending()).toBe(0)
  })

  it('pushes expiry back when a start refreshes it', () => {
    typing.start('ops', alice)
    clock.advance(5000)
    typing.start('ops', alice)
    clock.advance(5000)
    expect(seen).toEqual(['ops:alice:start', 'ops:alice:start'])
    clock.advance(1000)
    expect(seen.at(-1)).toBe('ops:alice:stop')
  })
})

describe('presence tracker', () => {
  // [CHAT-9.2-1]
  it('publishes nothing for a reconnect within the coalescing window', () => {
    const clock = createManualClock()
    const seen: string[] = []
    const p = createPresenceTracker({ coalesceMs: 5000, timers: clock, onPublish: (u, s) => seen.push(s) })
    p.sessionOpened(alice, 's1')
    clock.advance(5000)
    expect(seen).toEqual(['online'])
    p.sessionClosed(alice.id, 's1')
    clock.advance(2000)
    p.sessionOpened(alice, 's2')
    clock.advance(10_000)
    expect(seen).toEqual(['online'])
    p.sessionClosed(alice.id, 's2')
    clock.advance(5000)
    expect(seen).toEqual(['online', 'offline'])
  })

  // [CHAT-9.1-1] [CHAT-9.1-2]
  it('is away only when every session is away', () => {
    const clock = createManualClock()
    const seen: string[] = []
    const p = createPresenceTracker({ coalesceMs: 0, timers: clock, onPublish: (u, s) => seen.push(s) })
    p.sessionOpened(alice, 's1')
    p.sessionOpened(alice, 's2')
    p.setSessionState(alice.id, 's1', 'away')
    expect(p.current(alice.id)).toBe('online')
    p.setSessionState(alice.id, 's2', 'away')
    p.setSessionState(alice.id, 'sX', 'online')
    expect(seen).toEqual(['online', 'away'])
  })
})

describe('room service', () => {
  function make() {
    const clock = createManualClock()
    const rooms = createRoomService({ store: createMemoryRoomStore(), now: clock.now, timers: clock, typingTtlMs: 6000, typingThrottleMs: 2000, presenceCoalesceMs: 0 })
    const events: RoomEvent[] = []
    rooms.subscribe(e => events.push(e))
    rooms.ensureRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer' })
    return { rooms, events, clock }
  }

  // [CHAT-5.2-1]
  it('upserts a command card under one entry id with growing revisions, each with its own seq', () => {
    const { rooms, events } = make()
    const a = rooms.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'sent' }))
    rooms.postDeviceEvent('ops', { deviceId: 'boiler-3', event: 'offline' })
    const b = rooms.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'succeeded' }))
    expect([a.seq, a.rev, b.seq, b.rev, b.id === a.id]).toEqual([1, 1, 3, 2, true])
    // Creating the room was announced first [CHAT-4.4-3]; then one event per entry.
    expect(events.map(e => (e.type === 'entry' ? e.entry.seq : e.type))).toEqual(['room.created', 1, 2, 3])
    expect(rooms.snapshot('ops', 10).entries.map(e => [e.seq, e.kind])).toEqual([[2, 'device'], [3, 'command']])
    expect(rooms.eventsSince('ops', 0, 100)?.map(e => e.seq)).toEqual([1, 2, 3])
  })

  // [CHAT-4.3-1] [CHAT-4.3-2] retention's gaps are never resumed across
  it('deletes a command\'s cards and answers a resume across them with null (a snapshot with gap:true)', () => {
    const { rooms } = make()
    rooms.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'sent' }))
    rooms.postDeviceEvent('ops', { deviceId: 'boiler-3', event: 'offline' })
    rooms.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'succeeded' }))
    rooms.postDeviceEvent('ops', { deviceId: 'boiler-3', event: 'online' })
    expect(rooms.deleteCards('command', ['k1', 'k2'])).toBe(2)
    expect(rooms.eventsSince('ops', 0, 100)).toBeNull() // events 1 and 3 are gone
    expect(rooms.eventsSince('ops', 2, 100)).toBeNull()
    expect(rooms.eventsSince('ops', 3, 100)?.map(e => e.seq)).toEqual([4]) // nothing missing after 3
    expect(rooms.snapshot('ops', 10).entries.map(e => [e.seq, e.kind])).toEqual([[2, 'device'], [4, 'device']])
    expect(rooms.postSystemMessage('ops', 'next').seq).toBe(5)
  })

  // [CHAT-5.2-1] [CHAT-17.2-1]
  it('keeps cards of different kinds apart even with the same key', () => {
    const { rooms } = make()
    const cmd = rooms.upsertCard('ops', 'command', 'k1', commandCardFixture({ commandId: 'k1' }))
    const alarm = rooms.upsertCard('ops', 'alarm', 'k1', alarmCard(alarmRow('k1', { state: 'active' })))
    const alarm2 = rooms.upsertCard('ops', 'alarm', 'k1', alarmCard(alarmRow('k1', { state: 'cleared' })))
    expect([cmd.id, alarm.id, alarm2.id]).toEqual(['e_cmd_k1', 'e_alarm_k1', 'e_alarm_k1'])
    expect([cmd.rev, alarm.rev, alarm2.rev]).toEqual([1, 1, 2])
    expect(rooms.snapshot('ops', 10).entries.map(e => [e.kind, e.rev])).toEqual([['command', 1], ['alarm', 2]])
  })

  // [CHAT-5.2-1] the next revision comes from memory when the service wrote the last one, else from the store
  it('continues a card\'s revisions across a restart and starts over in a room deleted and created again', () => {
    const clock = createManualClock()
    const store = createMemoryRoomStore()
    const opts = { store, now: clock.now, timers: clock, typingTtlMs: 6000, typingThrottleMs: 2000, presenceCoalesceMs: 0 }
    const first = createRoomService(opts)
    first.ensureRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer' })
    first.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'sent' }))
    first.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'delivered' }))
    const restarted = createRoomService(opts)
    expect(restarted.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'succeeded' })).rev).toBe(3)
    expect(restarted.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'succeeded' })).rev).toBe(4)
    expect(restarted.deleteRoom('ops')).toBe(true)
    restarted.ensureRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer' })
    expect(restarted.upsertCommandCard('ops', commandCardFixture({ commandId: 'k1', status: 'sent' })).rev).toBe(1)
  })

  // [CHAT-4.4-3]
  it('announces a room only when it is new', () => {
    const { rooms, events } = make()
    rooms.ensureRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer' })
    expect(rooms.createRoom({ id: 'ops', name: 'Again', topic: '', minRole: 'viewer' })).toBeUndefined()
    rooms.createRoom({ id: 'lab', name: 'Lab', topic: '', minRole: 'operator' })
    expect(events.map(e => e.type === 'room.created' && e.room.id)).toEqual(['ops', 'lab'])
  })

  // [CHAT-4.3-2]
  it('refuses to replay a gap that is too old or from the future', () => {
    const { rooms } = make()
    for (let i = 0; i < 5; i++) rooms.postSystemMessage('ops', `n${i}`)
    expect(rooms.eventsSince('ops', 1, 3)).toBeNull()
    expect(rooms.eventsSince('ops', 9, 3)).toBeNull()
    expect(rooms.eventsSince('ops', 2, 3)?.map(e => e.seq)).toEqual([3, 4, 5])
  })

  it('posts presence changes into every room the user is a member of', () => {
    const { rooms } = make()
    rooms.ensureRoom({ id: 'lab', name: 'Lab', topic: '', minRole: 'viewer' })
    rooms.join('ops', alice)
    rooms.join('lab', alice)
    rooms.presence.sessionOpened(alice, 's1')
    for (const r of ['ops', 'lab']) {
      expect(rooms.snapshot(r, 10).entries.map(e => e.kind === 'member' && `${e.action}:${e.presence ?? ''}`)).toEqual(['join:', 'presence:online'])
    }
    expect(rooms.members('ops')).toEqual([{ user: alice, presence: 'online' }])
  })
})
