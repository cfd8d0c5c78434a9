import { startRetention, type RetentionOptions } from '../storage/retention-timer.js'
import type { RoomService } from './room-service.js'
import type { CardKind } from './types.js'

/**
 * Card lookups per slice (one transaction, then an event-loop turn). A card is found through its
 * room's entry index, so every record id is looked up in every room: a slice takes fewer records
 * when there are more rooms. `bench/command-retention.mjs` measures a slice's hold.
 */
const LOOKUPS_PER_SLICE = 1000
const sliceFor = (rooms: number): number => Math.max(10, Math.min(100, Math.floor(LOOKUPS_PER_SLICE / Math.max(1, rooms))))

/** Records that have a card in a room (commands, alarms), as retention sees them. */
export interface CardRecords {
  kind: CardKind
  /** What a pass deletes, for the log. */
  what: string
  /** Ids of records that are finished and older than `before`, at most `limit`. */
  finishedBefore(before: number, limit: number): string[]
  /** Deletes these records; returns how many there were. */
  remove(ids: string[]): number
}

export interface CardRetentionDeps {
  rooms: Pick<RoomService, 'deleteCards' | 'store'>
  /** One transaction on the hub's SQLite database; a cluster's PostgreSQL runs each statement on its own. */
  atomically: <T>(fn: () => T) => T
  /** A close ends a pass after its current slice. */
  closing?: () => boolean
}

/**
 * Deletes the finished records older than `before` and every revision of their cards, in slices.
 * Cards go first: a crash between two statements (a cluster has no shared transaction) leaves a
 * record without its card, which the next pass deletes, never a card without its record. Resolves
 * with the number of records deleted.
 */
export async function pruneWithCards(records: CardRecords, deps: CardRetentionDeps, before: number): Promise<number> {
  const slice = sliceFor(deps.rooms.store.listRooms().length)
  let total = 0
  for (;;) {
    if (deps.closing?.()) return total
    const { found, removed } = deps.atomically(() => {
      const ids = records.finishedBefore(before, slice)
      if (ids.length === 0) return { found: 0, removed: 0 }
      deps.rooms.deleteCards(records.kind, ids)
      // What this hub removed: another hub of a cluster may have taken some of them first.
      return { found: ids.length, removed: records.remove(ids) }
    })
    total += removed
    if (found < slice) return total
    await new Promise(resolve => setImmediate(resolve))
  }
}

/** Keeps records with cards within `retentionMs`: a pass soon after start, then hourly. */
export function startCardRetention(records: CardRecords, deps: CardRetentionDeps & Omit<RetentionOptions, 'what' | 'prune'>): { stop(): void } {
  return startRetention({ ...deps, what: records.what, prune: before => pruneWithCards(records, deps, before) })
}
