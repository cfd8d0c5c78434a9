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

  it('gives the next append the seq of one rolled back with the change around it: no gap [CHAT-5.1-1]', () => {
    const db = openSqlite(':memory:')
    const s = createSqliteRoomStore(db)
    s.createRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer', createdAt: 1 })
    const event = (ts: number) => ({ body: { kind: 'device' as const, deviceId: 'd', event: 'online' as const }, ts })
    expect(s.append('ops', event(1)).seq).toBe(1)
    // A command's transition and its card are one transaction; a failure after the card rolls both back.
    expect(() => db.transaction(() => { expect(s.append('ops', event(2)).seq).toBe(2); throw new Error('after the card') })()).toThrow('after the card')
    expect(s.latestSeq('ops')).toBe(1)
    expect(s.append('ops', event(3)).seq).toBe(2)
    expect(s.eventsAfter('ops', 0, 10).map(e => [e.seq, e.ts])).toEqual([[1, 1], [2, 3]])
    expect(() => s.append('nowhere', event(4))).toThrow('no room nowhere')
  })

  it('continues the sequence of a file written when the counter lived in chat_rooms', () => {
    const file = path.join(dir, 'counter.db')
    const db1 = openSqlite(file)
    const s1 = createSqliteRoomStore(db1)
    s1.createRoom({ id: 'ops', name: 'Ops', topic: '', minRole: 'viewer', createdAt: 1 })
    for (let ts = 1; ts <= 3; ts++) s1.append('ops', { body: { kind: 'device', deviceId: 'd', event: 'online' }, ts })
    db1.prepare("UPDATE chat_rooms SET seq = 3 WHERE id = 'ops'").run() // what that version left
    db1.close()
    const s2 = createSqliteRoomStore(openSqlite(file))
    expect(s2.latestSeq('ops')).toBe(3)
    expect(s2.append('ops', { body: { kind: 'device', deviceId: 'd', event: 'offline' }, ts: 4 }).seq).toBe(4)
  })
})
