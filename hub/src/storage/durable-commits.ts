import { open, type FileHandle } from 'node:fs/promises'
import type { SqliteDatabase } from './sqlite.js'

/**
 * When the commits of a SQLite database are on disk. In WAL mode with `synchronous = NORMAL` a
 * commit survives the hub's process crashing, not the machine losing power: the WAL reaches the
 * disk only at a checkpoint. `FULL` would fsync inside every commit, on the event loop
 * (better-sqlite3 is synchronous): with four commits per device command that held the loop for
 * most of each command. Instead an acknowledgement waits for `whenDurable()`: one `fdatasync` of
 * the WAL on the thread pool, shared by every commit made before it started (a group commit); the
 * commits made while it runs share the next one, so under load a sync covers more commits rather
 * than syncs queueing up. (A pause between syncs to gather more of them measured worse: 500
 * commands a second waited longer and cost no less.)
 */
export interface DurableCommits {
  /** Resolves once every commit made before the call is on disk; at once when nothing changed since the last sync. */
  whenDurable(): Promise<void>
  /** Changed rows so far (SQLite's `total_changes()`): compare around a step to see whether it wrote. */
  changes(): number
  /** WAL syncs so far. */
  readonly syncs: number
  close(): Promise<void>
}

/** What an acknowledging path needs: where the commits stand, and when they are on disk. */
export type CommitSync = Pick<DurableCommits, 'changes' | 'whenDurable'>

/** `whenDurable()` if anything was committed since `changes()` read `before`, else null: a step that only read waits for no sync. */
export function syncedSince(sync: CommitSync, before: number): Promise<void> | null {
  return sync.changes() === before ? null : sync.whenDurable()
}

export function durableCommits(db: SqliteDatabase, file: string): DurableCommits {
  const totalChanges = db.prepare('SELECT total_changes()').pluck()
  const changes = (): number => (db.open ? totalChanges.get() as number : synced)
  let synced = changes()
  let syncs = 0
  let wal: Promise<FileHandle | null> | null = null
  /** The sync under way and the changes it covers; the one that starts after it. */
  let running: Promise<void> | null = null
  let runningUpTo = synced
  let next: Promise<void> | null = null

  // The WAL file lives as long as a connection is open (checkpoints truncate it, never remove it).
  const walHandle = (): Promise<FileHandle | null> => (wal ??= open(`${file}-wal`, 'r').catch(() => { wal = null; return null }))

  function start(): Promise<void> {
    const upTo = runningUpTo = changes()
    running = (async () => {
      const fh = await walHandle()
      // No WAL file: everything is in the database file, which SQLite synced at its checkpoint.
      if (fh) await fh.datasync()
      syncs++
      if (upTo > synced) synced = upTo
    })().finally(() => { running = null })
    return running
  }

  return {
    changes,
    get syncs() { return syncs },
    whenDurable() {
      if (file === ':memory:') return Promise.resolve()
      const now = changes()
      if (!running) return now === synced ? Promise.resolve() : start()
      if (now <= runningUpTo) return running
      // The sync under way started before this caller's commit: the next one covers it.
      if (!next) {
        const startNext = (): Promise<void> => { next = null; return start() }
        next = running.then(startNext, startNext)
      }
      return next
    },
    async close() {
      await running?.catch(() => undefined)
      await next?.catch(() => undefined)
      const fh = await wal
      wal = null
      await fh?.close()
    },
  }
}
