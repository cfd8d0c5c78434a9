import type { DmEntry, EntryDraft, Room, RoomStats, TimelineEntry, UserRef } from './types.js'

/** What one retention slice did: how many it deleted, and the seq to continue after (null: done). */
export interface PruneSlice { deleted: number; next: number | null }

/**
 * Persistence of rooms, timelines, memberships and direct messages. Synchronous on purpose:
 * appends are atomic per call, so sequence numbers are assigned without interleaving.
 * Implementations: memory-store.ts, sqlite-store.ts; both pass room-store.cases.ts.
 */
export interface RoomStore {
  createRoom(room: Room): boolean
  getRoom(id: string): Room | undefined
  listRooms(): Room[]
  updateRoom(id: string, patch: Partial<Omit<Room, 'id' | 'createdAt'>>): Room | undefined
  /** Removes the room with its timeline and members. */
  deleteRoom(id: string): boolean

  /** Appends one event with the next seq (1 for the first) [CHAT-5.1-1]. */
  append(roomId: string, draft: EntryDraft): TimelineEntry
  latestSeq(roomId: string): number
  /** The message `clientId` already said by `authorId` in the room, if any [CHAT-6.2-1]. */
  findMessageByClientId(roomId: string, authorId: string, clientId: string): TimelineEntry | undefined
  /** Newest revision of an entry id. */
  findEntry(roomId: string, entryId: string): TimelineEntry | undefined
  /** Events with seq > after, ascending, at most `limit`. */
  eventsAfter(roomId: string, after: number, limit: number): TimelineEntry[]
  /** Events with seq < before, the newest `limit` of them, ascending. */
  eventsBefore(roomId: string, before: number, limit: number): TimelineEntry[]
  /**
   * Deletes every revision of these entries, in whichever room holds them (retention), except a
   * room's newest event: the next append continues from its seq [CHAT-5.1-1]. Returns how many.
   */
  deleteEntries(entryIds: string[]): number
  /**
   * Retention, one slice: reads up to `limit` of the room's events after `afterSeq` in seq order and
   * deletes those that are not cards and were written before `before` (cards go with their command
   * or alarm). Stops at the first event written at or after `before`; never deletes the room's
   * newest event, so the next append continues from its seq [CHAT-5.1-1].
   */
  pruneEvents(roomId: string, before: number, afterSeq: number, limit: number): PruneSlice
  /** Messages whose text contains q (ASCII case-insensitive), newest first. */
  searchMessages(roomId: string, q: string, limit: number): TimelineEntry[]
  stats(roomId: string): RoomStats

  addMember(roomId: string, user: UserRef): boolean
  removeMember(roomId: string, userId: string): boolean
  listMembers(roomId: string): UserRef[]
  /** Rooms the user is a member of. */
  roomsOf(userId: string): string[]

  appendDm(draft: Omit<DmEntry, 'id' | 'seq'>): DmEntry
  findDmByClientId(fromId: string, clientId: string): DmEntry | undefined
  /** Conversation of a and b, seq < before, newest `limit`, ascending. */
  dmBefore(a: string, b: string, before: number, limit: number): DmEntry[]
  /** The newest entry of each conversation `userId` takes part in, newest first, at most `limit` [CHAT-7.3-1]. */
  dmConversations(userId: string, limit: number): DmEntry[]
  /** The key of every conversation, for retention. */
  dmConversationKeys(): string[]
  /** Retention, as `pruneEvents`, for one conversation: its newest message stays [CHAT-7.1-1]. */
  pruneDms(conv: string, before: number, afterSeq: number, limit: number): PruneSlice
}

/** Timeline kinds that are cards (`CardKind`): chat retention leaves them to their command's or alarm's. */
export const isCardKind = (kind: string): boolean => kind === 'command' || kind === 'alarm'

/**
 * The retention walk shared by every store, over one timeline's `rows` (in seq order, after the
 * cursor, at most `limit`): which seqs to delete and where to continue. `newest` is the timeline's
 * newest seq, which stays.
 */
export function pruneWalk(rows: Array<{ seq: number; ts: number; card: boolean }>, before: number, newest: number, limit: number): { seqs: number[]; next: number | null } {
  const seqs: number[] = []
  for (const row of rows) {
    if (row.ts >= before || row.seq >= newest) return { seqs, next: null }
    if (!row.card) seqs.push(row.seq)
  }
  return { seqs, next: rows.length < limit ? null : rows[rows.length - 1]!.seq }
}

/** Conversation key of two users, order-free. */
export function dmKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

/** Order of conversations in a list: the most recent message first (ties: the higher seq). */
export function newestFirst(a: DmEntry, b: DmEntry): number {
  return b.ts - a.ts || b.seq - a.seq
}

/** ASCII-only lowering, the same in memory and in SQLite's LIKE. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, c => c.toLowerCase())
}
