import { migrate, type SqliteDatabase } from '../storage/sqlite.js'
import type { AlarmStore } from './alarm-store.js'
import type { AlarmRule, AlarmWebhook } from './types.js'
import { toAlarm, toDelivery, toRow, type AlarmRow, type DeliveryRow } from './alarm-row.js'

interface RuleRow { id: string; rule: string; created_at: number }

/** Rules (`alarm_rules`, the rule as JSON), alarms (`alarms`, one row per alarm, kept as history) and webhooks (`alarm_webhooks`) in SQLite. */
export function createSqliteAlarmStore(db: SqliteDatabase): AlarmStore {
  migrate(db, 'alarms-1', [
    'CREATE TABLE alarm_rules (id TEXT PRIMARY KEY, rule TEXT NOT NULL, created_at INTEGER NOT NULL)',
    `CREATE TABLE alarms (
      id TEXT PRIMARY KEY, rule_id TEXT NOT NULL, rule_name TEXT NOT NULL, device_id TEXT NOT NULL, room TEXT,
      severity TEXT NOT NULL, state TEXT NOT NULL, message TEXT NOT NULL, field TEXT, value TEXT, unit TEXT,
      count INTEGER NOT NULL, raised_at INTEGER NOT NULL, last_raised_at INTEGER NOT NULL, cleared_at INTEGER,
      acknowledged_at INTEGER, acknowledged_by TEXT, note TEXT, updated_at INTEGER NOT NULL)`,
    'CREATE INDEX alarms_raised ON alarms (raised_at)',
    "CREATE INDEX alarms_open ON alarms (state) WHERE state != 'closed'",
    'CREATE INDEX alarms_device ON alarms (device_id, raised_at)',
  ])
  migrate(db, 'alarm-webhooks-1', ['CREATE TABLE alarm_webhooks (id TEXT PRIMARY KEY, hook TEXT NOT NULL, created_at INTEGER NOT NULL)'])
  migrate(db, 'alarm-webhook-deliveries-1', [`CREATE TABLE alarm_webhook_deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, webhook_id TEXT NOT NULL, owner TEXT NOT NULL,
    body TEXT NOT NULL, attempt INTEGER NOT NULL, created_at INTEGER NOT NULL)`])
  const q = {
    insertRule: db.prepare('INSERT OR IGNORE INTO alarm_rules (id, rule, created_at) VALUES (@id, @rule, @created_at)'),
    updateRule: db.prepare('UPDATE alarm_rules SET rule = @rule WHERE id = @id'),
    deleteRule: db.prepare<[string]>('DELETE FROM alarm_rules WHERE id = ?'),
    getRule: db.prepare<[string], RuleRow>('SELECT * FROM alarm_rules WHERE id = ?'),
    listRules: db.prepare<[], RuleRow>('SELECT * FROM alarm_rules ORDER BY created_at, id'),
    insertAlarm: db.prepare(`INSERT INTO alarms (id, rule_id, rule_name, device_id, room, severity, state, message, field, value, unit,
      count, raised_at, last_raised_at, cleared_at, acknowledged_at, acknowledged_by, note, updated_at)
      VALUES (@id, @rule_id, @rule_name, @device_id, @room, @severity, @state, @message, @field, @value, @unit,
      @count, @raised_at, @last_raised_at, @cleared_at, @acknowledged_at, @acknowledged_by, @note, @updated_at)`),
    updateAlarm: db.prepare(`UPDATE alarms SET state = @state, message = @message, value = @value, count = @count,
      last_raised_at = @last_raised_at, cleared_at = @cleared_at, acknowledged_at = @acknowledged_at,
      acknowledged_by = @acknowledged_by, note = @note, updated_at = @updated_at WHERE id = @id`),
    getAlarm: db.prepare<[string], AlarmRow>('SELECT * FROM alarms WHERE id = ?'),
    listAlarms: db.prepare<Record<string, string | number | null>, AlarmRow>(`SELECT * FROM alarms
      WHERE (@state IS NULL OR state = @state) AND (@device IS NULL OR device_id = @device)
        AND (@room IS NULL OR room = @room) AND (@severity IS NULL OR severity = @severity)
      ORDER BY raised_at DESC, id DESC LIMIT @limit`),
    openAlarms: db.prepare<[], AlarmRow>("SELECT * FROM alarms WHERE state != 'closed'"),
    // Through alarms_raised: a closed alarm changed before the cutoff was raised before it too.
    closedBefore: db.prepare<[number, number, number], string>(`SELECT id FROM alarms
      WHERE raised_at < ? AND state = 'closed' AND updated_at < ? ORDER BY raised_at, id LIMIT ?`).pluck(),
    removeAlarms: db.prepare<[string]>('DELETE FROM alarms WHERE id IN (SELECT value FROM json_each(?))'),
    insertWebhook: db.prepare('INSERT INTO alarm_webhooks (id, hook, created_at) VALUES (@id, @hook, @created_at)'),
    deleteWebhook: db.prepare<[string]>('DELETE FROM alarm_webhooks WHERE id = ?'),
    listWebhooks: db.prepare<[], { hook: string }>('SELECT hook FROM alarm_webhooks ORDER BY created_at, id'),
    deleteDeliveriesOf: db.prepare<[string]>('DELETE FROM alarm_webhook_deliveries WHERE webhook_id = ?'),
    insertDelivery: db.prepare('INSERT INTO alarm_webhook_deliveries (id, webhook_id, owner, body, attempt, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    updateDeliveryAttempt: db.prepare<[number, string]>('UPDATE alarm_webhook_deliveries SET attempt = ? WHERE id = ?'),
    deleteDelivery: db.prepare<[string]>('DELETE FROM alarm_webhook_deliveries WHERE id = ?'),
    listDeliveries: db.prepare<[string], DeliveryRow>('SELECT id, webhook_id, body, attempt, created_at FROM alarm_webhook_deliveries WHERE owner = ? ORDER BY seq'),
  }
  const deleteWebhook = db.transaction((id: string) => { q.deleteDeliveriesOf.run(id); return q.deleteWebhook.run(id).changes === 1 })
  const ruleOf = (r: RuleRow): AlarmRule => JSON.parse(r.rule) as AlarmRule
  return {
    insertRule: r => q.insertRule.run({ id: r.id, rule: JSON.stringify(r), created_at: r.createdAt }).changes === 1,
    updateRule(r) {
      const prior = q.getRule.get(r.id)
      if (!prior) return false
      const kept = ruleOf(prior)
      return q.updateRule.run({ id: r.id, rule: JSON.stringify({ ...r, createdAt: kept.createdAt, createdBy: kept.createdBy }) }).changes === 1
    },
    deleteRule: id => q.deleteRule.run(id).changes === 1,
    getRule: id => { const row = q.getRule.get(id); return row && ruleOf(row) },
    listRules: () => q.listRules.all().map(ruleOf),
    insertAlarm(a) { q.insertAlarm.run(toRow(a)) },
    updateAlarm(a) { q.updateAlarm.run(toRow(a)) },
    getAlarm: id => { const row = q.getAlarm.get(id); return row && toAlarm(row) },
    listAlarms: query => q.listAlarms.all({
      state: query.state ?? null, device: query.deviceId ?? null, room: query.room ?? null, severity: query.severity ?? null, limit: query.limit,
    }).map(toAlarm),
    openAlarms: () => q.openAlarms.all().map(toAlarm),
    closedBefore: (before, limit) => q.closedBefore.all(before, before, limit),
    removeAlarms: ids => ids.length === 0 ? 0 : q.removeAlarms.run(JSON.stringify(ids)).changes,
    insertWebhook(h) { q.insertWebhook.run({ id: h.id, hook: JSON.stringify(h), created_at: h.createdAt }) },
    deleteWebhook: id => deleteWebhook(id),
    listWebhooks: () => q.listWebhooks.all().map(r => JSON.parse(r.hook) as AlarmWebhook),
    insertDelivery(d, owner) { q.insertDelivery.run(d.id, d.webhookId, owner, d.body, d.attempt, d.createdAt) },
    updateDeliveryAttempt(id, attempt) { q.updateDeliveryAttempt.run(attempt, id) },
    deleteDelivery: id => q.deleteDelivery.run(id).changes === 1,
    listDeliveries: owner => q.listDeliveries.all(owner).map(toDelivery),
  }
}
