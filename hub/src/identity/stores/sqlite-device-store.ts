import { migrate, type SqliteDatabase } from '../../storage/sqlite.js'
import type { DeviceRow, DeviceStore } from './device-store.js'

interface Raw { id: string; name: string; room: string | null; model: string | null; token_hash: string; created_at: number; updated_at: number }

const toRow = (r: Raw | undefined): DeviceRow | undefined => r && {
  id: r.id, name: r.name, room: r.room, model: r.model, tokenHash: r.token_hash, createdAt: r.created_at, updatedAt: r.updated_at,
}

/** The device registry in the hub's SQLite database (table `devices`; presence adds presence columns). */
export function createSqliteDeviceStore(db: SqliteDatabase): DeviceStore {
  migrate(db, 'identity.devices.v1', [
    `CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      room TEXT,
      model TEXT,
      token_hash TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    )`,
  ])
  const getStmt = db.prepare<[string], Raw>('SELECT * FROM devices WHERE id = ?')
  const listStmt = db.prepare<[], Raw>('SELECT * FROM devices ORDER BY created_at, id')
  const insertStmt = db.prepare('INSERT OR IGNORE INTO devices (id, name, room, model, token_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const deleteStmt = db.prepare('DELETE FROM devices WHERE id = ?')
  return {
    get: id => toRow(getStmt.get(id)),
    list: () => listStmt.all().map(r => toRow(r)!),
    insert: row => insertStmt.run(row.id, row.name, row.room, row.model, row.tokenHash, row.createdAt, row.updatedAt).changes === 1,
    update(id, patch) {
      // Only the given columns: undefined keeps a value, null clears room/model.
      const cols = Object.entries({ name: patch.name, room: patch.room, model: patch.model, token_hash: patch.tokenHash, updated_at: patch.updatedAt })
        .filter(([, v]) => v !== undefined)
      if (cols.length === 0) return getStmt.get(id) !== undefined
      const sql = `UPDATE devices SET ${cols.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`
      return db.prepare(sql).run(...cols.map(([, v]) => v), id).changes === 1
    },
    delete: id => deleteStmt.run(id).changes === 1,
  }
}
