import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openSqlite, type SqliteDatabase } from './sqlite.js'
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.js'

let dir = ''
let db: SqliteDatabase | null = null
let cp: WalCheckpointer | null = null
afterEach(async () => {
  await cp?.stop(); cp = null
  db?.close(); db = null
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function until(cond: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise(r => setTimeout(r, 10))
  }
}

function fill(d: SqliteDatabase, rows: number): void {
  d.exec('CREATE TABLE IF NOT EXISTS t (k INTEGER PRIMARY KEY, v BLOB)')
  const ins = d.prepare('INSERT INTO t (v) VALUES (?)')
  d.transaction(() => { for (let i = 0; i < rows; i++) ins.run(Buffer.alloc(1000, i % 251)) })()
}

describe('WAL checkpoints on a worker thread', () => {
  it('turns the connection\'s own checkpoints off and copies the WAL into the database from the worker', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-wal-'))
    const file = path.join(dir, 'x.db')
    db = openSqlite(file)
    cp = startWalCheckpointer(db, file, { intervalMs: 20 })
    expect(cp.onWorker).toBe(true)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    // 8 MB: past the default threshold (1 000 pages), so without a checkpoint the database file stays small.
    fill(db, 8000)
    // The worker reports each run after its checkpoint: wait for both.
    await until(() => statSync(file).size > 8_000_000 && cp!.runs > 0, 'the worker\'s checkpoint')
    expect(cp.fellBack).toBe(false)
    await cp.stop()
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
  })

  it('leaves a quiet database\'s checkpoints to its connection, starts the worker when the WAL grows fast and stops it when it is quiet again', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-wal-'))
    const file = path.join(dir, 'x.db')
    db = openSqlite(file)
    fill(db, 1) // the table, before the watch reads the WAL's size
    cp = startWalCheckpointer(db, file, { intervalMs: 20, workerFromFrames: 200, workerIdleIntervals: 5 })
    expect(cp.onWorker).toBe(false)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    // Slow growth: a few pages per interval. Reading the WAL's size must not checkpoint it (the file stays small).
    for (let i = 0; i < 5; i++) {
      fill(db, 10)
      await new Promise(r => setTimeout(r, 25))
    }
    expect(cp.onWorker).toBe(false)
    expect(statSync(file).size).toBeLessThan(20_000)
    // 8 MB in one interval: the worker takes over and checkpoints.
    fill(db, 8000)
    await until(() => cp!.onWorker, 'the worker to start')
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    await until(() => cp!.runs > 0, 'the worker\'s checkpoint')
    // Five quiet intervals later the connection has its checkpoints back.
    await until(() => !cp!.onWorker, 'the worker to stop')
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    expect(cp.fellBack).toBe(false)
    // And the worker comes back when the WAL grows fast again.
    const before = cp.runs
    fill(db, 8000)
    await until(() => cp!.runs > before, 'the worker to start again')
    await cp.stop()
    expect(cp.onWorker).toBe(false)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
  })

  it('counts the WAL\'s growth from its start: frames already in the WAL start no worker', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-wal-'))
    const file = path.join(dir, 'x.db')
    db = openSqlite(file)
    // ~300 pages in the WAL before the watch starts (a schema, the frames of a hub's previous run),
    // under the connection's own checkpoint threshold so they stay there.
    fill(db, 900)
    const [{ log }] = db.pragma('wal_checkpoint(NOOP)') as Array<{ log: number }>
    expect(log).toBeGreaterThan(200)
    // A worker, once started, would stay for 1 000 intervals and count its checkpoints.
    cp = startWalCheckpointer(db, file, { intervalMs: 20, workerFromFrames: 100, workerIdleIntervals: 1000 })
    // Negative check over ten intervals: a late timer can only let it pass, never fail it wrongly.
    await new Promise(r => setTimeout(r, 200))
    expect(cp.onWorker).toBe(false)
    expect(cp.runs).toBe(0)
    // The watch runs all the same: growth past the threshold starts the worker.
    fill(db, 900)
    await until(() => cp!.onWorker, 'the worker to start')
  })

  it('gives the checkpoints back to the connection when the worker fails', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-wal-'))
    const file = path.join(dir, 'x.db')
    db = openSqlite(file)
    const errors: Error[] = []
    // The worker cannot open a directory as a database.
    cp = startWalCheckpointer(db, dir, { intervalMs: 20, onError: e => errors.push(e) })
    await until(() => cp!.fellBack, 'the fallback')
    expect(errors.length).toBe(1)
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    fill(db, 8000)
    // The connection checkpoints on its own again (in the commit that crossed 1 000 pages).
    expect(statSync(file).size).toBeGreaterThan(4_000_000)
  })
})
