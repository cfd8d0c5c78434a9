import type { RoomService } from '../rooms/room-service.js'
import type { AlarmCard } from '../rooms/types.js'
import type { AlarmRecord } from './types.js'

/** The whole card, carried by every revision [CHAT-5.2-1] [CHAT-17.2-1]. */
export function alarmCard(a: AlarmRecord): AlarmCard {
  return {
    alarmId: a.id, ruleId: a.ruleId, ruleName: a.ruleName, deviceId: a.deviceId, severity: a.severity, state: a.state,
    message: a.message, field: a.field, value: a.value, unit: a.unit, count: a.count, raisedAt: a.raisedAt,
    lastRaisedAt: a.lastRaisedAt, clearedAt: a.clearedAt, acknowledgedAt: a.acknowledgedAt, acknowledgedBy: a.acknowledgedBy, note: a.note,
  }
}

/** One card per alarm in the room chosen when it was raised, updated in place on every change [CHAT-17.2-1]. */
export function postAlarmCard(rooms: Pick<RoomService, 'getRoom' | 'upsertCard'>, a: AlarmRecord): void {
  if (a.room && rooms.getRoom(a.room)) rooms.upsertCard(a.room, 'alarm', a.id, alarmCard(a))
}
