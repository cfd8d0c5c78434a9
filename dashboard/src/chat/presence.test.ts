import { describe, expect, it } from 'vitest'
import type { TimelineEntry } from '@tether/protocol'
import { applyMemberEntry, memberList, membersFromSnapshot, typingLabel, typingReducer, type TypingState } from './presence'

const alice = { id: 'u1', username: 'alice' }
const bob = { id: 'u2', username: 'bob' }
const carol = { id: 'u3', username: 'carol' }
const member = (user: typeof alice, action: 'join' | 'leave' | 'presence', presence?: 'online' | 'away' | 'offline'): TimelineEntry =>
  ({ id: 'x', room: 'r', seq: 1, ts: 1, rev: 1, kind: 'member', user, action, presence })

describe('member presence', () => {
  const base = membersFromSnapshot([{ user: alice, presence: 'online' }, { user: bob, presence: 'away' }])
  it.each<[string, TimelineEntry, Record<string, [string, boolean]>]>([
    ['a join adds an online member', member(carol, 'join'), { u1: ['online', true], u2: ['away', true], u3: ['online', true] }],
    ['a leave keeps the user but not as member', member(bob, 'leave'), { u1: ['online', true], u2: ['away', false] }],
    ['a presence entry changes state [CHAT-9.2-1]', member(alice, 'presence', 'away'), { u1: ['away', true], u2: ['away', true] }],
    ['a presence entry without state changes nothing', member(alice, 'presence'), { u1: ['online', true], u2: ['away', true] }],
    ['a message changes nothing', { id: 'm', room: 'r', seq: 2, ts: 1, rev: 1, kind: 'message', author: alice, text: 'x', system: false }, { u1: ['online', true], u2: ['away', true] }],
  ])('%s', (_n, entry, expected) => {
    const out = applyMemberEntry(base, entry)
    expect(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [v.presence, v.member]]))).toEqual(expected)
  })

  it('lists members online first, then by name, without those who left', () => {
    let m = membersFromSnapshot([{ user: carol, presence: 'offline' }, { user: bob, presence: 'online' }, { user: alice, presence: 'online' }])
    expect(memberList(m).map(x => x.user.username)).toEqual(['alice', 'bob', 'carol'])
    m = applyMemberEntry(m, member(bob, 'leave'))
    expect(memberList(m).map(x => x.user.username)).toEqual(['alice', 'carol'])
  })
})

describe('typingReducer', () => {
  const start = (user: typeof alice, now: number) => ({ type: 'typing' as const, room: 'r', user, state: 'start' as const, now, ttlMs: 6000 })
  it.each<[string, Parameters<typeof typingReducer>[1][], string]>([
    ['one typist', [start(alice, 0)], 'alice is typing…'],
    ['two typists', [start(bob, 0), start(alice, 0)], 'alice and bob are typing…'],
    ['three typists', [start(alice, 0), start(bob, 0), start(carol, 0)], '3 people are typing…'],
    ['a stop ends it', [start(alice, 0), { type: 'typing', room: 'r', user: alice, state: 'stop', now: 1, ttlMs: 6000 }], ''],
    ['a message ends it [CHAT-8.1-3]', [start(alice, 0), { type: 'said', room: 'r', userId: 'u1' }], ''],
    ['it expires after the ttl [CHAT-8.1-3]', [start(alice, 0), { type: 'expire', now: 6000 }], ''],
    ['a refresh extends it', [start(alice, 0), start(alice, 5000), { type: 'expire', now: 6000 }], 'alice is typing…'],
  ])('%s', (_n, actions, label) => {
    expect(typingLabel(actions.reduce(typingReducer, {} as TypingState), 'r')).toBe(label)
  })

  it('does not show my own typing', () => {
    expect(typingLabel(typingReducer({}, start(alice, 0)), 'r', 'u1')).toBe('')
  })

  it('returns the same state when nothing expires', () => {
    const s = typingReducer({}, start(alice, 0))
    expect(typingReducer(s, { type: 'expire', now: 1 })).toBe(s)
  })
})
