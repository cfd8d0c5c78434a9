import { describe, expect, it } from '@jest/globals'
import { openSqlite } from '../storage/sqlite.js'
import { commandCardFixture } from '../../test/support/command-card.js'
import { createMemoryRoomStore } from './memory-store.js'
import { pruneChat } from './retention.js'
import type { RoomStore } from './room-store.js'
import { createSqliteRoomStore } from './sqlite-store.js'

const alice = { id: 'u1', username: 'alice' }
const bob = { id: 'u2', username: 'bob' }
const say = (text: string, ts: number) => ({ body: { kind: 'message' as const, author: alice, text, system: false }, ts })

function hubStore(make: () => RoomStore): RoomStore {
  const store = make()
  for (const id of ['ops', 'plant']) store.createRoom({ id, name: id, topic: '', minRole: 'viewer', createdAt: 0 })
  return store
}

describe.each([
  ['memory', createMemoryRoomStore],
  ['sqlite', () => createSqliteRoomStore(openSqlite(':memory:'))],
])('chat retention (%s store)', (_name, make) => {
  it('deletes old messages, member and device events and direct messages in every timeline, and nothing else', async () => {
    const store = hubStore(make)
    store.append('ops', say('old', 100))
    store.append('ops', { body: { kind: 'member', user: bob, action: 'join' }, ts: 110 })
    const card = store.append('ops', { body: { kind: 'command', card: commandCardFixture({ commandId: 'k1' }) }, ts: 120, id: 'e_cmd_k1', rev: 1 })
    store.append('ops', { body: { kind: 'device', deviceId: 'pump-9', event: 'online' }, ts: 130 })
    const fresh = store.append('ops', say('fresh', 900))
    const lone = store.append('plant', say('old, but the newest of its room', 100))
    store.appendDm({ from: alice, to: bob, text: 'old dm', clientId: 'd1', ts: 100 })
    const dm = store.appendDm({ from: bob, to: alice, text: 'fresh dm', clientId: 'd2', ts: 900 })

    expect(await pruneChat({ store }, 500)).toBe(4)
    expect(store.eventsAfter('ops', 0, 100)).toEqual([card, fresh])
    expect(store.eventsAfter('plant', 0, 100)).toEqual([lone])
    expect(store.dmBefore(alice.id, bob.id, Number.MAX_SAFE_INTEGER, 10)).toEqual([dm])
    expect(store.latestSeq('ops')).toBe(fresh.seq)
    expect(await pruneChat({ store }, 500)).toBe(0)
  })

  it('works in slices with a turn between them, and a close ends a pass after its slice', async () => {
    const store = hubStore(make)
    for (let i = 0; i < 1200; i++) store.append('ops', say(`m${i}`, i))
    const left = () => store.eventsAfter('ops', 0, 5000).length
    let leftAtFirstTurn = -1
    setImmediate(() => { leftAtFirstTurn = left() })
    expect(await pruneChat({ store }, 1000)).toBe(1000)
    expect(leftAtFirstTurn).toBe(1000) // one slice of 200 done, the next after the turn
    expect(left()).toBe(200)

    let closing = false
    const pass = pruneChat({ store, closing: () => closing }, 2000)
    closing = true // the hub stops while the first slice is done
    expect(await pass).toBe(199)
    expect(left()).toBe(1)
  })
})
