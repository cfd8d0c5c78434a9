import { describe, it, expect, beforeEach } from '@jest/globals'
import type { AccountRow, AccountStore } from './account-store.js'

const row = (id: string, username: string, createdAt = 1000, role: AccountRow['role'] = 'viewer'): AccountRow =>
  ({ id, username, role, passwordHash: `hash-${id}`, createdAt, updatedAt: createdAt })

/** The AccountStore contract: every implementation runs these cases. */
export function accountStoreCases(name: string, make: () => AccountStore): void {
  describe(`AccountStore: ${name}`, () => {
    let store: AccountStore
    beforeEach(() => { store = make() })

    it('inserts and reads by id and by username', () => {
      expect(store.insert(row('a1', 'alice'))).toBe(true)
      expect(store.get('a1')).toEqual(row('a1', 'alice'))
      expect(store.getByUsername('alice')).toEqual(row('a1', 'alice'))
      expect(store.get('nope')).toBeUndefined()
      expect(store.getByUsername('nope')).toBeUndefined()
    })

    it('refuses a duplicate id or username and changes nothing', () => {
      store.insert(row('a1', 'alice'))
      expect(store.insert(row('a1', 'bob'))).toBe(false)
      expect(store.insert(row('a2', 'alice'))).toBe(false)
      expect(store.count()).toBe(1)
      expect(store.getByUsername('bob')).toBeUndefined()
    })

    it('lists by creation time', () => {
      store.insert(row('b', 'second', 2000))
      store.insert(row('a', 'first', 1000))
      store.insert(row('c', 'third', 3000))
      expect(store.list().map(r => r.username)).toEqual(['first', 'second', 'third'])
    })

    it('updates only the given fields', () => {
      store.insert(row('a1', 'alice'))
      expect(store.update('a1', { role: 'admin', updatedAt: 5000 })).toBe(true)
      expect(store.get('a1')).toEqual({ ...row('a1', 'alice'), role: 'admin', updatedAt: 5000 })
      expect(store.update('a1', { passwordHash: 'new' })).toBe(true)
      expect(store.get('a1')!.passwordHash).toBe('new')
      expect(store.get('a1')!.role).toBe('admin')
      expect(store.update('ghost', { role: 'admin' })).toBe(false)
    })

    it('deletes, freeing the username', () => {
      store.insert(row('a1', 'alice'))
      expect(store.delete('a1')).toBe(true)
      expect(store.delete('a1')).toBe(false)
      expect(store.getByUsername('alice')).toBeUndefined()
      expect(store.insert(row('a2', 'alice'))).toBe(true)
      expect(store.count()).toBe(1)
    })

    it('returns copies: mutating a result changes nothing stored', () => {
      store.insert(row('a1', 'alice'))
      const got = store.get('a1')!
      got.role = 'admin'
      expect(store.get('a1')!.role).toBe('viewer')
    })
  })
}
