#!/usr/bin/env node
/**
 * `node bench/command-retention.mjs [--commands 20000] [--rooms 20]` after `npm run build -w hub`:
 * tether.db's size per command and what a command retention pass costs, in process. Each command is
 * stored as the hub stores one whose device answers within the hold (the record and two card
 * revisions, each change its own transaction), spread over `rooms` device rooms; then the older half
 * is deleted with `pruneWithCards`, printing the CPU per deleted command and the event-loop turns
 * during the pass (what every client would wait behind one slice).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { measurePass, repoRoot } from './lib/util.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => Number(argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const COMMANDS = Math.min(opt('--commands', 20_000), 1_000_000)
const ROOMS = Math.min(opt('--rooms', 20), 1000)
const load = f => import(pathToFileURL(path.join(repoRoot, 'hub/dist', f)).href)
const { openSqlite, inTransaction } = await load('storage/sqlite.js')
const { createSqliteCommandStore } = await load('commands/sqlite-command-store.js')
const { createSqliteRoomStore } = await load('rooms/sqlite-store.js')
const { createRoomService } = await load('rooms/room-service.js')
const { realTimeouts } = await load('timers.js')
const { commandCard } = await load('commands/cards.js')
const { commandRecords } = await load('commands/retention.js')
const { pruneWithCards } = await load('rooms/card-retention.js')

const dir = mkdtempSync(path.join(tmpdir(), 'tether-bench-command-retention-'))
const file = path.join(dir, 'tether.db')
const db = openSqlite(file)
try {
  const store = createSqliteCommandStore(db)
  const rooms = createRoomService({ store: createSqliteRoomStore(db), now: () => 1, timers: realTimeouts, typingTtlMs: 6000, typingThrottleMs: 2000, presenceCoalesceMs: 0 })
  const atomically = inTransaction(db)
  for (let r = 0; r < ROOMS; r++) rooms.ensureRoom({ id: `room-${r}`, name: `Room ${r}`, topic: '', minRole: 'viewer' })
  const T0 = Date.UTC(2026, 0, 1)
  for (let i = 0; i < COMMANDS; i++) {
    const t = T0 + i * 1000
    const accepted = { id: `cmd_${i.toString(36).padStart(12, '0')}`, deviceId: `device-${i % (ROOMS * 5)}`, name: 'set_setpoint', params: { value: 21 },
      issuedBy: { id: 'u1', username: 'operator' }, clientId: null, status: 'accepted', createdAt: t, expiresAt: t + 60_000,
      sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null, updatedAt: t }
    const room = `room-${i % ROOMS}`
    atomically(() => { store.insert(accepted); rooms.upsertCommandCard(room, commandCard(accepted)) })
    const done = { ...accepted, status: 'succeeded', sentAt: t + 2, deliveredAt: t + 3, completedAt: t + 5, result: { setpoint: 21 }, updatedAt: t + 5 }
    atomically(() => { store.updateFrom(accepted, done); rooms.upsertCommandCard(room, commandCard(done)) })
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  const size = statSync(file).size
  console.log(`${COMMANDS} commands, two card revisions each, ${ROOMS} rooms: tether.db ${(size / 1e6).toFixed(1)} MB, ${Math.round(size / COMMANDS)} bytes per command`)

  await measurePass('command', () => pruneWithCards(commandRecords(store), { rooms, atomically }, T0 + (COMMANDS / 2) * 1000))
} finally {
  db.close()
  rmSync(dir, { recursive: true, force: true })
}
