import { describe, expect, it } from 'vitest'
import { activeByDevice, alarmFromCard, applyAlarm, filterAlarms, sortAlarms, unacknowledged, valueText, type Alarm } from './alarms'

const alarm = (id: string, extra: Partial<Alarm> = {}): Alarm => ({
  id, ruleName: 'hot', deviceId: 'd1', room: 'plant', severity: 'major', state: 'active', message: 'm', field: 't',
  value: 31, unit: '°C', count: 1, raisedAt: 1, clearedAt: null, acknowledgedBy: null, note: null, ...extra,
})

describe('alarms', () => {
  it('reads a card from the timeline', () => {
    const card = { alarmId: 'a1', ruleId: 'r1', ruleName: 'hot', deviceId: 'd1', severity: 'critical', state: 'cleared', message: 'm', field: 't', value: 30.5, unit: null,
      count: 2, raisedAt: 1, lastRaisedAt: 2, clearedAt: 3, acknowledgedAt: null, acknowledgedBy: null, note: null } as const
    expect(alarmFromCard(card, 'lab'))
      .toMatchObject({ id: 'a1', room: 'lab', severity: 'critical', state: 'cleared', value: 30.5, count: 2, acknowledgedBy: null })
  })

  it('replaces an alarm in place and drops it once closed', () => {
    const list = [alarm('a1'), alarm('a2')]
    expect(applyAlarm(list, alarm('a1', { state: 'acknowledged' })).map(a => [a.id, a.state])).toEqual([['a2', 'active'], ['a1', 'acknowledged']])
    expect(applyAlarm(list, alarm('a1', { state: 'closed' })).map(a => a.id)).toEqual(['a2'])
    expect(applyAlarm(list, alarm('a3')).map(a => a.id).sort()).toEqual(['a1', 'a2', 'a3'])
  })

  it('sorts what needs action first, then by severity and age', () => {
    const list = [alarm('w', { severity: 'warning', raisedAt: 9 }), alarm('ack', { state: 'acknowledged', severity: 'critical' }), alarm('c', { severity: 'critical', raisedAt: 2 }), alarm('c2', { severity: 'critical', raisedAt: 5 })]
    expect(sortAlarms(list).map(a => a.id)).toEqual(['c2', 'c', 'w', 'ack'])
  })

  it.each([
    [{ severity: 'critical' }, ['b']],
    [{ state: 'cleared' }, ['c']],
    [{ room: 'lab' }, ['b']],
    [{ device: 'd2' }, ['c']],
    [{}, ['a', 'b', 'c']],
  ])('filters by %j', (f, ids) => {
    const list = [alarm('a'), alarm('b', { severity: 'critical', room: 'lab' }), alarm('c', { state: 'cleared', deviceId: 'd2' })]
    expect(filterAlarms(list, f).map(a => a.id)).toEqual(ids)
  })

  it('counts unacknowledged alarms and groups the present ones by device', () => {
    const list = [alarm('a'), alarm('b', { state: 'acknowledged' }), alarm('c', { state: 'cleared', deviceId: 'd2' })]
    expect(unacknowledged(list)).toBe(2)
    expect(Object.fromEntries(Object.entries(activeByDevice(list)).map(([d, as]) => [d, as.map(a => a.id)]))).toEqual({ d1: ['a', 'b'] })
  })

  it.each([[31.256, '°C', '31.26 °C'], [5, null, '5'], [null, 'bar', '—'], ['fault', null, 'fault']])('shows %p %p as %p', (value, unit, text) => {
    expect(valueText({ value: value as Alarm['value'], unit: unit as string | null })).toBe(text)
  })
})
