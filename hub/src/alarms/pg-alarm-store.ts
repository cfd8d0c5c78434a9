import type { SyncPg } from '../cluster/sync-pg.js'
import type { AlarmStore } from './alarm-store.js'
import type { AlarmRecord, AlarmRule, AlarmWebhook } from './types.js'
import { toAlarm, toDelivery, type AlarmRow, type DeliveryRow } from './alarm-row.js'


/** The mutable columns in updateAlarm's order ($2…$11), then what only an insert sets. */
const mutable = (a: AlarmRecord) => [a.state, a.message, a.value === null ? null : JSON.stringify(a.value), a.count, a.lastRaisedAt,
  a.clearedAt, a.acknowledgedAt, a.acknowledgedBy === null ? null : JSON.stringify(a.acknowledgedBy), a.note, a.updatedAt]

/**
 * Alarm rules, alarms (kept as history) and webhooks in the cluster's PostgreSQL (tables of
 * cluster/pg-migrations.ts, the same shape as sqlite-alarm-store.ts: rules and hooks as JSON text,
 * a value as JSON so its type survives).
 */
export function createPgAlarmStore(pg: SyncPg): AlarmStore {
  const ruleOf = (r: { rule: string }): AlarmRule => JSON.parse(r.rule) as AlarmRule
  return {
    insertRule: r => pg.query('INSERT INTO alarm_rules (id, rule, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id',
      [r.id, JSON.stringify(r), r.createdAt]).length === 1,
    updateRule(r) {
      // Who created it and when never change; one statement, so two hubs cannot interleave.
      return pg.query(`UPDATE alarm_rules SET rule = jsonb_set(jsonb_set($2::jsonb, '{createdAt}', (rule::jsonb)->'createdAt'),
        '{createdBy}', (rule::jsonb)->'createdBy')::text WHERE id = $1 RETURNING id`, [r.id, JSON.stringify(r)]).length === 1
    },
    deleteRule: id => pg.query('DELETE FROM alarm_rules WHERE id = $1 RETURNING id', [id]).length === 1,
    getRule: id => { const row = pg.query<{ rule: string }>('SELECT rule FROM alarm_rules WHERE id = $1', [id])[0]; return row && ruleOf(row) },
    listRules: () => pg.query<{ rule: string }>('SELECT rule FROM alarm_rules ORDER BY created_at, id COLLATE "C"').map(ruleOf),
    insertAlarm(a) {
      pg.query(`INSERT INTO alarms (id, state, message, value, count, last_raised_at, cleared_at, acknowledged_at, acknowledged_by, note,
        updated_at, rule_id, rule_name, device_id, room, severity, field, unit, raised_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [a.id, ...mutable(a), a.ruleId, a.ruleName, a.deviceId, a.room, a.severity, a.field, a.unit, a.raisedAt])
    },
    updateAlarm(a) {
      pg.query(`UPDATE alarms SET state = $2, message = $3, value = $4, count = $5, last_raised_at = $6, cleared_at = $7,
        acknowledged_at = $8, acknowledged_by = $9, note = $10, updated_at = $11 WHERE id = $1`, [a.id, ...mutable(a)])
    },
    getAlarm: id => { const row = pg.query<AlarmRow>('SELECT * FROM alarms WHERE id = $1', [id])[0]; return row && toAlarm(row) },
    listAlarms: q => pg.query<AlarmRow>(`SELECT * FROM alarms
      WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR device_id = $2) AND ($3::text IS NULL OR room = $3)
        AND ($4::text IS NULL OR severity = $4)
      ORDER BY raised_at DESC, id COLLATE "C" DESC LIMIT $5`, [q.state ?? null, q.deviceId ?? null, q.room ?? null, q.severity ?? null, q.limit]).map(toAlarm),
    openAlarms: () => pg.query<AlarmRow>("SELECT * FROM alarms WHERE state != 'closed'").map(toAlarm),
    closedBefore: (before, limit) => pg.query<{ id: string }>(`SELECT id FROM alarms
      WHERE raised_at < $1 AND state = 'closed' AND updated_at < $1 ORDER BY raised_at, id COLLATE "C" LIMIT $2`, [before, limit]).map(r => r.id),
    removeAlarms: ids => ids.length === 0 ? 0 : pg.query<{ n: number }>(`WITH gone AS (DELETE FROM alarms WHERE id = ANY($1::text[]) RETURNING 1)
      SELECT count(*)::int AS n FROM gone`, [ids])[0]!.n,
    insertWebhook(h) { pg.query('INSERT INTO alarm_webhooks (id, hook, created_at) VALUES ($1, $2, $3)', [h.id, JSON.stringify(h), h.createdAt]) },
    deleteWebhook(id) {
      pg.query('DELETE FROM alarm_webhook_deliveries WHERE webhook_id = $1', [id])
      return pg.query('DELETE FROM alarm_webhooks WHERE id = $1 RETURNING id', [id]).length === 1
    },
    listWebhooks: () => pg.query<{ hook: string }>('SELECT hook FROM alarm_webhooks ORDER BY created_at, id COLLATE "C"').map(r => JSON.parse(r.hook) as AlarmWebhook),
    insertDelivery(d, owner) {
      pg.query('INSERT INTO alarm_webhook_deliveries (id, webhook_id, owner, body, attempt, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [d.id, d.webhookId, owner, d.body, d.attempt, d.createdAt])
    },
    updateDeliveryAttempt(id, attempt) { pg.query('UPDATE alarm_webhook_deliveries SET attempt = $2 WHERE id = $1', [id, attempt]) },
    deleteDelivery: id => pg.query('DELETE FROM alarm_webhook_deliveries WHERE id = $1 RETURNING id', [id]).length === 1,
    listDeliveries: owner => pg.query<DeliveryRow>(
      'SELECT id, webhook_id, body, attempt, created_at FROM alarm_webhook_deliveries WHERE owner = $1 ORDER BY seq', [owner]).map(toDelivery),
  }
}
