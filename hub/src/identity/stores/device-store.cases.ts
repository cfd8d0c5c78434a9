import { describe, it, expect, beforeEach } from '@jest/globals'
import type { DeviceRow, DeviceStore } from './device-store.js'

const row = (id: string, createdAt = 1000): DeviceRow =>
  ({ id, name: `name-${id}`, room: 'lab', model: 'm1', tokenHash: `hash-${id}`, createdAt, updatedAt: createdAt })

/** The DeviceStore contract: every implementation runs these cases. */
export function deviceStoreCases(name: string, make: () => DeviceStore): void {
  describe(`DeviceStore: ${name}`, () => {
    let store: DeviceStore
    beforeEach(() => { store = make() })

    it('inserts and reads a device', () => {
      expect(store.insert(row('d1'))).toBe(true)
      expect(store.get('d1')).toEqual(row('d1'))
      expect(store.get('d2')).toBeUndefined()
    })

    it('refuses a duplicate id and keeps the first', () => {
      store.insert(row('d1'))
      expect(store.insert({ ...row('d1'), name: 'other' })).toBe(false)
      expect(store.get('d1')!.name).toBe('name-d1')
    })

    it('lists by creation time', () => {
      store.insert(row('z', 1))
      store.insert(row('a', 3))
      store.insert(row('m', 2))
      expect(store.list().map(r => r.id)).toEqual(['z', 'm', 'a'])
    })

    it('updates given fields; null clears room and model, undefined keeps them', () => {
      store.insert(row('d1'))
      expect(store.update('d1', { name: 'renamed', room: undefined, model: null, updatedAt: 9 })).toBe(true)
      expect(store.get('d1')).toEqual({ ...row('d1'), name: 'renamed', model: null, updatedAt: 9 })
      expect(store.update('d1', { room: null })).toBe(true)
      expect(store.get('d1')!.room).toBeNull()
      expect(store.update('d1', { tokenHash: 'h2' })).toBe(true)
      expect(store.get('d1')!.tokenHash).toBe('h2')
      expect(store.update('ghost', { name: 'x' })).toBe(false)
      expect(store.update('ghost', {})).toBe(false)
    })

    it('deletes', () => {
      store.insert(row('d1'))
      expect(store.delete('d1')).toBe(true)
      expect(store.delete('d1')).toBe(false)
      expect(store.get('d1')).toBeUndefined()
      expect(store.list()).toEqual([])
    })
  })
}
