import { describe, expect, it } from '@jest/globals'
import { alarmRow } from './alarm-store.cases.js'
import { acknowledged, cleared, reRaised } from './lifecycle.js'
import type { AlarmState } from './types.js'

const bob = { id: 'u2', username: 'bob' }

describe('alarm lifecycle', () => {
  it.each<[AlarmState, AlarmState]>([
    ['active', 'cleared'],
    ['acknowledged', 'closed'],
    ['cleared', 'cleared'],
    ['closed', 'closed'],
  ])('clearing %s gives %s', (from, to) => {
    expect(cleared(alarmRow('a', { state: from }), 27, 5000).state).toBe(to)
  })

  it.each<[AlarmState, AlarmState | 'already_acknowledged']>([
    ['active', 'acknowledged'],
    ['cleared', 'closed'],
    ['acknowledged', 'already_acknowledged'],
    ['closed', 'already_acknowledged'],
  ])('acknowledging %s gives %s', (from, to) => {
    const r = acknowledged(alarmRow('a', { state: from }), bob, 'on it', 6000)
    expect(r.ok ? r.alarm.state : r.reason).toBe(to)
    if (r.ok) expect(r.alarm).toMatchObject({ acknowledgedBy: bob, acknowledgedAt: 6000, note: 'on it', updatedAt: 6000 })
  })

  it('counts a raise of a cleared alarm on the same alarm and makes it active again', () => {
    const a = reRaised(alarmRow('a', { state: 'cleared', clearedAt: 3000, count: 1 }), 33, 'hot', 7000)
    expect(a).toMatchObject({ state: 'active', count: 2, value: 33, message: 'hot', lastRaisedAt: 7000, clearedAt: null, raisedAt: 1000 })
  })

  it('keeps the value that ended the condition', () => {
    expect(cleared(alarmRow('a'), 26.5, 4000)).toMatchObject({ state: 'cleared', value: 26.5, clearedAt: 4000 })
  })
})
