import type { UserRef } from '../rooms/types.js'
import type { FieldValue } from '../telemetry/point.js'
import type { AlarmRecord, AlarmState } from './types.js'

/**
 * The alarm lifecycle, pure:
 *
 *   raise → active ──ack──→ acknowledged ──clear──→ closed
 *             │                                        ↑
 *             └──clear──→ cleared ──────ack────────────┘
 *   cleared ──raise again──→ active (same alarm, count + 1)     closed: history; the next raise is a new alarm
 */

/** The condition is met again while the alarm is open: one alarm per rule and device, counted. */
export function reRaised(a: AlarmRecord, value: FieldValue | null, message: string, now: number): AlarmRecord {
  const state: AlarmState = a.state === 'cleared' ? 'active' : a.state
  return { ...a, state, value, message, count: a.count + 1, lastRaisedAt: now, clearedAt: state === 'active' && a.state === 'cleared' ? null : a.clearedAt, updatedAt: now }
}

/** The condition ended: an acknowledged alarm closes, an active one waits for its acknowledgement. */
export function cleared(a: AlarmRecord, value: FieldValue | null, now: number): AlarmRecord {
  if (a.state !== 'active' && a.state !== 'acknowledged') return a
  return { ...a, state: a.state === 'acknowledged' ? 'closed' : 'cleared', value: value ?? a.value, clearedAt: now, updatedAt: now }
}

export type AckResult = { ok: true; alarm: AlarmRecord } | { ok: false; reason: 'already_acknowledged' }

/** An operator takes the alarm: active → acknowledged, cleared → closed. */
export function acknowledged(a: AlarmRecord, by: UserRef, note: string | null, now: number): AckResult {
  if (a.state === 'acknowledged' || a.state === 'closed') return { ok: false, reason: 'already_acknowledged' }
  return { ok: true, alarm: { ...a, state: a.state === 'cleared' ? 'closed' : 'acknowledged', acknowledgedBy: by, acknowledgedAt: now, note, updatedAt: now } }
}
