import { describe, expect, it } from '@jest/globals'
import { inTransaction, openSqlite } from '../storage/sqlite.js'
import { createCommandService, type CommandServiceOptions } from './command-service.js'
import type { CommandStore } from './command-store.js'
import { parseDeviceMeta } from './device-meta.js'
import type { CommandRecord } from './lifecycle.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'

const META = parseDeviceMeta(JSON.stringify({ model: 'm', firmware: '1', commands: { reboot: {} } }))
const ISSUER = { id: 'u1', username: 'alice' }

/** A SQLite command store that counts its reads by id. */
function countingStore(): { store: CommandStore; gets: () => number } {
  const inner = createSqliteCommandStore(openSqlite(':memory:'))
  let gets = 0
  return { store: { ...inner, get: id => { gets++; return inner.get(id) } }, gets: () => gets }
}

/** A service on one SQLite database (store and transactions), recording what it announces and how many transactions it ran. */
function serviceOnSqlite(opts: Partial<CommandServiceOptions> = {}) {
  const db = openSqlite(':memory:')
  const store = opts.store ?? createSqliteCommandStore(db)
  const tx = inTransaction(db)
  let transactions = 0
  const announced: CommandRecord[] = []
  const service = createCommandService({
    store, now: () => Date.now(), defaultTtlMs: 60_000, responseTimeoutMs: 30_000,
    devices: { get: id => ({ id, name: id, room: null, model: null, createdAt: 0 }), list: () => [] },
    meta: { get: async () => META },
    publish: async () => undefined,
    atomically: fn => { transactions++; return tx(fn) },
    ...opts,
  })
  service.onChange(r => announced.push(r))
  const issue = async (deviceId = 'd1') => (await service.issue({ deviceId, name: 'reboot', params: {}, issuedBy: ISSUER })).record.id
  return { service, store, announced, transactions: () => transactions, issue }
}

const nextTurn = () => new Promise(resolve => setImmediate(resolve))
async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise(resolve => setTimeout(resolve, 5))
  }
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
    const { record } = await service.issue({ deviceId: 'd1', name: 'reboot', params: {}, issuedBy: ISSUER })
    await nextTurn() // `sent`
    service.response('d1', Buffer.from(JSON.stringify({ id: record.id, ok: true })))
    expect(service.get(record.id)?.status).toBe('succeeded')
    const answered = store.get(record.id)
    const before = gets()
    service.delivered('d1', record.id) // the device's PUBACK, after its response
    expect(gets()).toBe(before)
    expect(store.get(record.id)).toEqual(answered)
    expect(answered?.status).toBe('succeeded')
  })

  // [CHAT-16.2-1] a client sees a subsequence of the states; the last revision carries every time.
  it('holds `sent` and `delivered` and stores them with the response: one commit and one revision for the three', async () => {
    const { service, store, announced, transactions, issue } = serviceOnSqlite({ holdMs: 60_000 })
    const id = await issue()
    await nextTurn() // the broker took it: `sent`, held
    service.delivered('d1', id)
    expect(service.get(id)?.status).toBe('delivered') // the newest state is what every read sees
    expect(service.list({ limit: 10 }).map(r => r.status)).toEqual(['delivered'])
    expect(store.get(id)?.status).toBe('accepted') // not stored yet
    expect(announced.map(r => r.status)).toEqual(['accepted'])
    const before = transactions()
    service.response('d1', Buffer.from(JSON.stringify({ id, ok: true, result: { done: 1 } })))
    expect(transactions()).toBe(before + 1)
    expect(announced.map(r => r.status)).toEqual(['accepted', 'succeeded'])
    const last = announced.at(-1)!
    expect(last.sentAt).not.toBeNull()
    expect(last.deliveredAt).not.toBeNull()
    expect(store.get(id)).toEqual(last)
  })

  it('stores what is held once the hold ends, every command in one transaction', async () => {
    const { service, store, announced, transactions, issue } = serviceOnSqlite({ holdMs: 20 })
    const [a, b] = [await issue('d1'), await issue('d2')]
    await nextTurn()
    service.delivered('d1', a)
    service.delivered('d2', b)
    const before = transactions()
    await until(() => store.get(a)?.status === 'delivered' && store.get(b)?.status === 'delivered')
    expect(transactions()).toBe(before + 1)
    // One revision each for what was held, with every time it holds (`sent` too, unless a slow
    // machine let the hold end between the broker's confirmation and the PUBACK).
    const last = announced.slice(-2)
    expect(last.map(r => `${r.id === a ? 'a' : 'b'}:${r.status}`)).toEqual(['a:delivered', 'b:delivered'])
    expect(last.every(r => r.sentAt !== null && r.deliveredAt !== null)).toBe(true)
  })

  it('stores what is held on close() (at shutdown), and holds nothing after it', async () => {
    const { service, store, issue } = serviceOnSqlite({ holdMs: 60_000 })
    const id = await issue()
    await nextTurn()
    expect(store.get(id)?.status).toBe('accepted')
    service.close()
    expect(store.get(id)?.status).toBe('sent')
    service.delivered('d1', id) // a late PUBACK: stored as it happens
    expect(store.get(id)?.status).toBe('delivered')
  })

  it('keeps a transition held when storing it fails, reports it and stores it a second later', async () => {
    const db = openSqlite(':memory:')
    const inner = createSqliteCommandStore(db)
    let failures = 1
    const store: CommandStore = { ...inner, updateFrom: (prior, next) => { if (failures-- > 0) throw new Error('disk I/O error'); return inner.updateFrom(prior, next) } }
    const errors: string[] = []
    const { service, announced, issue } = serviceOnSqlite({ store, holdMs: 10, onHoldError: err => errors.push(err.message) })
    const id = await issue()
    await nextTurn()
    await until(() => inner.get(id)?.status === 'sent')
    expect(errors).toEqual(['disk I/O error'])
    expect(announced.map(r => r.status)).toEqual(['accepted', 'sent'])
    expect(service.get(id)?.status).toBe('sent')
  })

  it('stores every transition at once when hubs share the store (a cluster)', async () => {
    const { service, store, announced, issue } = serviceOnSqlite({ holdMs: 60_000, shared: true })
    const id = await issue()
    await nextTurn()
    expect(store.get(id)?.status).toBe('sent')
    service.delivered('d1', id)
    expect(store.get(id)?.status).toBe('delivered')
    expect(announced.map(r => r.status)).toEqual(['accepted', 'sent', 'delivered'])
  })
})
