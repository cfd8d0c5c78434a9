import { HubError } from '../errors.js'
import type { HubEvents } from '../events.js'
import type { DeviceDirectory, DeviceRecord } from './types.js'
import type { DevicePatch, DeviceRow, DeviceStore } from './stores/device-store.js'
import { generateDeviceToken, hashDeviceToken, deviceTokenMatches } from './device-token.js'
import { isValidId, ID_RULE } from '@tether/protocol'

export type TokenCheck = 'ok' | 'bad_token' | 'unknown_device'

const toRecord = (r: DeviceRow): DeviceRecord => ({ id: r.id, name: r.name, room: r.room, model: r.model, createdAt: r.createdAt })

/**
 * The device registry. Reads come from an in-memory copy (telemetry and every MQTT CONNECT look
 * devices up; the registry is the only writer, so the copy stays exact); writes go through the
 * store first. Tokens are returned once, by `create` and `rotateToken`, and kept only as hashes.
 */
export function createDeviceRegistry(deps: { store: DeviceStore; events: HubEvents; now: () => number }) {
  const { store, events, now } = deps
  const cache = new Map<string, DeviceRow>(store.list().map(r => [r.id, r]))

  function mustGet(id: string): DeviceRow {
    const row = cache.get(id)
    if (!row) throw new HubError('HUB_ERR_NOT_FOUND', 'No such device.', { id })
    return row
  }

  function refresh(id: string): DeviceRow {
    const row = store.get(id)!
    cache.set(id, row)
    return row
  }

  const registry = {
    get: (id: string) => { const r = cache.get(id); return r && toRecord(r) },
    list: () => [...cache.values()].map(toRecord),
    has: (id: string) => cache.has(id),

    create(input: { id: string; name?: string; room?: string | null; model?: string | null }): { device: DeviceRecord; token: string } {
      if (!isValidId(input.id)) throw new HubError('HUB_ERR_VALIDATION', `id must be ${ID_RULE}.`, { field: 'id' })
      const token = generateDeviceToken()
      const t = now()
      const row: DeviceRow = {
        id: input.id, name: input.name ?? input.id, room: input.room ?? null, model: input.model ?? null,
        tokenHash: hashDeviceToken(token), createdAt: t, updatedAt: t,
      }
      if (!store.insert(row)) throw new HubError('HUB_ERR_CONFLICT', 'A device with this id already exists.', { field: 'id' })
      cache.set(row.id, row)
      events.emit('device.created', { deviceId: row.id })
      return { device: toRecord(row), token }
    },

    update(id: string, patch: { name?: string; room?: string | null; model?: string | null }): DeviceRecord {
      mustGet(id)
      const p: DevicePatch = { name: patch.name, room: patch.room, model: patch.model, updatedAt: now() }
      if (!store.update(id, p)) throw new HubError('HUB_ERR_NOT_FOUND', 'No such device.', { id })
      const row = refresh(id)
      events.emit('device.updated', { deviceId: id })
      return toRecord(row)
    },

    /** A new token; the old one stops working at once and its live session is closed. */
    rotateToken(id: string): { device: DeviceRecord; token: string } {
      mustGet(id)
      const token = generateDeviceToken()
      store.update(id, { tokenHash: hashDeviceToken(token), updatedAt: now() })
      const row = refresh(id)
      events.emit('device.tokenRotated', { deviceId: id })
      return { device: toRecord(row), token }
    },

    delete(id: string): void {
      mustGet(id)
      store.delete(id)
      cache.delete(id)
      events.emit('device.deleted', { deviceId: id })
    },

    /** Re-reads every device (cluster: announcements of changes may have been missed). */
    reloadAll(): void {
      cache.clear()
      for (const row of store.list()) cache.set(row.id, row)
    },

    /** Re-reads one device after another hub of the cluster changed it. */
    reload(id: string): void {
      const row = store.get(id)
      if (row) cache.set(id, row)
      else cache.delete(id)
    },

    checkToken(id: string, token: string): TokenCheck {
      const row = cache.get(id)
      if (!row) return 'unknown_device'
      return deviceTokenMatches(token, row.tokenHash) ? 'ok' : 'bad_token'
    },
  }
  return registry satisfies DeviceDirectory
}

export type DeviceRegistry = ReturnType<typeof createDeviceRegistry>
