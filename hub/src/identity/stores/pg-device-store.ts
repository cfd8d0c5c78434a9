import type { SyncPg } from '../../cluster/sync-pg.js'
import type { DeviceRow, DeviceStore } from './device-store.js'

interface Raw { id: string; name: string; room: string | null; model: string | null; token_hash: string; created_at: number; updated_at: number }

const toRow = (r: Raw | undefined): DeviceRow | undefined => r && {
  id: r.id, name: r.name, room: r.room, model: r.model, tokenHash: r.token_hash, createdAt: r.created_at, updatedAt: r.updated_at,
}

/** The device registry in the cluster's PostgreSQL (table `devices`). */
export function createPgDeviceStore(pg: SyncPg): DeviceStore {
  return {
    get: id => toRow(pg.query<Raw>('SELECT * FROM devices WHERE id = $1', [id])[0]),
    list: () => pg.query<Raw>('SELECT * FROM devices ORDER BY created_at, id').map(r => toRow(r)!),
    insert: row => pg.query(`INSERT INTO devices (id, name, room, model, token_hash, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
    [row.id, row.name, row.room, row.model, row.tokenHash, row.createdAt, row.updatedAt]).length === 1,
    update(id, patch) {
      // Only the given columns: undefined keeps a value, null clears room/model.
      const cols = Object.entries({ name: patch.name, room: patch.room, model: patch.model, token_hash: patch.tokenHash, updated_at: patch.updatedAt })
        .filter(([, v]) => v !== undefined)
      if (cols.length === 0) return pg.query('SELECT 1 FROM devices WHERE id = $1', [id]).length === 1
      const sql = `UPDATE devices SET ${cols.map(([c], i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1 RETURNING id`
      return pg.query(sql, [id, ...cols.map(([, v]) => v)]).length === 1
    },
    delete: id => pg.query('DELETE FROM devices WHERE id = $1 RETURNING id', [id]).length === 1,
  }
}
