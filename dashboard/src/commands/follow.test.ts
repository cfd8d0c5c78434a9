import { describe, expect, it } from 'vitest'
import type { CommandCard, CommandRecordJson, CommandStatus } from '@tether/protocol'
import { anyOpen, cardOf, followCommands, shouldPoll } from './follow'

const alice = { id: 'u1', username: 'alice' }
const record = (id: string, status: CommandStatus, createdAt: number, deviceId = 'd1'): CommandRecordJson => ({
  id, deviceId, name: 'identify', params: {}, issuedBy: alice, clientId: null, status, createdAt, expiresAt: createdAt + 60_000,
  sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null, updatedAt: createdAt,
})
const card = (id: string, status: CommandStatus, createdAt: number, deviceId = 'd1'): CommandCard => ({ ...cardOf(record(id, status, createdAt, deviceId)), status })
const states = (cs: CommandCard[]) => cs.map(c => `${c.commandId}:${c.status}`)

describe('followCommands', () => {
  it.each<[string, CommandRecordJson[], CommandCard[], string[]]>([
    ['the audit alone, newest first', [record('a', 'succeeded', 1), record('b', 'sent', 2)], [], ['b:sent', 'a:succeeded']],
    ['a later card moves a command on', [record('b', 'sent', 2)], [card('b', 'delivered', 2)], ['b:delivered']],
    ['an older card never moves a command back', [record('b', 'succeeded', 2)], [card('b', 'sent', 2)], ['b:succeeded']],
    ['a card the audit has not seen is shown', [record('a', 'succeeded', 1)], [card('c', 'accepted', 3)], ['c:accepted', 'a:succeeded']],
    ['cards of other devices are left out', [], [card('x', 'accepted', 3, 'd2')], []],
    ['a failure after delivery is further than delivered', [record('b', 'delivered', 2)], [card('b', 'timed_out', 2)], ['b:timed_out']],
  ])('%s', (_n, audit, cards, expected) => {
    expect(states(followCommands('d1', audit, cards))).toEqual(expected)
  })

  it('reads a REST record as the card the hub would post for it', () => {
    const r = { ...record('a', 'failed', 5), clientId: 'k-1', result: null, error: 'jammed', completedAt: 9 }
    expect(cardOf(r)).toEqual({
      commandId: 'a', deviceId: 'd1', name: 'identify', params: {}, status: 'failed', issuedBy: alice, createdAt: 5, expiresAt: 60_005,
      sentAt: null, deliveredAt: null, completedAt: 9, result: null, error: 'jammed',
    })
  })
})

describe('anyOpen', () => {
  it.each<[CommandStatus[], boolean]>([[[], false], [['succeeded', 'expired'], false], [['succeeded', 'delivered'], true]])(
    '%j → %s', (ss, open) => { expect(anyOpen(ss.map((s, i) => card(String(i), s, i)))).toBe(open) })
})

describe('shouldPoll', () => {
  it.each<[boolean, CommandStatus[], boolean]>([
    [true, ['sent'], false],
    [true, [], false],
    [false, ['sent'], true],
    [false, ['succeeded', 'accepted'], true],
    [false, ['succeeded', 'timed_out'], false],
    [false, [], false],
  ])('chat online %s with %j → %s', (online, ss, poll) => {
    expect(shouldPoll(online, ss.map((s, i) => card(String(i), s, i)))).toBe(poll)
  })
})
