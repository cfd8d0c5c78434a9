import type { SyncPg } from '../../cluster/sync-pg.js'
import type { AccountRow, AccountStore } from './account-store.js'
import type { Role } from '@tether/protocol'

interface Raw { id: string; username: string; role: string; password_hash: string; created_at: number; updated_at: number }

const toRow = (r: Raw | undefined): AccountRow | undefined => r && {
  id: r.id, username: r.username, role: r.role as Role, passwordHash: r.password_hash, createdAt: r.created_at, updatedAt: r.updated_at,
}

/** Operator accounts in the cluster's PostgreSQL (table `accounts`, cluster/pg-migrations.ts). */
export function createPgAccountStore(pg: SyncPg): AccountStore {
  return {
    get: id => toRow(pg.query<Raw>('SELECT * FROM accounts WHERE id = $1', [id])[0]),
    getByUsername: username => toRow(pg.query<Raw>('SELECT * FROM accounts WHERE username = $1', [username])[0]),
    list: () => pg.query<Raw>('SELECT * FROM accounts ORDER BY created_at, id').map(r => toRow(r)!),
    insert: row => pg.query(`INSERT INTO accounts (id, username, role, password_hash, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
    [row.id, row.username, row.role, row.passwordHash, row.createdAt, row.updatedAt]).length === 1,
    update: (id, patch) => pg.query(`UPDATE accounts SET role = COALESCE($2, role), password_hash = COALESCE($3, password_hash),
      updated_at = COALESCE($4, updated_at) WHERE id = $1 RETURNING id`,
    [id, patch.role ?? null, patch.passwordHash ?? null, patch.updatedAt ?? null]).length === 1,
    delete: id => pg.query('DELETE FROM accounts WHERE id = $1 RETURNING id', [id]).length === 1,
    count: () => pg.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts')[0].n,
  }
}
