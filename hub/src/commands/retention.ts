import type { CardRecords } from '../rooms/card-retention.js'
import type { CommandStore } from './command-store.js'

/** Commands as retention sees them: the finished ones created before the cutoff go; open ones stay whatever their age. */
export const commandRecords = (store: CommandStore): CardRecords => ({
  kind: 'command',
  what: 'finished commands and their cards',
  finishedBefore: (before, limit) => store.finishedBefore(before, limit),
  remove: ids => store.remove(ids),
})
