import type { Logger } from '../logger.js'
import type { RoomService } from '../rooms/room-service.js'
import { startRetentionTimer } from '../storage/retention-timer.js'
import type { CommandStore } from './command-store.js'

/**
 * Card lookups per slice (one transaction, then an event-loop turn). A card is found through its
 * room's entry index, so every command id is looked up in every room: a slice takes fewer commands
 * when there are more rooms. `bench/command-retention.mjs` measures a slice's hold.
 */
const LOOKUPS_PER_SLICE = 1000
const sliceFor = (rooms: number): number => Math.max(10, Math.min(100, Math.floor(LOOKUPS_PER_SLICE / Math.max(1, rooms))))

export interface CommandPruneDeps {
  store: CommandStore
  rooms: Pick<RoomService, 'deleteCommandCards' | 'store'>
  /** One transaction on the hub's SQLite database; a cluster's PostgreSQL runs each statement on its own. */
  atomically: <T>(fn: () => T) => T
  /** A close ends a pass after its current slice. */
  closing?: () => boolean
}

/**
 * Deletes the finished commands created before `before` and every revision of their cards, in
 * slices. Cards go first: a crash between two statements (a cluster has no shared transaction)
 * leaves a command without its card, which the next pass deletes, never a card without its command.
 * Resolves with the number of commands deleted.
 */
export async function pruneCommands(deps: CommandPruneDeps, before: number): Promise<number> {
  const slice = sliceFor(deps.rooms.store.listRooms().length)
  let total = 0
  for (;;) {
    if (deps.closing?.()) return total
    const { found, removed } = deps.atomically(() => {
      const ids = deps.store.finishedBefore(before, slice)
      if (ids.length === 0) return { found: 0, removed: 0 }
      deps.rooms.deleteCommandCards(ids)
      // What this hub removed: another hub of a cluster may have taken some of them first.
      return { found: ids.length, removed: deps.store.remove(ids) }
    })
    total += removed
    if (found < slice) return total
    await new Promise(resolve => setImmediate(resolve))
  }
}

/**
 * Keeps the command audit trail within `retentionMs`: a pass soon after start, then hourly. Open
 * commands are kept whatever their age (a later pass takes them once they finish).
 */
export function startCommandRetention(deps: CommandPruneDeps & { retentionMs: number; now: () => number; logger: Logger; onPruned(commands: number): void }): { stop(): void } {
  if (deps.retentionMs <= 0) return { stop() {} }
  return startRetentionTimer(async function pruneCommandHistory() {
    const before = deps.now() - deps.retentionMs
    try {
      const commands = await pruneCommands(deps, before)
      deps.onPruned(commands)
      if (commands > 0) deps.logger.info({ commands, before: new Date(before).toISOString() }, 'finished commands older than the retention window deleted, with their cards')
    } catch (err) {
      deps.logger.warn({ err: (err as Error).message }, 'command retention pass failed; the next one tries again')
    }
  })
}
