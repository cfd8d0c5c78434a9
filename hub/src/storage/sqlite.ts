import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

export type SqliteDatabase = Database.Database

/**
 * Opens (or creates) a SQLite database for the embedded stores. WAL so readers don't block the
 * writer; `synchronous = NORMAL` is durable across process crashes in WAL mode.
 * `file` ':memory:' for tests.
 */
export function openSqlite(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  return db
}

/**
 * Runs each module's schema once, tracked in `schema_migrations` by name, all steps in one
 * transaction. A step is SQL, or a function for data SQL cannot transform alone.
 */
export function migrate(db: SqliteDatabase, name: string, steps: Array<string | ((db: SqliteDatabase) => void)>): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)')
  const done = db.prepare('SELECT 1 FROM schema_migrations WHERE name = ?').get(name)
  if (done) return
  db.transaction(() => {
    for (const step of steps) typeof step === 'string' ? db.exec(step) : step(db)
    db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, Date.now())
  })()
}

/**
 * `fn` in one transaction of `db` (nested calls become savepoints): several stores' writes of one
 * change cost one commit.
 */
export function inTransaction(db: SqliteDatabase): <T>(fn: () => T) => T {
  const run = db.transaction((fn: () => unknown) => fn())
  return <T>(fn: () => T): T => run(fn) as T
}
