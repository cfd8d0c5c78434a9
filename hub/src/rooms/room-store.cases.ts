import { describe, it, expect, beforeEach } from '@jest/globals'
import type { RoomStore } from './room-store.js'
import type { Room } from './types.js'
import { commandCardFixture } from '../../test/support/command-card.js'

const alice = { id: 'u1', username: 'alice' }
const bob = { id: 'u2', username: 'bob' }
const room = (id: string): Room => ({ id, name: id.toUpperCase(), topic: '', minRole: 'viewer', createdAt: 1000 })
const msg = (text: string, author = alice, clientId?: string) =>
  ({ body: { kind: 'message' as const, author, text, system: false, ...(clientId ? { clientId } : {}) }, ts: 5000 })

/** The one case file every RoomStore implementation must pass. */
export function roomStoreCases(name: string, make: () => RoomStore): void {
  describe(`RoomStore contract: ${name}`, () => {
    let store: RoomStore
    beforeEach(() => {
      store = make()
      store.createRoom(room('ops'))
    })

    it('creates, lists, updates and deletes rooms, refusing a duplicate id', () => {
      expect(store.createRoom(room('ops'))).toBe(false)
      expect(store.createRoom(room('lab'))).toBe(true)
      expect(store.listRooms().map(r => r.id)).toEqual(['lab', 'ops'])
      expect(store.updateRoom('lab', { name: 'Lab', topic: 't' })).toEqual({ ...room('lab'), name: 'Lab', topic: 't' })
      expect(store.getRoom('lab')?.name).toBe('Lab')
      expect(store.updateRoom('nope', { name: 'x' })).toBeUndefined()
      expect(store.deleteRoom('lab')).toBe(true)
      expect(store.getRoom('lab')).toBeUndefined()
      expect(store.deleteRoom('lab')).toBe(false)
    })

    // [CHAT-5.1-1]
    it('assigns gap-free sequence numbers per room starting at 1', () => {
      store.createRoom(room('lab'))
      const seqs = [store.append('ops', msg('a')), store.append('lab', msg('x')), store.append('ops', msg('b'))].map(e => [e.room, e.seq])
      expect(seqs).toEqual([['ops', 1], ['lab', 1], ['ops', 2]])
      expect(store.latestSeq('ops')).toBe(2)
      expect(store.latestSeq('none')).toBe(0)
    })

    it('returns events after and before a sequence number in ascending order', () => {
      for (let i = 1; i <= 10; i++) store.append('ops', msg(`m${i}`))
      expect(store.eventsAfter('ops', 7, 100).map(e => e.seq)).toEqual([8, 9, 10])
      expect(store.eventsAfter('ops', 2, 3).map(e => e.seq)).toEqual([3, 4, 5])
      expect(store.eventsBefore('ops', 6, 3).map(e => e.seq)).toEqual([3, 4, 5])
      expect(store.eventsBefore('ops', Number.MAX_SAFE_INTEGER, 2).map(e => e.seq)).toEqual([9, 10])
      expect(store.eventsBefore('ops', 1, 5)).toEqual([])
    })

    it('round-trips every entry kind with its fields', () => {
      const m = store.append('ops', msg('hello', alice, 'c1'))
      const d = store.append('ops', { body: { kind: 'device', deviceId: 'boiler-3', event: 'offline', data: { reason: 'will' } }, ts: 6000 })
      const j = store.append('ops', { body: { kind: 'member', user: bob, action: 'presence', presence: 'away' }, ts: 7000 })
      expect(m).toMatchObject({ kind: 'message', author: alice, text: 'hello', clientId: 'c1', system: false, rev: 1, ts: 5000, room: 'ops' })
      expect(store.eventsAfter('ops', 0, 10)).toEqual([m, d, j])
    })

    // [CHAT-5.2-1]
    it('keeps an entry id across revisions and finds the newest one', () => {
      const c1 = store.append('ops', { body: { kind: 'command', card: commandCardFixture({ commandId: 'k1', status: 'sent' }) }, ts: 1 })
      store.append('ops', msg('between'))
      const c2 = store.append('ops', { body: { kind: 'command', card: commandCardFixture({ commandId: 'k1', status: 'succeeded' }) }, ts: 2, id: c1.id, rev: 2 })
      expect(c2).toMatchObject({ id: c1.id, rev: 2, seq: 3 })
      expect(store.findEntry('ops', c1.id)).toEqual(c2)
      expect(store.findEntry('ops', 'e_missing')).toBeUndefined()
    })

    // [CHAT-5.1-1] retention leaves gaps, never a seq used twice
    it('deletes every revision of entries in any room, keeping each room\'s newest event, and appends after it', () => {
      store.createRoom(room('lab'))
      const card = (commandId: string, rev = 1) => ({ body: { kind: 'command' as const, card: commandCardFixture({ commandId }) }, ts: 1, id: `e_cmd_${commandId}`, rev })
      store.append('ops', card('k1'))
      const stays = store.append('ops', msg('stays'))
      store.append('ops', card('k1', 2))
      const last = store.append('ops', msg('last'))
      store.append('lab', card('k2'))
      const newest = store.append('lab', card('k2', 2)) // lab's newest event
      expect(store.deleteEntries(['e_cmd_k1', 'e_cmd_k2', 'e_cmd_none'])).toBe(3)
      expect(store.eventsAfter('ops', 0, 10)).toEqual([stays, last])
      expect(store.findEntry('ops', 'e_cmd_k1')).toBeUndefined()
      expect(store.eventsAfter('lab', 0, 10)).toEqual([newest])
      expect(store.latestSeq('ops')).toBe(4)
      expect(store.latestSeq('lab')).toBe(2)
      expect(store.append('lab', msg('next')).seq).toBe(3)
      const after = store.append('ops', msg('after the gaps'))
      expect(after.seq).toBe(5)
      expect(store.eventsBefore('ops', 6, 10)).toEqual([stays, last, after])
      expect(store.eventsBefore('ops', 6, 2)).toEqual([last, after])
      expect(store.eventsAfter('ops', 2, 10)).toEqual([last, after])
      expect(store.deleteEntries([])).toBe(0)
    })

    // [CHAT-5.1-1] retention by age walks from a cursor, skips cards, stops at the first newer event
    it('prunes events older than a cutoff in slices, keeping cards, newer events and the newest event', () => {
      const at = (ts: number, text: string) => ({ ...msg(text), ts })
      const card = store.append('ops', { body: { kind: 'command', card: commandCardFixture({ commandId: 'k1' }) }, ts: 10, id: 'e_cmd_k1', rev: 1 })
      store.append('ops', at(20, 'old 1'))
      store.append('ops', { body: { kind: 'member', user: bob, action: 'join' }, ts: 30 })
      store.append('ops', { body: { kind: 'device', deviceId: 'boiler-3', event: 'offline' }, ts: 40 })
      const newer = store.append('ops', at(100, 'newer'))
      const stale = store.append('ops', at(50, 'after a newer one, kept'))
      expect(store.pruneEvents('ops', 60, 0, 2)).toEqual({ deleted: 1, next: 2 })
      expect(store.pruneEvents('ops', 60, 2, 2)).toEqual({ deleted: 2, next: 4 })
      expect(store.pruneEvents('ops', 60, 4, 2)).toEqual({ deleted: 0, next: null })
      expect(store.eventsAfter('ops', 0, 10)).toEqual([card, newer, stale])
      expect(store.pruneEvents('ops', 60, 0, 10)).toEqual({ deleted: 0, next: null })

      store.createRoom(room('lab'))
      const only = store.append('lab', at(1, 'the newest stays'))
      expect(store.pruneEvents('lab', 1000, 0, 10)).toEqual({ deleted: 0, next: null })
      expect(store.eventsAfter('lab', 0, 10)).toEqual([only])
      expect(store.append('lab', at(2, 'next')).seq).toBe(2)
      expect(store.pruneEvents('lab', 1000, 0, 10)).toEqual({ deleted: 1, next: null })
      expect(store.pruneEvents('none', 1000, 0, 10)).toEqual({ deleted: 0, next: null })
    })

    // [CHAT-7.1-1] a conversation's seq never repeats after retention
    it('prunes direct messages older than a cutoff, keeping each conversation\'s newest', () => {
      const carol = { id: 'u3', username: 'carol' }
      store.appendDm({ from: alice, to: bob, text: 'old', clientId: 'o1', ts: 10 })
      store.appendDm({ from: bob, to: alice, text: 'old too', clientId: 'o2', ts: 20 })
      const fresh = store.appendDm({ from: alice, to: bob, text: 'fresh', clientId: 'f1', ts: 500 })
      const lone = store.appendDm({ from: alice, to: carol, text: 'the newest stays', clientId: 'l1', ts: 5 })
      const keys = store.dmConversationKeys()
      expect(keys).toHaveLength(2)
      const deleted = keys.map(k => store.pruneDms(k, 100, 0, 10)).reduce((n, s) => n + s.deleted, 0)
      expect(deleted).toBe(2)
      expect(store.dmBefore(alice.id, bob.id, Number.MAX_SAFE_INTEGER, 10)).toEqual([fresh])
      expect(store.dmBefore(alice.id, carol.id, Number.MAX_SAFE_INTEGER, 10)).toEqual([lone])
      expect(store.findDmByClientId(alice.id, 'o1')).toBeUndefined()
      expect(store.appendDm({ from: bob, to: alice, text: 'next', clientId: 'n1', ts: 600 }).seq).toBe(4)
      expect(store.dmConversations(alice.id, 10).map(e => e.text)).toEqual(['next', 'the newest stays'])
    })

    // [CHAT-6.2-1]
    it('finds a message by author and client id', () => {
      const m = store.append('ops', msg('once', alice, 'k-1'))
      expect(store.findMessageByClientId('ops', alice.id, 'k-1')).toEqual(m)
      expect(store.findMessageByClientId('ops', bob.id, 'k-1')).toBeUndefined()
    })

    // [CHAT-10.2-1]
    it('searches message text case-insensitively with wildcards taken literally, newest first', () => {
      store.append('ops', msg('Boiler 3 is noisy'))
      store.append('ops', msg('all fine'))
      store.append('ops', msg('boiler ok 100%'))
      store.append('ops', { body: { kind: 'device', deviceId: 'boiler', event: 'online' }, ts: 1 })
      expect(store.searchMessages('ops', 'BOILER', 10).map(e => e.seq)).toEqual([3, 1])
      expect(store.searchMessages('ops', '0%', 10).map(e => e.seq)).toEqual([3])
      expect(store.searchMessages('ops', '_', 10)).toEqual([])
      expect(store.searchMessages('ops', 'boiler', 1).map(e => e.seq)).toEqual([3])
    })

    // [CHAT-10.3-1]
    it('computes stats excluding system messages', () => {
      expect(store.stats('ops')).toEqual({ messages: 0, activeMembers: 0, members: 0, messagesPerMember: [], firstActivity: null, lastActivity: null })
      store.addMember('ops', alice)
      store.append('ops', { ...msg('a'), ts: 100 })
      store.append('ops', { ...msg('b', bob), ts: 200 })
      store.append('ops', { ...msg('c'), ts: 300 })
      store.append('ops', { body: { kind: 'message', author: null, text: 'sys', system: true }, ts: 400 })
      expect(store.stats('ops')).toEqual({
        messages: 3, activeMembers: 2, members: 1,
        messagesPerMember: [{ user: alice, count: 2 }, { user: bob, count: 1 }],
        firstActivity: 100, lastActivity: 400,
      })
    })

    it('tracks members per room and the rooms of a user', () => {
      store.createRoom(room('lab'))
      expect(store.addMember('ops', alice)).toBe(true)
      expect(store.addMember('ops', alice)).toBe(false)
      store.addMember('lab', alice)
      store.addMember('ops', bob)
      expect(store.listMembers('ops')).toEqual([alice, bob])
      expect(store.roomsOf(alice.id)).toEqual(['lab', 'ops'])
      expect(store.removeMember('ops', alice.id)).toBe(true)
      expect(store.roomsOf(alice.id)).toEqual(['lab'])
    })

    it('deletes a room with its timeline and members', () => {
      store.append('ops', msg('a'))
      store.addMember('ops', alice)
      store.deleteRoom('ops')
      store.createRoom(room('ops'))
      expect(store.latestSeq('ops')).toBe(0)
      expect(store.listMembers('ops')).toEqual([])
      expect(store.eventsAfter('ops', 0, 10)).toEqual([])
    })

    // [CHAT-7.1-1] [CHAT-7.1-2] [CHAT-7.2-1]
    it('keeps direct messages per conversation with their own sequence and idempotency key', () => {
      const carol = { id: 'u3', username: 'carol' }
      const d1 = store.appendDm({ from: alice, to: bob, text: 'hi', clientId: 'x1', ts: 1 })
      const d2 = store.appendDm({ from: bob, to: alice, text: 'yo', clientId: 'x1', ts: 2 })
      store.appendDm({ from: alice, to: carol, text: 'other', clientId: 'x2', ts: 3 })
      expect([d1.seq, d2.seq]).toEqual([1, 2])
      expect(store.findDmByClientId(alice.id, 'x1')).toEqual(d1)
      expect(store.findDmByClientId(bob.id, 'x1')).toEqual(d2)
      expect(store.dmBefore(bob.id, alice.id, Number.MAX_SAFE_INTEGER, 10)).toEqual([d1, d2])
      expect(store.dmBefore(alice.id, bob.id, 2, 10)).toEqual([d1])
    })

    // [CHAT-7.3-1]
    it('lists the newest entry of each of a user\'s conversations, newest first', () => {
      const carol = { id: 'u3', username: 'carol' }
      const dave = { id: 'u4', username: 'dave' }
      store.appendDm({ from: alice, to: bob, text: 'one', clientId: 'c1', ts: 10 })
      const ac = store.appendDm({ from: carol, to: alice, text: 'two', clientId: 'c2', ts: 20 })
      const ab = store.appendDm({ from: bob, to: alice, text: 'three', clientId: 'c3', ts: 30 })
      const bd = store.appendDm({ from: bob, to: dave, text: 'not alice', clientId: 'c4', ts: 40 })
      expect(store.dmConversations(alice.id, 10)).toEqual([ab, ac])
      expect(store.dmConversations(alice.id, 1)).toEqual([ab])
      expect(store.dmConversations(bob.id, 10)).toEqual([bd, ab])
      expect(store.dmConversations(carol.id, 10)).toEqual([ac])
      expect(store.dmConversations('nobody', 10)).toEqual([])
    })
  })
}
