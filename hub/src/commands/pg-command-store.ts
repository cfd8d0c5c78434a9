import type { SyncPg } from '../cluster/sync-pg.js'
import type { CommandRecord, CommandStatus } from './lifecycle.js'
import type { CommandStore } from './command-store.js'

interface Row {
  id: string; device_id: string; name: string; params: Record<string, unknown>; issuer_id: string; issuer_name: string; client_id: string | null
  status: string; created_at: number; expires_at: number; sent_at: number | null; delivered_at: number | null
  completed_at: number | null; result: unknown; error: string | null; updated_at: number
}

const toRecord = (r: Row): CommandRecord => ({
  id: r.id, deviceId: r.device_id, name: r.name, params: r.params,
  issuedBy: { id: r.issuer_id, username: r.issuer_name }, clientId: r.client_id, status: r.status as CommandStatus,
  createdAt: r.created_at, expiresAt: r.expires_at, sentAt: r.sent_at, deliveredAt: r.delivered_at, completedAt: r.completed_at,
  result: r.result ?? null, error: r.error, updatedAt: r.updated_at,
} as CommandRecord)

const json = (v: unknown) => v === null || v === undefined ? null : JSON.stringify(v)

/** Commands in the cluster's PostgreSQL (`commands` table); the (issuer, client id) pair is unique. */
export function createPgCommandStore(pg: SyncPg): CommandStore {
  return {
    insert: r => pg.query(`INSERT INTO commands (id, device_id, name, params, issuer_id, issuer_name, client_id, status,
      created_at, expires_at, sent_at, delivered_at, completed_at, result, error, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT DO NOTHING RETURNING id`,
    [r.id, r.deviceId, r.name, JSON.stringify(r.params), r.issuedBy.id, r.issuedBy.username, r.clientId, r.status, r.createdAt, r.expiresAt,
      r.sentAt, r.deliveredAt, r.completedAt, json(r.result), r.error, r.updatedAt]).length === 1,
    update(r) {
      pg.query(`UPDATE commands SET status = $2, sent_at = $3, delivered_at = $4, completed_at = $5, result = $6, error = $7, updated_at = $8
        WHERE id = $1`, [r.id, r.status, r.sentAt, r.deliveredAt, r.completedAt, json(r.result), r.error, r.updatedAt])
    },
    updateFrom: (prior, r) => pg.query(`UPDATE commands SET status = $2, sent_at = $3, delivered_at = $4, completed_at = $5, result = $6,
      error = $7, updated_at = $8 WHERE id = $1 AND status = $9 AND updated_at = $10 RETURNING id`,
    [r.id, r.status, r.sentAt, r.deliveredAt, r.completedAt, json(r.result), r.error, r.updatedAt, prior.status, prior.updatedAt]).length === 1,
    get: id => { const row = pg.query<Row>('SELECT * FROM commands WHERE id = $1', [id])[0]; return row && toRecord(row) },
    findByClientId: (issuer, clientId) => {
      const row = pg.query<Row>('SELECT * FROM commands WHERE issuer_id = $1 AND client_id = $2', [issuer, clientId])[0]
      return row && toRecord(row)
    },
    list: q => pg.query<Row>(`SELECT * FROM commands WHERE ($1::text IS NULL OR device_id = $1) AND created_at >= $2
      ORDER BY created_at, id LIMIT $3`, [q.deviceId ?? null, q.since ?? 0, q.limit]).map(toRecord),
    open: () => pg.query<Row>("SELECT * FROM commands WHERE status IN ('accepted','sent','delivered')").map(toRecord),
    finishedBefore: (before, limit) => pg.query<{ id: string }>(
      'SELECT id FROM commands WHERE created_at < $1 AND completed_at IS NOT NULL ORDER BY created_at, id LIMIT $2', [before, limit]).map(r => r.id),
    remove: ids => ids.length === 0 ? 0 : pg.query<{ id: string }>('DELETE FROM commands WHERE id = ANY($1::text[]) RETURNING id', [ids]).length,
  }
}
