import { describe, expect, it } from '@jest/globals'
import { createRoomService } from '../rooms/room-service.js'
import { createSqliteRoomStore } from '../rooms/sqlite-store.js'
import { inTransaction, openSqlite } from '../storage/sqlite.js'
import { realTimeouts } from '../timers.js'
import { commandCard } from './cards.js'
import { commandRow } from './command-store.cases.js'
import { pruneWithCards } from '../rooms/card-retention.js'
import { commandRecords } from './retention.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'

/** The command store and the rooms on one SQLite database, as in the hub. */
function hubDatabase() {
  const db = openSqlite(':memory:')
  const store = createSqliteCommandStore(db)
  const rooms = createRoomService({ store: createSqliteRoomStore(db), now: () => 1, timers: realTimeouts, typingTtlMs: 6000, typingThrottleMs: 2000, presenceCoalesceMs: 0 })
  rooms.ensureRoom({ id: 'general', name: 'General', topic: '', minRole: 'viewer' })
  return { db, store, rooms, atomically: inTransaction(db) }
}

describe('command retention', () => {
  it('deletes finished commands created before the cutoff with every revision of their cards, and nothing else', async () => {
    const { store, rooms, atomically } = hubDatabase()
    const finished = (id: string, createdAt: number) => commandRow(id, { createdAt, status: 'succeeded', completedAt: createdAt + 5, updatedAt: createdAt + 5, clientId: null })
    for (const r of [finished('old1', 100), finished('old2', 200), commandRow('open', { createdAt: 150, clientId: null }), finished('new', 900)]) {
      store.insert(r)
      rooms.upsertCommandCard('general', commandCard({ ...r, status: 'accepted' }))
      rooms.upsertCommandCard('general', commandCard(r))
    }
    rooms.postSystemMessage('general', 'the newest event')
    const seq = rooms.store.latestSeq('general')

    expect(await pruneWithCards(commandRecords(store), { rooms, atomically }, 500)).toBe(2)
    expect(['old1', 'old2', 'open', 'new'].filter(id => store.get(id))).toEqual(['open', 'new'])
    const cards = rooms.store.eventsAfter('general', 0, 100).filter(e => e.kind === 'command').map(e => `${e.card.commandId}:${e.rev}`)
    expect(cards).toEqual(['open:1', 'open:2', 'new:1', 'new:2'])
    expect(rooms.store.latestSeq('general')).toBe(seq)
    expect(await pruneWithCards(commandRecords(store), { rooms, atomically }, 500)).toBe(0)
  })

  it('works in slices with a turn between them, and a close ends a pass after its slice', async () => {
    const { store, rooms, atomically } = hubDatabase()
    for (let i = 0; i < 1200; i++) store.insert(commandRow(`c${String(i).padStart(4, '0')}`, { createdAt: i, status: 'expired', completedAt: i + 1, updatedAt: i + 1, clientId: null }))
    let leftAtFirstTurn = -1
    setImmediate(() => { leftAtFirstTurn = store.finishedBefore(10_000, 5000).length })
    expect(await pruneWithCards(commandRecords(store), { rooms, atomically }, 1_000)).toBe(1000)
    expect(leftAtFirstTurn).toBe(1100) // one slice of 100 done, the next one after the turn
    expect(store.finishedBefore(10_000, 5000)).toHaveLength(200)

    for (let i = 0; i < 1000; i++) store.insert(commandRow(`d${String(i).padStart(4, '0')}`, { createdAt: 2000 + i, status: 'expired', completedAt: 2001 + i, updatedAt: 2001 + i, clientId: null }))
    let closing = false
    const pass = pruneWithCards(commandRecords(store), { rooms, atomically, closing: () => closing }, 10_000)
    closing = true // the hub stops while the first slice is done
    expect(await pass).toBe(100)
    expect(store.finishedBefore(10_000, 5000)).toHaveLength(1100)
  })
})
