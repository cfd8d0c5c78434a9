import type { CommandStore } from './command-store.js'
import type { CommandRecord } from './lifecycle.js'

export interface WriteBehindDeps {
  /** Runs `fn` in one database transaction (better-sqlite3: `db.transaction(fn)()`). */
  transaction(fn: () => void): void
  /** When to write what is pending; default: after this turn's I/O callbacks (setImmediate). */
  schedule?: (flush: () => void) => void
  onError?: (err: Error) => void
}

/**
 * Command state changes written behind, once per event-loop turn: all of a turn's updates go to
 * the store in one transaction, and several changes of one command in a turn (delivered then
 * succeeded, from one WebSocket message) become one write. Inserts stay immediate, since the
 * (issuer, clientId) uniqueness answer is needed at once. Reads see pending changes first, so
 * callers never observe the lag; a crash loses at most the last turn's state changes, after which
 * the command stays open and is expired by the sweep, as after any crash between two states.
 */
export function writeBehindCommandStore(inner: CommandStore, deps: WriteBehindDeps): CommandStore & { flush(): void } {
  const schedule = deps.schedule ?? (fn => { setImmediate(fn) })
  // The whole record as handed in: `inner.update` takes only its mutable part, and reads merge the same part.
  let pending = new Map<string, CommandRecord>()
  let scheduled = false

  function flush(): void {
    scheduled = false
    if (pending.size === 0) return
    const batch = pending
    pending = new Map()
    try {
      deps.transaction(() => { for (const r of batch.values()) inner.update(r) })
    } catch (err) {
      deps.onError?.(err as Error)
    }
  }
  /** `stored` with the mutable part of its pending change, as `inner.update` would leave it. */
  function fresh(stored: CommandRecord | undefined): CommandRecord | undefined {
    const p = stored && pending.get(stored.id)
    if (!p) return stored
    const { status, sentAt, deliveredAt, completedAt, result, error, updatedAt } = p
    return { ...stored, status, sentAt, deliveredAt, completedAt, result: result ?? null, error, updatedAt }
  }

  return {
    insert: r => inner.insert(r),
    update(r) {
      pending.set(r.id, r)
      if (!scheduled) {
        scheduled = true
        schedule(flush)
      }
    },
    get: id => fresh(inner.get(id)),
    findByClientId: (issuer, clientId) => fresh(inner.findByClientId(issuer, clientId)),
    list: q => inner.list(q).map(r => fresh(r)!),
    open() {
      flush()
      return inner.open()
    },
    flush,
  }
}
