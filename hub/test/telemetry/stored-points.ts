import Database from 'better-sqlite3'
import { decodeChunk } from '../../src/telemetry/stores/chunk-codec.js'
import type { FieldValue } from '../../src/telemetry/point.js'

export interface StoredRow { device: string; ts: number; ns: number; fields: Record<string, FieldValue>; room: string | null; model: string | null }

/** Every point the embedded store's file holds (what is committed), read through another connection, in (device, ts, ns) order. */
export function storedPoints(file: string, device?: string): StoredRow[] {
  const db = new Database(file, { readonly: true })
  try {
    const chunks = (device === undefined
      ? db.prepare('SELECT device, room, model, body FROM telemetry_chunks').all()
      : db.prepare('SELECT device, room, model, body FROM telemetry_chunks WHERE device = ?').all(device)) as Array<{ device: string; room: string | null; model: string | null; body: Buffer }>
    const rows = chunks.flatMap(c => decodeChunk(c.body).map(p => ({ device: c.device, ...p, room: c.room, model: c.model })))
    return rows.sort((a, b) => (a.device < b.device ? -1 : a.device > b.device ? 1 : a.ts - b.ts || a.ns - b.ns))
  } finally { db.close() }
}
