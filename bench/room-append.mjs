#!/usr/bin/env node
/**
 * `node bench/room-append.mjs [--dist hub/dist] [--dist <another build>] [--appends 20000] [--rounds 3]`:
 * the SQLite room store alone, in process: CPU µs and WAL frames per appended event, each append its
 * own commit (as a command card's revision or a chat message is), on a file in WAL mode without
 * automatic checkpoints. With several `--dist` builds the rounds alternate between them (A/B).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './lib/util.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const dists = argv.flatMap((a, i) => (a === '--dist' ? [argv[i + 1]] : []))
if (dists.length === 0) dists.push(path.join(repoRoot, 'hub/dist'))
const APPENDS = Math.min(Number(opt('--appends', '20000')), 1_000_000)
const ROUNDS = Math.min(Number(opt('--rounds', '3')), 20)
const PAGE_FRAME = 4096 + 24 // one WAL frame: a page and its header

const builds = await Promise.all(dists.map(async d => {
  const load = f => import(pathToFileURL(path.join(path.resolve(d), f)).href)
  return { dist: d, openSqlite: (await load('storage/sqlite.js')).openSqlite, createSqliteRoomStore: (await load('rooms/sqlite-store.js')).createSqliteRoomStore }
}))
const card = { commandId: 'cmd_x', deviceId: 'dev-1', name: 'set_setpoint', params: { value: 21 }, status: 'sent', issuedBy: { id: 'u1', username: 'admin' },
  createdAt: 1, expiresAt: 2, sentAt: 1, deliveredAt: null, completedAt: null, result: null, error: null }

function round(build) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-bench-rooms-'))
  try {
    const file = path.join(dir, 'tether.db')
    const db = build.openSqlite(file)
    db.pragma('wal_autocheckpoint = 0')
    const store = build.createSqliteRoomStore(db)
    store.createRoom({ id: 'general', name: 'General', topic: '', minRole: 'viewer', createdAt: 0 })
    for (let i = 0; i < 2000; i++) store.append('general', { body: { kind: 'command', card: { ...card, commandId: `w${i}` } }, ts: i }) // warm-up
    const wal0 = statSync(`${file}-wal`).size
    const cpu0 = process.cpuUsage()
    for (let i = 0; i < APPENDS; i++) store.append('general', { body: { kind: 'command', card: { ...card, commandId: `c${i}` } }, id: `e${i % 5000}`, ts: i })
    const cpu = process.cpuUsage(cpu0)
    const frames = (statSync(`${file}-wal`).size - wal0) / PAGE_FRAME / APPENDS
    db.close()
    return { cpuUs: (cpu.user + cpu.system) / APPENDS, frames }
  } finally { rmSync(dir, { recursive: true, force: true }) }
}

for (let r = 0; r < ROUNDS; r++) {
  for (const b of builds) {
    const { cpuUs, frames } = round(b)
    console.log(`${b.dist}: round ${r + 1}: ${cpuUs.toFixed(1)} µs CPU and ${frames.toFixed(2)} WAL frames per append`)
  }
}
