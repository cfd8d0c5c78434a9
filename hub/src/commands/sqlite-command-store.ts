import { migrate, type SqliteDatabase } from '../storage/sqlite.js'
import type { CommandRecord, CommandStatus } from './lifecycle.js'
import type { CommandStore } from './command-store.js'

interface Row {
  id: string; device_id: string; name: string; params: string; issuer_id: string; issuer_name: string; client_id: string | null
  status: string; created_at: number; expires_at: number; sent_at: number | null; delivered_at: number | null
  completed_at: number | null; result: string | null; error: string | null; updated_at: number
}

const toRecord = (r: Row): CommandRecord => ({
  id: r.id, deviceId: r.device_id, name: r.name, params: JSON.parse(r.params) as Record<string, unknown>,
  issuedBy: { id: r.issuer_id, username: r.issuer_name }, clientId: r.client_id, status: r.status as CommandStatus,
  createdAt: r.created_at, expiresAt: r.expires_at, sentAt: r.sent_at, deliveredAt: r.delivered_at, completedAt: r.completed_at,
  result: r.result === null ? null : JSON.parse(r.result), error: r.error, updatedAt: r.updated_at,
})

/** Commands in the hub's SQLite database (`commands` table); the (issuer, client id) pair is unique. */
export function createSqliteCommandStore(db: SqliteDatabase): CommandStore {
  migrate(db, 'commands-1', [
    `CREATE TABLE commands (
      id TEXT PRIMARY KEY, device_id TEXT NOT NULL, name TEXT NOT NULL, params TEXT NOT NULL,
      issuer_id TEXT NOT NULL, issuer_name TEXT NOT NULL, client_id TEXT,
      status TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
      sent_at INTEGER, delivered_at INTEGER, completed_at INTEGER, result TEXT, error TEXT, updated_at INTEGER NOT NULL)`,
    'CREATE UNIQUE INDEX commands_client ON commands (issuer_id, client_id) WHERE client_id IS NOT NULL',
    'CREATE INDEX commands_device_created ON commands (device_id, created_at)',
    'CREATE INDEX commands_created ON commands (created_at)',
    "CREATE INDEX commands_open ON commands (status) WHERE status IN ('accepted','sent','delivered')",
  ])
  const insert = db.prepare(`INSERT OR IGNORE INTO commands (id, device_id, name, params, issuer_id, issuer_name, client_id, status,
    created_at, expires_at, sent_at, delivered_at, completed_at, result, error, updated_at)
    VALUES (@id, @device_id, @name, @params, @issuer_id, @issuer_name, @client_id, @status, @created_at, @expires_at,
    @sent_at, @delivered_at, @completed_at, @result, @error, @updated_at)`)
  const update = db.prepare(`UPDATE commands SET status = @status, sent_at = @sent_at, delivered_at = @delivered_at,
    completed_at = @completed_at, result = @result, error = @error, updated_at = @updated_at WHERE id = @id`)
  const updateFrom = db.prepare(`UPDATE commands SET status = @status, sent_at = @sent_at, delivered_at = @delivered_at,
    completed_at = @completed_at, result = @result, error = @error, updated_at = @updated_at
    WHERE id = @id AND status = @prior_status AND updated_at = @prior_updated_at`)
  const get = db.prepare<[string], Row>('SELECT * FROM commands WHERE id = ?')
  const byClient = db.prepare<[string, string], Row>('SELECT * FROM commands WHERE issuer_id = ? AND client_id = ?')
  const list = db.prepare<{ device: string | null; since: number; limit: number }, Row>(
    'SELECT * FROM commands WHERE (@device IS NULL OR device_id = @device) AND created_at >= @since ORDER BY created_at, id LIMIT @limit')
  const open = db.prepare<[], Row>("SELECT * FROM commands WHERE status IN ('accepted','sent','delivered')")
  // Through commands_created: a finished command has its completion time set.
  const finishedBefore = db.prepare<[number, number], { id: string }>(
    'SELECT id FROM commands WHERE created_at < ? AND completed_at IS NOT NULL ORDER BY created_at, id LIMIT ?')
  const remove = db.prepare<[string]>('DELETE FROM commands WHERE id = ?')

  const toRow = (r: CommandRecord) => ({
    id: r.id, device_id: r.deviceId, name: r.name, params: JSON.stringify(r.params), issuer_id: r.issuedBy.id,
    issuer_name: r.issuedBy.username, client_id: r.clientId, status: r.status, created_at: r.createdAt, expires_at: r.expiresAt,
    sent_at: r.sentAt, delivered_at: r.deliveredAt, completed_at: r.completedAt,
    result: r.result === null || r.result === undefined ? null : JSON.stringify(r.result), error: r.error, updated_at: r.updatedAt,
  })
  return {
    insert: r => insert.run(toRow(r)).changes === 1,
    update(r) { update.run(toRow(r)) },
    updateFrom: (prior, next) => updateFrom.run({ ...toRow(next), prior_status: prior.status, prior_updated_at: prior.updatedAt }).changes === 1,
    get: id => { const row = get.get(id); return row && toRecord(row) },
    findByClientId: (issuer, clientId) => { const row = byClient.get(issuer, clientId); return row && toRecord(row) },
    list: q => list.all({ device: q.deviceId ?? null, since: q.since ?? 0, limit: q.limit }).map(toRecord),
    open: () => open.all().map(toRecord),
    finishedBefore: (before, limit) => finishedBefore.all(before, limit).map(r => r.id),
    remove(ids) {
      let removed = 0
      for (const id of ids) removed += remove.run(id).changes
      return removed
    },
  }
}
