import type { DeviceRecord } from '../types.js'
import { byCreation, definedOnly } from './account-store.js'

/** A device as stored: the public record plus the SHA-256 of its token. */
export interface DeviceRow extends DeviceRecord {
  tokenHash: string
  updatedAt: number
}

export type DevicePatch = Partial<Pick<DeviceRow, 'name' | 'room' | 'model' | 'tokenHash' | 'updatedAt'>>

/** Persistence port for the device registry; memory and SQLite implementations pass device-store.cases.ts. */
export interface DeviceStore {
  get(id: string): DeviceRow | undefined
  list(): DeviceRow[]
  /** false when the id is taken (nothing changed). */
  insert(row: DeviceRow): boolean
  /** false when the device does not exist. `room`/`model` null clears them; undefined keeps them. */
  update(id: string, patch: DevicePatch): boolean
  delete(id: string): boolean
}

export function createMemoryDeviceStore(): DeviceStore {
  const rows = new Map<string, DeviceRow>()
  return {
    get: id => { const r = rows.get(id); return r ? { ...r } : undefined },
    list: () => [...rows.values()].sort(byCreation).map(r => ({ ...r })),
    insert(row) {
      if (rows.has(row.id)) return false
      rows.set(row.id, { ...row })
      return true
    },
    update(id, patch) {
      const row = rows.get(id)
      if (!row) return false
      Object.assign(row, definedOnly(patch))
      return true
    },
    delete: id => rows.delete(id),
  }
}
