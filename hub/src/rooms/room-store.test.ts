import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, it, expect } from '@jest/globals'
import { roomStoreCases } from './room-store.cases.js'
import { createMemoryRoomStore } from './memory-store.js'
import { createSqliteRoomStore } from './sqlite-store.js'
import { openSqlite } from '../storage/sqlite.js'

roomStoreCases('memory', createMemoryRoomStore)
roomStoreCases('sqlite', () => createSqliteRoomStore(openSqlite(':memory:')))

describe('SQLite RoomStore on disk', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-rooms-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps rooms, timelines and sequence numbers across a reopen', () => {
    const file = path.join(dir, 'tether.db')
    const db1 = openSqlite(file)
    const s1 = createSqliteRoomStore(db1)
    s1.createRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer', createdAt: 1 })
    s1.append('ops', { body: { kind: 'message', author: { id: 'u1', username: 'a' }, text: 'persist me', system: false }, ts: 2 })
    db1.close()
    const s2 = createSqliteRoomStore(openSqlite(file))
    expect(s2.eventsAfter('ops', 0, 10).map(e => e.kind === 'message' && e.text)).toEqual(['persist me'])
    expect(s2.append('ops', { body: { kind: 'device', deviceId: 'd', event: 'online' }, ts: 3 }).seq).toBe(2)
  })
})
