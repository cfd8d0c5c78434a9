import { beforeEach, describe, expect, it } from '@jest/globals'
import type { AlarmStore } from './alarm-store.js'
import type { AlarmRecord, AlarmRule } from './types.js'

export const ruleRow = (id: string, extra: Partial<AlarmRule> = {}): AlarmRule => ({
  id, name: `rule ${id}`, scope: { model: 'thermostat' },
  condition: { type: 'threshold', field: 'temperature', op: '>', value: 30, holdMs: 120_000, hysteresis: 2, clear: null },
  severity: 'major', message: '{device} at {value}{unit}', unit: '°C', enabled: true,
  createdBy: { id: 'u1', username: 'alice' }, createdAt: 1000, updatedAt: 1000, ...extra,
})

export const alarmRow = (id: string, extra: Partial<AlarmRecord> = {}): AlarmRecord => ({
  id, ruleId: 'r1', ruleName: 'rule r1', deviceId: 'd1', room: 'plant', severity: 'major', state: 'active',
  message: 'd1 at 31°C', field: 'temperature', value: 31, unit: '°C', count: 1, raisedAt: 1000, lastRaisedAt: 1000,
  clearedAt: null, acknowledgedAt: null, acknowledgedBy: null, note: null, updatedAt: 1000, ...extra,
})

/** The AlarmStore contract: every implementation runs these cases. */
export function alarmStoreCases(name: string, make: () => AlarmStore): void {
  describe(`AlarmStore: ${name}`, () => {
    let store: AlarmStore
    beforeEach(() => { store = make() })

    it('inserts, reads, lists oldest first and refuses a duplicate rule id', () => {
      expect(store.insertRule(ruleRow('r2', { createdAt: 2000 }))).toBe(true)
      expect(store.insertRule(ruleRow('r1'))).toBe(true)
      expect(store.insertRule(ruleRow('r1', { name: 'again' }))).toBe(false)
      expect(store.getRule('r1')).toEqual(ruleRow('r1'))
      expect(store.getRule('nope')).toBeUndefined()
      expect(store.listRules().map(r => r.id)).toEqual(['r1', 'r2'])
    })

    it('updates a rule but keeps who created it and when', () => {
      store.insertRule(ruleRow('r1'))
      const changed = ruleRow('r1', { name: 'hot', severity: 'critical', updatedAt: 5000, createdAt: 9, createdBy: { id: 'x', username: 'mallory' } })
      expect(store.updateRule(changed)).toBe(true)
      expect(store.getRule('r1')).toEqual(ruleRow('r1', { name: 'hot', severity: 'critical', updatedAt: 5000 }))
      expect(store.updateRule(ruleRow('r9'))).toBe(false)
    })

    it('deletes a rule once', () => {
      store.insertRule(ruleRow('r1'))
      expect(store.deleteRule('r1')).toBe(true)
      expect(store.deleteRule('r1')).toBe(false)
      expect(store.listRules()).toEqual([])
    })

    it('keeps an alarm with its value type and acknowledgement', () => {
      store.insertAlarm(alarmRow('a1', { value: 'fault' }))
      expect(store.getAlarm('a1')).toEqual(alarmRow('a1', { value: 'fault' }))
      const acked = alarmRow('a1', { state: 'acknowledged', acknowledgedAt: 2000, acknowledgedBy: { id: 'u2', username: 'bob' }, note: 'on it', count: 3, value: 32.5, updatedAt: 2000 })
      store.updateAlarm(acked)
      expect(store.getAlarm('a1')).toEqual(acked)
    })

    it('never changes what an alarm is about', () => {
      store.insertAlarm(alarmRow('a1'))
      store.updateAlarm(alarmRow('a1', { deviceId: 'evil', ruleId: 'r9', room: 'x', raisedAt: 1, state: 'cleared', clearedAt: 3000 }))
      expect(store.getAlarm('a1')).toEqual(alarmRow('a1', { state: 'cleared', clearedAt: 3000 }))
    })

    it('lists newest first, filtered by state, device, room and severity, up to the limit', () => {
      store.insertAlarm(alarmRow('a', { raisedAt: 1 }))
      store.insertAlarm(alarmRow('b', { raisedAt: 2, deviceId: 'd2', state: 'closed' }))
      store.insertAlarm(alarmRow('c', { raisedAt: 3, room: 'lab', severity: 'critical' }))
      store.insertAlarm(alarmRow('d', { raisedAt: 4, state: 'cleared' }))
      expect(store.listAlarms({ limit: 10 }).map(a => a.id)).toEqual(['d', 'c', 'b', 'a'])
      expect(store.listAlarms({ limit: 2 }).map(a => a.id)).toEqual(['d', 'c'])
      expect(store.listAlarms({ state: 'active', limit: 10 }).map(a => a.id)).toEqual(['c', 'a'])
      expect(store.listAlarms({ deviceId: 'd2', limit: 10 }).map(a => a.id)).toEqual(['b'])
      expect(store.listAlarms({ room: 'lab', limit: 10 }).map(a => a.id)).toEqual(['c'])
      expect(store.listAlarms({ severity: 'critical', state: 'active', limit: 10 }).map(a => a.id)).toEqual(['c'])
      expect(store.openAlarms().map(a => a.id).sort()).toEqual(['a', 'c', 'd'])
    })

    it('keeps webhooks oldest first and deletes them once', () => {
      const hook = (id: string, createdAt: number) => ({ id, url: `http://127.0.0.1:9/${id}`, rooms: id === 'w1' ? ['plant', 'lab'] : null, minSeverity: 'major' as const, secret: `s-${id}`, createdAt })
      store.insertWebhook(hook('w2', 2))
      store.insertWebhook(hook('w1', 1))
      expect(store.listWebhooks()).toEqual([hook('w1', 1), hook('w2', 2)])
      expect(store.deleteWebhook('w1')).toBe(true)
      expect(store.deleteWebhook('w1')).toBe(false)
      expect(store.listWebhooks().map(h => h.id)).toEqual(['w2'])
    })

    it('keeps queued webhook deliveries per owner in queue order, and drops them with their webhook', () => {
      const hook = (id: string) => ({ id, url: `http://127.0.0.1:9/${id}`, rooms: null, minSeverity: 'warning' as const, secret: `s-${id}`, createdAt: 1 })
      store.insertWebhook(hook('wa'))
      store.insertWebhook(hook('wb'))
      const d = (id: string, webhookId: string) => ({ id, webhookId, body: `{"n":"${id}"}`, attempt: 0, createdAt: 1000 })
      // Inserted out of id order, one owner interleaved with another: order is the queue's.
      store.insertDelivery(d('d3', 'wa'), 'hub-1')
      store.insertDelivery(d('d1', 'wb'), 'hub-1')
      store.insertDelivery(d('d9', 'wa'), 'hub-2')
      store.insertDelivery(d('d2', 'wa'), 'hub-1')
      store.updateDeliveryAttempt('d1', 3)
      expect(store.listDeliveries('hub-1')).toEqual([d('d3', 'wa'), { ...d('d1', 'wb'), attempt: 3 }, d('d2', 'wa')])
      expect(store.listDeliveries('hub-2').map(x => x.id)).toEqual(['d9'])
      expect(store.deleteDelivery('d3')).toBe(true)
      expect(store.deleteDelivery('d3')).toBe(false)
      expect(store.deleteWebhook('wa')).toBe(true)
      expect(store.listDeliveries('hub-1').map(x => x.id)).toEqual(['d1'])
      expect(store.listDeliveries('hub-2')).toEqual([])
    })

    it('finds closed alarms last changed before a cutoff, oldest raised first, and removes them', () => {
      const closed = (id: string, raisedAt: number, updatedAt: number) => alarmRow(id, { state: 'closed', raisedAt, lastRaisedAt: raisedAt, clearedAt: updatedAt, updatedAt })
      for (const a of [closed('c2', 200, 300), closed('c1', 100, 150), closed('late', 100, 900), alarmRow('open', { raisedAt: 50, updatedAt: 60 }),
        alarmRow('cleared', { state: 'cleared', raisedAt: 50, updatedAt: 60 }), closed('new', 700, 800)]) store.insertAlarm(a)
      expect(store.closedBefore(500, 10)).toEqual(['c1', 'c2'])
      expect(store.closedBefore(500, 1)).toEqual(['c1'])
      expect(store.closedBefore(100, 10)).toEqual([])
      expect(store.removeAlarms(['c1', 'c2', 'none'])).toBe(2)
      expect(store.removeAlarms([])).toBe(0)
      expect(store.getAlarm('c1')).toBeUndefined()
      expect(store.closedBefore(1000, 10)).toEqual(['late', 'new'])
      expect(store.openAlarms().map(a => a.id).sort()).toEqual(['cleared', 'open'])
    })

    it('hands out copies', () => {
      store.insertRule(ruleRow('r1'))
      store.insertAlarm(alarmRow('a1'))
      const r = store.getRule('r1')!
      ;(r.scope as { model: string }).model = 'pump'
      const a = store.getAlarm('a1')!
      a.state = 'closed'
      expect(store.getRule('r1')).toEqual(ruleRow('r1'))
      expect(store.getAlarm('a1')).toEqual(alarmRow('a1'))
    })
  })
}
