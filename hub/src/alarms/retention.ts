import type { CardRecords } from '../rooms/card-retention.js'
import type { AlarmStore } from './alarm-store.js'

/**
 * Alarms as retention sees them: the closed ones last changed before the cutoff go. Open,
 * acknowledged and cleared alarms stay whatever their age: someone still has to act on them.
 */
export const alarmRecords = (store: AlarmStore): CardRecords => ({
  kind: 'alarm',
  what: 'closed alarms and their cards',
  finishedBefore: (before, limit) => store.closedBefore(before, limit),
  remove: ids => store.removeAlarms(ids),
})
