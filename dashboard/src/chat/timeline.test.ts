import { describe, expect, it } from 'vitest'
import type { CommandStatus, TimelineEntry } from '@tether/protocol'
import { emptyTimeline, oldestSeq, timelineReducer, unreadCount, type TimelineAction, type TimelineState } from './timeline'

const alice = { id: 'u1', username: 'alice' }
const bob = { id: 'u2', username: 'bob' }
const msg = (seq: number, extra: Partial<TimelineEntry> = {}): TimelineEntry =>
  ({ id: `e${seq}`, room: 'r', seq, ts: seq * 1000, rev: 1, kind: 'message', author: bob, text: `m${seq}`, system: false, ...extra }) as TimelineEntry
const card = (seq: number, rev: number, status: CommandStatus): TimelineEntry => ({
  id: 'card1', room: 'r', seq, ts: seq, rev, kind: 'command',
  card: { commandId: 'c1', deviceId: 'd', name: 'identify', params: {}, status, issuedBy: alice, createdAt: 0, expiresAt: 60_000, sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null },
})

const run = (actions: TimelineAction[], from: TimelineState = emptyTimeline('r')) => actions.reduce(timelineReducer, from)
const seqs = (s: TimelineState) => s.entries.map(e => e.seq)

describe('timelineReducer', () => {
  it.each<[string, TimelineAction[], number[], number, boolean]>([
    ['a snapshot replaces the copy', [{ type: 'snapshot', seq: 3, entries: [msg(2), msg(3)] }], [2, 3], 3, false],
    ['the next event appends [CHAT-5.1-1]', [{ type: 'snapshot', seq: 3, entries: [msg(3)] }, { type: 'event', entry: msg(4) }], [3, 4], 4, false],
    ['a repeated event is ignored', [{ type: 'snapshot', seq: 3, entries: [msg(3)] }, { type: 'event', entry: msg(3) }, { type: 'event', entry: msg(2) }], [3], 3, false],
    ['an event beyond seq+1 flags a gap and applies nothing', [{ type: 'snapshot', seq: 3, entries: [msg(3)] }, { type: 'event', entry: msg(5) }], [3], 3, true],
    ['events after a gap wait for the resume', [{ type: 'snapshot', seq: 3, entries: [msg(3)] }, { type: 'event', entry: msg(5) }, { type: 'event', entry: msg(6) }], [3], 3, true],
    ['a resume fills the gap exactly once [CHAT-4.3-1]', [
      { type: 'snapshot', seq: 3, entries: [msg(3)] }, { type: 'event', entry: msg(5) },
      { type: 'resume', entries: [msg(4), msg(5), msg(6)] }, { type: 'event', entry: msg(6) },
    ], [3, 4, 5, 6], 6, false],
    ['a gap snapshot discards the old copy [CHAT-4.3-2]', [
      { type: 'snapshot', seq: 3, entries: [msg(1), msg(2), msg(3)] }, { type: 'snapshot', seq: 2000, entries: [msg(1999), msg(2000)] },
    ], [1999, 2000], 2000, false],
    ['a history page prepends older entries', [
      { type: 'snapshot', seq: 5, entries: [msg(4), msg(5)] }, { type: 'history', entries: [msg(2), msg(3)], hasMore: true },
    ], [2, 3, 4, 5], 5, false],
    ['a history page repeating held entries adds nothing', [
      { type: 'snapshot', seq: 5, entries: [msg(4), msg(5)] }, { type: 'history', entries: [msg(3), msg(4)], hasMore: false },
    ], [3, 4, 5], 5, false],
  ])('%s', (_name, actions, expectedSeqs, expectedSeq, gap) => {
    const s = run(actions)
    expect(seqs(s)).toEqual(expectedSeqs)
    expect(s.seq).toBe(expectedSeq)
    expect(s.gap).toBe(gap)
  })

  it('updates a command card in place by id and rev [CHAT-5.2-1]', () => {
    const s = run([
      { type: 'snapshot', seq: 1, entries: [msg(1)] },
      { type: 'event', entry: card(2, 1, 'accepted') },
      { type: 'event', entry: msg(3) },
      { type: 'event', entry: card(4, 2, 'sent') },
      { type: 'event', entry: card(5, 3, 'succeeded') },
    ])
    expect(s.entries.map(e => e.id)).toEqual(['e1', 'card1', 'e3'])
    expect(s.entries[1]).toMatchObject({ rev: 3, card: { status: 'succeeded' } })
    expect(s.seq).toBe(5)
  })

  it('keeps the newer revision when an older one arrives in a history page', () => {
    const s = run([{ type: 'snapshot', seq: 5, entries: [card(5, 3, 'succeeded')] }, { type: 'history', entries: [card(2, 1, 'accepted')], hasMore: false }])
    expect(s.entries).toHaveLength(1)
    expect(s.entries[0]).toMatchObject({ rev: 3 })
  })

  it('records hasMore when the snapshot does not start at seq 1', () => {
    expect(run([{ type: 'snapshot', seq: 60, entries: [msg(11), msg(60)] }]).hasMore).toBe(true)
    expect(run([{ type: 'snapshot', seq: 2, entries: [msg(1), msg(2)] }]).hasMore).toBe(false)
    expect(run([{ type: 'snapshot', seq: 0, entries: [] }]).hasMore).toBe(false)
  })

  it('shows an own message as pending until its entry arrives', () => {
    const sent = run([{ type: 'snapshot', seq: 1, entries: [msg(1)] }, { type: 'send', clientId: 'm-1', text: 'hi' }, { type: 'ack', clientId: 'm-1' }])
    expect(sent.pending).toEqual([{ clientId: 'm-1', text: 'hi', status: 'acked' }])
    const landed = timelineReducer(sent, { type: 'event', entry: msg(2, { author: alice, clientId: 'm-1', text: 'hi' } as Partial<TimelineEntry>) })
    expect(landed.pending).toEqual([])
    expect(seqs(landed)).toEqual([1, 2])
  })

  it('drops a pending message whose entry comes back in a resume', () => {
    const s = run([
      { type: 'snapshot', seq: 1, entries: [msg(1)] }, { type: 'send', clientId: 'm-1', text: 'hi' },
      { type: 'resume', entries: [msg(2, { author: alice, clientId: 'm-1' } as Partial<TimelineEntry>)] },
    ])
    expect(s.pending).toEqual([])
  })

  it('marks a refused message failed with the reason', () => {
    const s = run([{ type: 'send', clientId: 'm-1', text: 'hi' }, { type: 'send-failed', clientId: 'm-1', error: 'Too many frames' }])
    expect(s.pending[0]).toMatchObject({ status: 'failed', error: 'Too many frames' })
  })
})

describe('unreadCount and oldestSeq', () => {
  const s = run([{ type: 'snapshot', seq: 4, entries: [msg(1), msg(2, { author: alice } as Partial<TimelineEntry>), card(3, 1, 'sent'), msg(4)] }])
  it.each([[0, 2], [1, 1], [4, 0]])('after lastRead %i counts %i messages by others', (lastRead, n) => {
    expect(unreadCount(s, lastRead, alice)).toBe(n)
  })
  it('gives the lowest seq held', () => {
    expect(oldestSeq(s)).toBe(1)
    expect(oldestSeq(emptyTimeline('r'))).toBeUndefined()
  })
})
