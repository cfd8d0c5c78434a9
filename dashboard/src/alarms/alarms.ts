/**
 * Alarms as the dashboard keeps them (docs/alarms.md): the open alarms from REST, kept current by
 * the alarm cards that arrive in room timelines [CHAT-17.2-1]. Pure: reducers and filters only.
 */
import { ALARM_SEVERITIES, type AlarmCard, type AlarmRecord, type AlarmSeverity } from '@tether/protocol'

export { ALARM_STATES } from '@tether/protocol'
export const SEVERITIES = ALARM_SEVERITIES
export type Severity = AlarmSeverity

/** What the dashboard shows of an alarm: the REST record's fields that its card also carries. */
export type Alarm = Pick<AlarmRecord, 'id' | 'ruleName' | 'deviceId' | 'room' | 'severity' | 'state' | 'message' | 'field' | 'value' | 'unit' | 'count' | 'raisedAt' | 'clearedAt' | 'acknowledgedBy' | 'note'>

/** An alarm card (`kind:"alarm"`) as the hub sends it [CHAT-17.2-1]; `room` is the timeline it arrived in. */
export function alarmFromCard(card: AlarmCard, room: string | null): Alarm {
  return {
    id: card.alarmId, ruleName: card.ruleName, deviceId: card.deviceId, room, severity: card.severity, state: card.state,
    message: card.message, field: card.field, value: card.value, unit: card.unit, count: card.count, raisedAt: card.raisedAt,
    clearedAt: card.clearedAt, acknowledgedBy: card.acknowledgedBy, note: card.note,
  }
}

/** The list after one alarm changed: replaced in place, added if new; closed alarms leave the open list. */
export function applyAlarm(list: Alarm[], alarm: Alarm): Alarm[] {
  const rest = list.filter(a => a.id !== alarm.id)
  return alarm.state === 'closed' ? rest : sortAlarms([...rest, alarm])
}

const rank = (s: Severity) => SEVERITIES.indexOf(s)

/** Unacknowledged first, then by severity, then newest. */
export function sortAlarms(list: Alarm[]): Alarm[] {
  const needsAction = (a: Alarm) => (a.state === 'active' || a.state === 'cleared' ? 0 : 1)
  return [...list].sort((a, b) => needsAction(a) - needsAction(b) || rank(a.severity) - rank(b.severity) || b.raisedAt - a.raisedAt)
}

export interface AlarmFilter { severity?: string; state?: string; room?: string; device?: string }

export function filterAlarms(list: Alarm[], f: AlarmFilter): Alarm[] {
  return list.filter(a => (!f.severity || a.severity === f.severity) && (!f.state || a.state === f.state)
    && (!f.room || a.room === f.room) && (!f.device || a.deviceId === f.device))
}

/** The alarms an operator still has to act on (not yet acknowledged), for the badge. */
export const unacknowledged = (list: Alarm[]) => list.filter(a => a.state === 'active' || a.state === 'cleared').length

/** Active (condition present) alarms per device: the fleet table's column. */
export function activeByDevice(list: Alarm[]): Record<string, Alarm[]> {
  const out: Record<string, Alarm[]> = {}
  for (const a of list) if (a.state === 'active' || a.state === 'acknowledged') (out[a.deviceId] ??= []).push(a)
  return out
}

/** `31.5 °C`-style value text. */
export function valueText(a: Pick<Alarm, 'value' | 'unit'>): string {
  if (a.value === null) return '—'
  const v = typeof a.value === 'number' && !Number.isInteger(a.value) ? String(Math.round(a.value * 100) / 100) : String(a.value)
  return a.unit ? `${v} ${a.unit}` : v
}
