import { describe, expect, it } from '@jest/globals'
import { createRoomService } from '../rooms/room-service.js'
import { createSqliteRoomStore } from '../rooms/sqlite-store.js'
import { inTransaction, openSqlite } from '../storage/sqlite.js'
import { realTimeouts } from '../timers.js'
import { alarmRow } from './alarm-store.cases.js'
import { alarmCard } from './cards.js'
import { pruneWithCards } from '../rooms/card-retention.js'
import { alarmRecords } from './retention.js'
import { createSqliteAlarmStore } from './sqlite-alarm-store.js'

describe('alarm retention', () => {
  it('deletes closed alarms last changed before the cutoff with every revision of their cards, and nothing else', async () => {
    const db = openSqlite(':memory:')
    const store = createSqliteAlarmStore(db)
    const rooms = createRoomService({ store: createSqliteRoomStore(db), now: () => 1, timers: realTimeouts, typingTtlMs: 6000, typingThrottleMs: 2000, presenceCoalesceMs: 0 })
    rooms.ensureRoom({ id: 'plant', name: 'Plant', topic: '', minRole: 'viewer' })
    const closed = (id: string, at: number) => alarmRow(id, { state: 'closed', raisedAt: at, lastRaisedAt: at, clearedAt: at + 5, updatedAt: at + 5 })
    for (const a of [closed('old1', 100), closed('old2', 200), alarmRow('open', { raisedAt: 50, updatedAt: 50 }), closed('new', 900)]) {
      store.insertAlarm(a)
      rooms.upsertCard('plant', 'alarm', a.id, alarmCard({ ...a, state: 'active' }))
      rooms.upsertCard('plant', 'alarm', a.id, alarmCard(a))
    }
    rooms.postSystemMessage('plant', 'the newest event')

    expect(await pruneWithCards(alarmRecords(store), { rooms, atomically: inTransaction(db) }, 500)).toBe(2)
    expect(['old1', 'old2', 'open', 'new'].filter(id => store.getAlarm(id))).toEqual(['open', 'new'])
    const cards = rooms.store.eventsAfter('plant', 0, 100).filter(e => e.kind === 'alarm').map(e => `${e.card.alarmId}:${e.rev}`)
    expect(cards).toEqual(['open:1', 'open:2', 'new:1', 'new:2'])
    expect(await pruneWithCards(alarmRecords(store), { rooms, atomically: inTransaction(db) }, 500)).toBe(0)
  })
})
