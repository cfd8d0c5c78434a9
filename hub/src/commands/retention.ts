import { pruneWithCards, type CardRetentionDeps } from '../rooms/card-retention.js'
import { startRetention, type RetentionOptions } from '../storage/retention-timer.js'
import type { CommandStore } from './command-store.js'

export type CommandPruneDeps = CardRetentionDeps & { store: CommandStore }

/** Deletes the finished commands created before `before` with every revision of their cards; open ones stay whatever their age. */
export function pruneCommands(deps: CommandPruneDeps, before: number): Promise<number> {
  const { store } = deps
  return pruneWithCards({ kind: 'command', finishedBefore: (b, n) => store.finishedBefore(b, n), remove: ids => store.remove(ids) }, deps, before)
}

/** Keeps the command audit trail within `retentionMs` (a later pass takes an open command once it finishes). */
export function startCommandRetention(deps: CommandPruneDeps & Omit<RetentionOptions, 'what' | 'prune'>): { stop(): void } {
  return startRetention({ ...deps, what: 'finished commands and their cards', prune: before => pruneCommands(deps, before) })
}
