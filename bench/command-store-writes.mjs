#!/usr/bin/env node
/**
 * `node bench/command-store-writes.mjs [--commands 2000] [--rounds 5]`: the SQLite cost of a command's
 * state changes in the hub's own database setup (WAL, synchronous NORMAL, a file in a temp dir),
 * written one autocommit UPDATE per change (as before) vs written behind once per turn in one
 * transaction (commands/write-behind-store.ts), alternating A/B per round in one process.
 * Each command: insert, then sent, delivered, succeeded (the last two land in one turn).
 * Run after `npm run build -w hub`. Prints µs of CPU per command for each variant and round.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { openSqlite } = await import(path.join(root, 'hub/dist/storage/sqlite.js'))
const { createSqliteCommandStore } = await import(path.join(root, 'hub/dist/commands/sqlite-command-store.js'))
const { writeBehindCommandStore } = await import(path.join(root, 'hub/dist/commands/write-behind-store.js'))
const argv = process.argv.slice(2)
const opt = (n, d) => Number(argv.includes(n) ? argv[argv.indexOf(n) + 1] : d)
const COMMANDS = opt('--commands', 2000)
const ROUNDS = opt('--rounds', 5)

const dir = mkdtempSync(path.join(tmpdir(), 'tether-bench-cmdstore-'))
const db = openSqlite(path.join(dir, 'tether.db'))
const sqlite = createSqliteCommandStore(db)
const queued = []
const behind = writeBehindCommandStore(sqlite, { transaction: fn => db.transaction(fn)(), schedule: fn => queued.push(fn) })
const turn = () => { for (const f of queued.splice(0)) f() }

let seq = 0
const record = (id, extra = {}) => ({
  id, deviceId: 'd1', name: 'set_setpoint', params: { value: 21 }, issuedBy: { id: 'u1', username: 'alice' }, clientId: id,
  status: 'accepted', createdAt: 1000, expiresAt: 61_000, sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null,
  updatedAt: 1000, ...extra,
})
function run(store, flush) {
  const t0 = process.cpuUsage()
  for (let i = 0; i < COMMANDS; i++) {
    const id = `c${++seq}`
    store.insert(record(id))
    store.update(record(id, { status: 'sent', sentAt: 1001 })); flush()
    store.update(record(id, { status: 'delivered', sentAt: 1001, deliveredAt: 1002 }))
    store.update(record(id, { status: 'succeeded', sentAt: 1001, deliveredAt: 1002, completedAt: 1003, result: { ok: true } })); flush()
  }
  const u = process.cpuUsage(t0)
  return Math.round(((u.user + u.system) / COMMANDS) * 10) / 10
}
const rows = []
for (let r = 0; r < ROUNDS; r++) {
  rows.push({ round: r + 1, perChangeAutocommitUs: run(sqlite, () => {}), writeBehindUs: run(behind, turn) })
}
const med = k => rows.map(x => x[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)]
console.log(JSON.stringify({ bench: 'command-store-writes', commands: COMMANDS, rounds: rows, medianUs: { perChangeAutocommit: med('perChangeAutocommitUs'), writeBehind: med('writeBehindUs') }, loadAverage: loadavg().map(x => Math.round(x * 100) / 100) }))
db.close()
rmSync(dir, { recursive: true, force: true })
