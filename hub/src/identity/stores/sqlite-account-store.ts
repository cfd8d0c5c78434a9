import { migrate, type SqliteDatabase } from '../../storage/sqlite.js'
import type { AccountRow, AccountStore } from './account-store.js'
import type { Role } from '@tether/protocol'

interface Raw { id: string; username: string; role: string; password_hash: string; created_at: number; updated_at: number }

const toRow = (r: Raw | undefined): AccountRow | undefined => r && {
  id: r.id, username: r.username, role: r.role as Role, passwordHash: r.password_hash, createdAt: r.created_at, updatedAt: r.updated_at,
}

/** Operator accounts in the hub's SQLite database (table `accounts`). */
export function createSqliteAccountStore(db: SqliteDatabase): AccountStore {
  migrate(db, 'identity.accounts.v1', [
    `CREATE TABLE accounts (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
      password_hash TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    )`,
  ])
  const getStmt = db.prepare<[string], Raw>('SELECT * FROM accounts WHERE id = ?')
  const byNameStmt = db.prepare<[string], Raw>('SELECT * FROM accounts WHERE username = ?')
  const listStmt = db.prepare<[], Raw>('SELECT * FROM accounts ORDER BY created_at, id')
  const insertStmt = db.prepare('INSERT OR IGNORE INTO accounts (id, username, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
  const deleteStmt = db.prepare('DELETE FROM accounts WHERE id = ?')
  const countStmt = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM accounts')
  const updateStmt = db.prepare(`UPDATE accounts SET
      role = COALESCE(@role, role), password_hash = COALESCE(@passwordHash, password_hash), updated_at = COALESCE(@updatedAt, updated_at)
    WHERE id = @id`)
  return {
    get: id => toRow(getStmt.get(id)),
    getByUsername: username => toRow(byNameStmt.get(username)),
    list: () => listStmt.all().map(r => toRow(r)!),
    insert: row => insertStmt.run(row.id, row.username, row.role, row.passwordHash, row.createdAt, row.updatedAt).changes === 1,
    update: (id, patch) => updateStmt.run({ id, role: patch.role ?? null, passwordHash: patch.passwordHash ?? null, updatedAt: patch.updatedAt ?? null }).changes === 1,
    delete: id => deleteStmt.run(id).changes === 1,
    count: () => countStmt.get()!.n,
  }
}
