import { pruneWithCards, type CardRetentionDeps } from '../rooms/card-retention.js'
import { startRetention, type RetentionOptions } from '../storage/retention-timer.js'
import type { AlarmStore } from './alarm-store.js'

export type AlarmPruneDeps = CardRetentionDeps & { store: AlarmStore }

/**
 * Deletes the closed alarms last changed before `before` with every revision of their cards. Open,
 * acknowledged and cleared alarms stay whatever their age: someone still has to act on them.
 */
export function pruneAlarms(deps: AlarmPruneDeps, before: number): Promise<number> {
  const { store } = deps
  return pruneWithCards({ kind: 'alarm', finishedBefore: (b, n) => store.closedBefore(b, n), remove: ids => store.removeAlarms(ids) }, deps, before)
}

/** Keeps the alarm history within `retentionMs`. */
export function startAlarmRetention(deps: AlarmPruneDeps & Omit<RetentionOptions, 'what' | 'prune'>): { stop(): void } {
  return startRetention({ ...deps, what: 'closed alarms and their cards', prune: before => pruneAlarms(deps, before) })
}
