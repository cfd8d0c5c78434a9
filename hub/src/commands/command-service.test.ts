import { describe, expect, it } from '@jest/globals'
import { openSqlite } from '../storage/sqlite.js'
import { createCommandService } from './command-service.js'
import type { CommandStore } from './command-store.js'
import { parseDeviceMeta } from './device-meta.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'

const META = parseDeviceMeta(JSON.stringify({ model: 'm', firmware: '1', commands: { reboot: {} } }))

/** A SQLite command store that counts its reads by id. */
function countingStore(): { store: CommandStore; gets: () => number } {
  const inner = createSqliteCommandStore(openSqlite(':memory:'))
  let gets = 0
  return { store: { ...inner, get: id => { gets++; return inner.get(id) } }, gets: () => gets }
}

describe('command service', () => {
  it('takes a PUBACK that arrives after the device answered without reading the store, and keeps the answer', async () => {
    const { store, gets } = countingStore()
    const service = createCommandService({
      store, now: () => 1_000, defaultTtlMs: 60_000, responseTimeoutMs: 30_000,
      devices: { get: id => (id === 'd1' ? { id, name: id, room: null, model: null, createdAt: 0 } : undefined), list: () => [] },
      meta: { get: async () => META },
      publish: async () => undefined,
    })
    const { record } = await service.issue({ deviceId: 'd1', name: 'reboot', params: {}, issuedBy: { id: 'u1', username: 'alice' } })
    await new Promise(resolve => setImmediate(resolve)) // `sent`
    service.response('d1', Buffer.from(JSON.stringify({ id: record.id, ok: true })))
    expect(service.get(record.id)?.status).toBe('succeeded')
    const answered = store.get(record.id)
    const before = gets()
    service.delivered('d1', record.id) // the device's PUBACK, after its response
    expect(gets()).toBe(before)
    expect(store.get(record.id)).toEqual(answered)
    expect(answered?.status).toBe('succeeded')
  })
})
