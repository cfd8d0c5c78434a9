import type { TimelineEntry, EntryBody } from '@tether/protocol'

export type { UserRef, Room, EntryBody, TimelineEntry, DmEntry, RoomStats, CommandCard, AlarmCard, CardKind, OperatorPresence as PresenceState } from '@tether/protocol'

/** What a writer hands the store; the store assigns seq (and id unless `id` is given for a revision). */
export interface EntryDraft { body: EntryBody; ts: number; id?: string; rev?: number }

export type { TimelineEntry as Entry }
