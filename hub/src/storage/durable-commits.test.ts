import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { durableCommits, syncedSince, type DurableCommits } from './durable-commits.js'
import { openSqlite, type SqliteDatabase } from './sqlite.js'

let dir = ''
let db: SqliteDatabase | null = null
let durable: DurableCommits | null = null
afterEach(async () => {
  await durable?.close(); durable = null
  db?.close(); db = null
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function open(): { db: SqliteDatabase; durable: DurableCommits; write: () => void } {
  dir = mkdtempSync(path.join(tmpdir(), 'tether-durable-'))
  const file = path.join(dir, 'x.db')
  db = openSqlite(file)
  db.exec('CREATE TABLE t (v TEXT)')
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)')
  durable = durableCommits(db, file)
  return { db, durable, write: () => { insert.run('x') } }
}

describe('durable commits (one WAL sync shared by the commits before it)', () => {
  it('answers at once, without a sync, when nothing was written since the last one', async () => {
    const { durable, write } = open()
    await durable.whenDurable()
    expect(durable.syncs).toBe(0)
    write()
    await durable.whenDurable()
    expect(durable.syncs).toBe(1)
    await durable.whenDurable()
    expect(durable.syncs).toBe(1)
  })

  it('shares one sync between the commits made before it started', async () => {
    const { durable, write } = open()
    write(); write(); write()
    await Promise.all([durable.whenDurable(), durable.whenDurable(), durable.whenDurable()])
    expect(durable.syncs).toBe(1)
  })

  it('makes a commit that lands while a sync is under way wait for the next sync', async () => {
    const { durable, write } = open()
    write()
    const order: string[] = []
    const first = durable.whenDurable().then(() => order.push(`first after ${durable.syncs}`))
    write() // the sync above has started; it may not cover this commit
    const second = durable.whenDurable().then(() => order.push(`second after ${durable.syncs}`))
    const third = durable.whenDurable().then(() => order.push(`third after ${durable.syncs}`)) // shares the second's
    await Promise.all([first, second, third])
    expect(order).toEqual(['first after 1', 'second after 2', 'third after 2'])
  })

  it('starts one sync after another for commits that keep landing while syncs run', async () => {
    const { durable, write } = open()
    write()
    const first = durable.whenDurable()
    write()
    const second = durable.whenDurable() // waits for the sync after the first
    await first
    write() // the second sync may be under way now: it does not cover this commit
    const third = durable.whenDurable()
    await second
    expect(durable.syncs).toBe(2)
    await third
    expect(durable.syncs).toBe(3)
  })

  it('syncedSince: no sync for a step that only read, the sync that covers a step that wrote', async () => {
    const { db, durable, write } = open()
    const before = durable.changes()
    db.prepare('SELECT count(*) FROM t').get()
    expect(syncedSince(durable, before)).toBeNull()
    write()
    await syncedSince(durable, before)
    expect(durable.syncs).toBe(1)
  })

  it('counts changed rows, so a caller can tell whether a step wrote', () => {
    const { db, durable, write } = open()
    const before = durable.changes()
    db.prepare('SELECT count(*) FROM t').get()
    expect(durable.changes()).toBe(before)
    write()
    expect(durable.changes()).toBe(before + 1)
  })
})
