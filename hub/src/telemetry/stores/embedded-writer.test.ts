import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openSqlite, type SqliteDatabase } from '../../storage/sqlite.js'
import { createEmbeddedStore } from './embedded.js'
import { startEmbeddedWriter, type EmbeddedWriter } from './embedded-writer.js'
import type { Point } from '../point.js'

let dir = ''
let db: SqliteDatabase | null = null
let writer: EmbeddedWriter | null = null
afterEach(async () => {
  await writer?.stop(); writer = null
  db?.close(); db = null
  if (dir) rmSync(dir, { recursive: true, force: true })
})

const point = (device: string, ts: number, fields: Point['fields']): Point => ({ measurement: 'telemetry', tags: { device }, fields, ts })

/** A database with the embedded store's schema (created by opening the store once). */
async function schemaDb(): Promise<string> {
  dir = mkdtempSync(path.join(tmpdir(), 'tether-writer-'))
  const file = path.join(dir, 'telemetry.db')
  await createEmbeddedStore(file).close()
  db = openSqlite(file)
  return file
}

const rows = (d: SqliteDatabase) => d.prepare('SELECT device, ts, json(fields) AS fields FROM telemetry_points ORDER BY ts').all()

describe('embedded store writer thread', () => {
  it('commits batches in order on its own connection before it resolves, visible to this one', async () => {
    const file = await schemaDb()
    writer = startEmbeddedWriter(db!, file)
    const writes = [1, 2, 3].map(i => writer!.write([point('d1', i * 1000, { temp: i })], new Map([['temp', 'number']])))
    await writes[0]
    expect(rows(db!).length).toBeGreaterThanOrEqual(1)
    await Promise.all(writes)
    expect(rows(db!)).toEqual([1, 2, 3].map(i => ({ device: 'd1', ts: i * 1000, fields: `{"temp":${i}}` })))
    expect(db!.prepare("SELECT type FROM telemetry_fields WHERE field = 'temp'").get()).toEqual({ type: 'number' })
    expect(writer.fellBack).toBe(false)
  })

  it('rejects a batch SQLite refuses with its code, and changes nothing', async () => {
    const file = await schemaDb()
    writer = startEmbeddedWriter(db!, file)
    db!.exec(`CREATE TRIGGER refuse BEFORE INSERT ON telemetry_points WHEN NEW.device = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END`)
    await expect(writer.write([point('ok', 1, { v: 1 }), point('bad', 2, { v: 2 })], new Map())).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_TRIGGER' })
    expect(rows(db!)).toEqual([])
  })

  it('writes on the hub\'s own connection once the thread fails', async () => {
    await schemaDb()
    const errors: Error[] = []
    // The thread cannot open a directory as a database: it fails at start.
    writer = startEmbeddedWriter(db!, dir, { onError: e => errors.push(e) })
    const end = Date.now() + 10_000
    while (!writer.fellBack && Date.now() < end) await new Promise(r => setTimeout(r, 10))
    expect(writer.fellBack).toBe(true)
    expect(errors.length).toBe(1)
    await writer.write([point('d1', 5, { temp: 1 })], new Map([['temp', 'number']]))
    expect(rows(db!)).toEqual([{ device: 'd1', ts: 5, fields: '{"temp":1}' }])
  })
})
