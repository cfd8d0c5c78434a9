#!/usr/bin/env node
/**
 * `node bench/chat-retention.mjs [--events 100000] [--rooms 20]` after `npm run build -w hub`:
 * tether.db's size per room event and what a chat retention pass costs, in process. The rooms get
 * what an operator room of a fleet holds (mostly device presence events, some messages, a command
 * card every tenth event), each event its own transaction; then everything but the cards in the
 * older half is deleted with `pruneChat`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { measurePass, repoRoot } from './lib/util.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => Number(argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const EVENTS = Math.min(opt('--events', 100_000), 2_000_000)
const ROOMS = Math.min(opt('--rooms', 20), 1000)
const load = f => import(pathToFileURL(path.join(repoRoot, 'hub/dist', f)).href)
const { openSqlite } = await load('storage/sqlite.js')
const { createSqliteRoomStore } = await load('rooms/sqlite-store.js')
const { pruneChat } = await load('rooms/retention.js')

const dir = mkdtempSync(path.join(tmpdir(), 'tether-bench-chat-retention-'))
const file = path.join(dir, 'tether.db')
const db = openSqlite(file)
try {
  const store = createSqliteRoomStore(db)
  for (let r = 0; r < ROOMS; r++) store.createRoom({ id: `room-${r}`, name: `Room ${r}`, topic: '', minRole: 'viewer', createdAt: 0 })
  const T0 = Date.UTC(2026, 0, 1)
  const author = { id: 'u_0000000000001', username: 'operator' }
  for (let i = 0; i < EVENTS; i++) {
    const ts = T0 + i * 1000
    const body = i % 10 === 0
      ? { kind: 'command', card: { commandId: `cmd_${i}`, deviceId: `device-${i % 100}`, name: 'set_setpoint', params: { value: 21 }, status: 'succeeded', issuedBy: author, createdAt: ts, updatedAt: ts } }
      : i % 3 === 0
        ? { kind: 'message', author, text: `boiler ${i % 100} reads ${20 + (i % 10)} °C, checking the valve`, clientId: `c${i}`, system: false }
        : { kind: 'device', deviceId: `device-${i % 100}`, event: i % 2 ? 'online' : 'offline', data: { reason: 'keepalive' } }
    store.append(`room-${i % ROOMS}`, { body, ts, ...(body.kind === 'command' ? { id: `e_cmd_cmd_${i}` } : {}) })
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  const size = statSync(file).size
  console.log(`${EVENTS} room events in ${ROOMS} rooms: tether.db ${(size / 1e6).toFixed(1)} MB, ${Math.round(size / EVENTS)} bytes per event`)
  await measurePass('event', () => pruneChat({ store }, T0 + (EVENTS / 2) * 1000))
} finally {
  db.close()
  rmSync(dir, { recursive: true, force: true })
}
