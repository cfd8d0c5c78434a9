/**
 * Alarms as chat.v1 and REST carry them (docs/alarms.md, docs/protocols/chat-v1.md §17). Types and
 * the closed vocabularies only.
 */
import type { UserRef } from './users.js'

export const ALARM_SEVERITIES = ['critical', 'major', 'minor', 'warning'] as const
export type AlarmSeverity = (typeof ALARM_SEVERITIES)[number]

/**
 * `active` → `acknowledged` → `closed`, or `active` → `cleared` → `closed` once acknowledged;
 * a `cleared` alarm whose condition returns is `active` again (same alarm, count + 1).
 */
export const ALARM_STATES = ['active', 'acknowledged', 'cleared', 'closed'] as const
export type AlarmState = (typeof ALARM_STATES)[number]

/** An alarm as REST lists it (`GET /api/alarms`) and the hub keeps it; its card is `AlarmCard`. */
export interface AlarmRecord {
  id: string
  ruleId: string
  ruleName: string
  deviceId: string
  /** The room its card lives in, fixed when it was raised (null if no room existed). */
  room: string | null
  severity: AlarmSeverity
  state: AlarmState
  /** The rendered template, as of the last raise. */
  message: string
  field: string | null
  /** The last value that met (or, once cleared, ended) the condition. */
  value: number | string | boolean | null
  unit: string | null
  /** How many times the condition was met while this alarm was open (de-duplication). */
  count: number
  raisedAt: number
  lastRaisedAt: number
  clearedAt: number | null
  acknowledgedAt: number | null
  acknowledgedBy: UserRef | null
  note: string | null
  updatedAt: number
}

/** The card of one alarm, carried whole by every revision [CHAT-17.2-1]: the record under `alarmId`, without its room and bookkeeping. */
export type AlarmCard = { alarmId: string } & Omit<AlarmRecord, 'id' | 'room' | 'updatedAt'>
