import type { DmEntry, EntryDraft, Room, RoomStats, TimelineEntry, UserRef } from './types.js'

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
