import { beforeEach, describe, expect, it } from '@jest/globals'
import type { CommandRecord } from './lifecycle.js'
import type { CommandStore } from './command-store.js'

export const commandRow = (id: string, extra: Partial<CommandRecord> = {}): CommandRecord => ({
  id, deviceId: 'd1', name: 'set_setpoint', params: { value: 21 }, issuedBy: { id: 'u1', username: 'alice' }, clientId: `client-${id}`,
  status: 'accepted', createdAt: 1000, expiresAt: 61_000, sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null,
  updatedAt: 1000, ...extra,
})

/** The CommandStore contract: every implementation runs these cases. */
export function commandStoreCases(name: string, make: () => CommandStore): void {
  describe(`CommandStore: ${name}`, () => {
    let store: CommandStore
    beforeEach(() => { store = make() })

    it('inserts and reads a command with its params', () => {
      expect(store.insert(commandRow('c1'))).toBe(true)
      expect(store.get('c1')).toEqual(commandRow('c1'))
      expect(store.get('c2')).toBeUndefined()
    })

    it('refuses a duplicate id', () => {
      store.insert(commandRow('c1'))
      expect(store.insert(commandRow('c1', { clientId: 'other' }))).toBe(false)
    })

    it('accepts a client id once per issuer, and the same client id from another issuer', () => {
      expect(store.insert(commandRow('c1', { clientId: 'k' }))).toBe(true)
      expect(store.insert(commandRow('c2', { clientId: 'k' }))).toBe(false)
      expect(store.insert(commandRow('c3', { clientId: 'k', issuedBy: { id: 'u2', username: 'bob' } }))).toBe(true)
      expect(store.findByClientId('u1', 'k')?.id).toBe('c1')
      expect(store.findByClientId('u2', 'k')?.id).toBe('c3')
      expect(store.findByClientId('u1', 'nope')).toBeUndefined()
    })

    it('moves a record on only from the state the writer read, so two hubs apply a transition once', () => {
      const accepted = commandRow('c1')
      store.insert(accepted)
      const sent = { ...accepted, status: 'sent' as const, sentAt: 2000, updatedAt: 2000 }
      const expired = { ...accepted, status: 'expired' as const, completedAt: 2000, error: 'late', updatedAt: 2000 }
      expect(store.updateFrom(accepted, sent)).toBe(true)
      expect(store.updateFrom(accepted, expired)).toBe(false)
      expect(store.get('c1')).toEqual(sent)
      expect(store.updateFrom(commandRow('nope'), sent)).toBe(false)
    })

    it('allows many commands without a client id', () => {
      expect(store.insert(commandRow('c1', { clientId: null }))).toBe(true)
      expect(store.insert(commandRow('c2', { clientId: null }))).toBe(true)
    })

    it('updates status, times, result and error but never who or what', () => {
      store.insert(commandRow('c1'))
      store.update(commandRow('c1', { status: 'succeeded', sentAt: 1001, deliveredAt: 1002, completedAt: 1003, result: { ok: [1, 'a'] }, updatedAt: 1003, deviceId: 'evil', name: 'x' }))
      expect(store.get('c1')).toEqual(commandRow('c1', { status: 'succeeded', sentAt: 1001, deliveredAt: 1002, completedAt: 1003, result: { ok: [1, 'a'] }, updatedAt: 1003 }))
      store.update(commandRow('c1', { status: 'failed', error: 'busy', updatedAt: 1004 }))
      expect(store.get('c1')).toMatchObject({ status: 'failed', error: 'busy', result: null })
    })

    it('lists oldest first, by device and since, up to the limit', () => {
      store.insert(commandRow('a', { createdAt: 3 }))
      store.insert(commandRow('b', { createdAt: 1, deviceId: 'd2' }))
      store.insert(commandRow('c', { createdAt: 2 }))
      store.insert(commandRow('d', { createdAt: 4 }))
      expect(store.list({ limit: 10 }).map(r => r.id)).toEqual(['b', 'c', 'a', 'd'])
      expect(store.list({ deviceId: 'd1', limit: 10 }).map(r => r.id)).toEqual(['c', 'a', 'd'])
      expect(store.list({ since: 3, limit: 10 }).map(r => r.id)).toEqual(['a', 'd'])
      expect(store.list({ limit: 2 }).map(r => r.id)).toEqual(['b', 'c'])
    })

    it('lists the commands not yet finished', () => {
      store.insert(commandRow('a', { status: 'sent' }))
      store.insert(commandRow('b', { status: 'succeeded' }))
      store.insert(commandRow('c', { status: 'delivered' }))
      store.insert(commandRow('d', { status: 'expired' }))
      expect(store.open().map(r => r.id).sort()).toEqual(['a', 'c'])
    })

    it('finds the finished commands created before a time, oldest first, and removes them with their client ids', () => {
      const done = { status: 'succeeded' as const, completedAt: 5000, updatedAt: 5000 }
      store.insert(commandRow('a', { createdAt: 300, ...done }))
      store.insert(commandRow('b', { createdAt: 100, status: 'expired', completedAt: 5000, updatedAt: 5000 }))
      store.insert(commandRow('c', { createdAt: 200, status: 'delivered', deliveredAt: 250, updatedAt: 250 })) // open: kept whatever its age
      store.insert(commandRow('d', { createdAt: 400, ...done })) // not before the cutoff (strict)
      store.insert(commandRow('e', { createdAt: 150, ...done }))
      expect(store.finishedBefore(400, 10)).toEqual(['b', 'e', 'a'])
      expect(store.finishedBefore(400, 2)).toEqual(['b', 'e'])
      expect(store.remove(['b', 'e', 'nope'])).toBe(2)
      expect(store.get('b')).toBeUndefined()
      expect(store.finishedBefore(400, 10)).toEqual(['a'])
      expect(store.list({ limit: 10 }).map(r => r.id)).toEqual(['c', 'a', 'd'])
      // The client id of a removed command can be used again.
      expect(store.insert(commandRow('f', { clientId: 'client-b' }))).toBe(true)
      expect(store.remove([])).toBe(0)
    })

    it('hands out copies: changing a returned record changes nothing stored', () => {
      store.insert(commandRow('c1'))
      const r = store.get('c1')!
      r.status = 'failed'
      ;(r.params as Record<string, unknown>).value = 99
      expect(store.get('c1')).toEqual(commandRow('c1'))
    })
  })
}
