import type { AlarmRecord, WebhookDelivery } from './types.js'

/** An alarm as a row of the `alarms` table (SQLite and PostgreSQL share the columns); value and user as JSON. */
export interface AlarmRow {
  id: string; rule_id: string; rule_name: string; device_id: string; room: string | null; severity: string; state: string
  message: string; field: string | null; value: string | null; unit: string | null; count: number; raised_at: number
  last_raised_at: number; cleared_at: number | null; acknowledged_at: number | null; acknowledged_by: string | null
  note: string | null; updated_at: number
}

/** A row → the alarm it stores. */
export const toAlarm = (r: AlarmRow): AlarmRecord => ({
  id: r.id, ruleId: r.rule_id, ruleName: r.rule_name, deviceId: r.device_id, room: r.room,
  severity: r.severity as AlarmRecord['severity'], state: r.state as AlarmRecord['state'], message: r.message,
  field: r.field, value: r.value === null ? null : JSON.parse(r.value), unit: r.unit, count: r.count,
  raisedAt: r.raised_at, lastRaisedAt: r.last_raised_at, clearedAt: r.cleared_at, acknowledgedAt: r.acknowledged_at,
  acknowledgedBy: r.acknowledged_by === null ? null : JSON.parse(r.acknowledged_by), note: r.note, updatedAt: r.updated_at,
})

/** An alarm → its row. */
export const toRow = (a: AlarmRecord): AlarmRow => ({
  id: a.id, rule_id: a.ruleId, rule_name: a.ruleName, device_id: a.deviceId, room: a.room, severity: a.severity, state: a.state,
  message: a.message, field: a.field, value: a.value === null ? null : JSON.stringify(a.value), unit: a.unit, count: a.count,
  raised_at: a.raisedAt, last_raised_at: a.lastRaisedAt, cleared_at: a.clearedAt, acknowledged_at: a.acknowledgedAt,
  acknowledged_by: a.acknowledgedBy === null ? null : JSON.stringify(a.acknowledgedBy), note: a.note, updated_at: a.updatedAt,
})

/** A queued webhook delivery as both stores keep it (`alarm_webhook_deliveries`). */
export interface DeliveryRow { id: string; webhook_id: string; body: string; attempt: number; created_at: number | string }
export const toDelivery = (r: DeliveryRow): WebhookDelivery => ({ id: r.id, webhookId: r.webhook_id, body: r.body, attempt: Number(r.attempt), createdAt: Number(r.created_at) })
