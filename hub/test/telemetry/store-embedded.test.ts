import { afterAll, beforeAll } from '@jest/globals'
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmbeddedStore } from '../../src/telemetry/stores/embedded.js'
import type { TelemetryStore } from '../../src/telemetry/store.js'
import { storeCases } from './store-cases.js'

let dir = ''
let store: TelemetryStore
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tether-emb-'))
  store = createEmbeddedStore(path.join(dir, 'telemetry.db'))
})
afterAll(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }) })

storeCases('embedded (SQLite)', () => store, async device => {
  const db = new Database(path.join(dir, 'telemetry.db'), { readonly: true })
  try { return (db.prepare('SELECT room FROM telemetry_samples WHERE device = ?').all(device) as Array<{ room: string | null }>).map(r => r.room) } finally { db.close() }
})
