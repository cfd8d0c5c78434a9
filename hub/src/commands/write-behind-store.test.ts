import { describe, expect, it } from '@jest/globals'
import { openSqlite } from '../storage/sqlite.js'
import { commandRow } from './command-store.cases.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'
import { writeBehindCommandStore } from './write-behind-store.js'

function setup() {
  const db = openSqlite(':memory:')
  const sqlite = createSqliteCommandStore(db)
  const flushes: Array<() => void> = []
  let transactions = 0
  const store = writeBehindCommandStore(sqlite, {
    transaction: fn => { transactions++; db.transaction(fn)() },
    schedule: fn => { flushes.push(fn) },
  })
  return { sqlite, store, flushes, transactions: () => transactions }
}

describe('writeBehindCommandStore', () => {
  it('writes a turn of updates in one transaction, one write per command', () => {
    const { sqlite, store, flushes, transactions } = setup()
    store.insert(commandRow('c1'))
    store.insert(commandRow('c2'))
    store.update(commandRow('c1', { status: 'delivered', deliveredAt: 1100, updatedAt: 1100 }))
    store.update(commandRow('c1', { status: 'succeeded', deliveredAt: 1100, completedAt: 1101, result: { ok: 1 }, updatedAt: 1101 }))
    store.update(commandRow('c2', { status: 'sent', sentAt: 1050, updatedAt: 1050 }))
    expect(flushes).toHaveLength(1) // one flush scheduled for the turn
    expect(sqlite.get('c1')!.status).toBe('accepted') // not yet written…
    expect(store.get('c1')!.status).toBe('succeeded') // …but read as written
    flushes[0]!()
    expect(transactions()).toBe(1)
    expect(sqlite.get('c1')).toMatchObject({ status: 'succeeded', completedAt: 1101, result: { ok: 1 } })
    expect(sqlite.get('c2')).toMatchObject({ status: 'sent', sentAt: 1050 })
  })

  it('shows pending changes in lookups by client id and in lists, and writes them before listing open ones', () => {
    const { sqlite, store } = setup()
    store.insert(commandRow('c1', { clientId: 'k' }))
    store.update(commandRow('c1', { clientId: 'k', status: 'failed', completedAt: 1200, error: 'no', updatedAt: 1200 }))
    expect(store.findByClientId('u1', 'k')!.status).toBe('failed')
    expect(store.list({ limit: 10 }).map(r => r.status)).toEqual(['failed'])
    expect(store.open()).toEqual([])
    expect(sqlite.get('c1')!.status).toBe('failed')
  })

  it('reports a failed write and keeps accepting updates', () => {
    const errors: string[] = []
    const flushes: Array<() => void> = []
    const store = writeBehindCommandStore({ ...createSqliteCommandStore(openSqlite(':memory:')), update() { throw new Error('disk full') } }, {
      transaction: fn => fn(), schedule: fn => { flushes.push(fn) }, onError: err => errors.push(err.message),
    })
    store.update(commandRow('c1', { status: 'sent' }))
    flushes[0]!()
    expect(errors).toEqual(['disk full'])
    store.update(commandRow('c1', { status: 'delivered' }))
    expect(flushes).toHaveLength(2)
  })
})
