import { hasRole, type Role } from '@tether/protocol'
import type { Timers } from '../timers.js'
import type { RoomStore } from './room-store.js'
import { createPresenceTracker, type SharedPresence } from './presence.js'
import { createTypingTracker } from './typing.js'
import type { CardKind, CommandCard, DmEntry, EntryBody, PresenceState, Room, TimelineEntry, UserRef } from './types.js'

/** What the service announces; the chat endpoint routes these to sessions (no sockets here). */
export type RoomEvent =
  | { type: 'entry'; room: string; entry: TimelineEntry }
  | { type: 'typing'; room: string; user: UserRef; state: 'start' | 'stop' }
  | { type: 'room.created'; room: Room }
  | { type: 'room.updated'; room: Room }
  | { type: 'room.deleted'; room: string }
  | { type: 'direct'; entry: DmEntry; origin?: string }

export interface RoomServiceOptions {
  store: RoomStore
  now: () => number
  timers: Timers
  typingTtlMs: number
  typingThrottleMs: number
  presenceCoalesceMs: number
  /** Cluster: wraps local delivery so events also reach, in order, the sessions of every other hub. */
  fanout?: (deliver: (e: RoomEvent) => void) => (e: RoomEvent) => void
  /** Cluster: operator presence across every hub's sessions. */
  sharedPresence?: SharedPresence
}

/** Entry id prefix of each card kind: `e_cmd_{commandId}`, `e_alarm_{alarmId}`. */
const CARD_PREFIX: Record<CardKind, string> = { command: 'cmd', alarm: 'alarm' }
const cardEntryId = (kind: CardKind, key: string) => `e_${CARD_PREFIX[kind]}_${key}`

/** Keeps only the newest revision of each entry id in a page [CHAT-5.2-1]. */
export function newestRevisions(entries: TimelineEntry[]): TimelineEntry[] {
  const last = new Map<string, number>()
  entries.forEach((e, i) => last.set(e.id, i))
  return entries.filter((e, i) => last.get(e.id) === i)
}

/** Rooms, timelines, DMs, presence and typing: the domain behind chat.v1 and the rooms REST API. */
export function createRoomService(opts: RoomServiceOptions) {
  const { store, now } = opts
  const listeners = new Set<(e: RoomEvent) => void>()
  const deliver = (e: RoomEvent) => { for (const l of listeners) l(e) }
  const emit = opts.fanout ? opts.fanout(deliver) : deliver

  function append(roomId: string, body: EntryBody, extra: { id?: string; rev?: number } = {}): TimelineEntry {
    // Append and emit in one tick: fan-out order is seq order [CHAT-5.1-2].
    const entry = store.append(roomId, { body, ts: now(), ...extra })
    emit({ type: 'entry', room: roomId, entry })
    return entry
  }

  const typing = createTypingTracker({
    ttlMs: opts.typingTtlMs, throttleMs: opts.typingThrottleMs, now, timers: opts.timers,
    onChange: (room, user, state) => emit({ type: 'typing', room, user, state }),
  })
  const presence = createPresenceTracker({
    coalesceMs: opts.presenceCoalesceMs, timers: opts.timers, ...(opts.sharedPresence ? { shared: opts.sharedPresence } : {}),
    onPublish(user: UserRef, state: PresenceState) {
      for (const roomId of store.roomsOf(user.id)) append(roomId, { kind: 'member', user, action: 'presence', presence: state })
    },
  })

  /**
   * A card updated in place: the first call creates entry `e_{kind}_{key}`, later calls append its
   * next revision under the same id with the whole card [CHAT-5.2-1].
   */
  function upsertCard<K extends CardKind>(roomId: string, kind: K, key: string, card: Extract<EntryBody, { kind: K }>['card']): TimelineEntry {
    const id = cardEntryId(kind, key)
    const prior = store.findEntry(roomId, id)
    return append(roomId, { kind, card } as Extract<EntryBody, { kind: K }>, { id, rev: (prior?.rev ?? 0) + 1 })
  }

  function page(entries: TimelineEntry[], limit: number) {
    const hasMore = entries.length > limit
    return { entries: newestRevisions(hasMore ? entries.slice(entries.length - limit) : entries), hasMore }
  }

  return {
    store,
    presence,
    typing,
    subscribe(listener: (e: RoomEvent) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    ensureRoom(room: Omit<Room, 'createdAt'>): void {
      const full = { ...room, createdAt: now() }
      if (store.createRoom(full)) emit({ type: 'room.created', room: full })
    },
    listRooms: (role: Role) => store.listRooms().filter(r => hasRole(role, r.minRole)),
    /** The room if it exists and the role sees it [CHAT-3.1-2]. */
    visibleRoom(id: string, role: Role): Room | undefined {
      const room = store.getRoom(id)
      return room && hasRole(role, room.minRole) ? room : undefined
    },
    getRoom: (id: string) => store.getRoom(id),
    createRoom(room: Omit<Room, 'createdAt'>): Room | undefined {
      const full = { ...room, createdAt: now() }
      if (!store.createRoom(full)) return undefined
      emit({ type: 'room.created', room: full })
      return full
    },
    updateRoom(id: string, patch: Partial<Pick<Room, 'name' | 'topic' | 'minRole'>>): Room | undefined {
      const room = store.updateRoom(id, patch)
      if (room) emit({ type: 'room.updated', room })
      return room
    },
    deleteRoom(id: string): boolean {
      if (!store.deleteRoom(id)) return false
      typing.dropRoom(id)
      emit({ type: 'room.deleted', room: id })
      return true
    },
    seq: (roomId: string) => store.latestSeq(roomId),

    /** Makes the user a member; the first time appends a member join entry [CHAT-4.2-1]. */
    join(roomId: string, user: UserRef): void {
      if (store.addMember(roomId, user)) append(roomId, { kind: 'member', user, action: 'join' })
    },
    leave(roomId: string, user: UserRef): void {
      typing.stop(roomId, user.id)
      if (store.removeMember(roomId, user.id)) append(roomId, { kind: 'member', user, action: 'leave' })
    },
    members: (roomId: string) => store.listMembers(roomId).map(user => ({ user, presence: presence.published(user.id) })),
    snapshot(roomId: string, limit: number) {
      const seq = store.latestSeq(roomId)
      return { seq, entries: newestRevisions(store.eventsBefore(roomId, seq + 1, limit)) }
    },
    /** Exactly the events after `since`, or null when the gap is too old to replay or retention deleted part of it [CHAT-4.3-2]. */
    eventsSince(roomId: string, since: number, window: number): TimelineEntry[] | null {
      const seq = store.latestSeq(roomId)
      if (since > seq || seq - since > window) return null
      const events = store.eventsAfter(roomId, since, window)
      // Fewer than the seqs in between: retention deleted some, and a resume must miss nothing [CHAT-4.3-1].
      return events.length < seq - since ? null : events
    },

    /** Posts a message once per (author, clientId) [CHAT-6.2-1]. */
    say(roomId: string, author: UserRef, clientId: string, text: string): { entry: TimelineEntry; duplicate: boolean } {
      const prior = store.findMessageByClientId(roomId, author.id, clientId)
      if (prior) return { entry: prior, duplicate: true }
      typing.stop(roomId, author.id)
      return { entry: append(roomId, { kind: 'message', author, text, clientId, system: false }), duplicate: false }
    },
    postSystemMessage: (roomId: string, text: string) => append(roomId, { kind: 'message', author: null, text, system: true }),
    /** For presence/devices: a device notice in a room timeline. */
    postDeviceEvent: (roomId: string, ev: { deviceId: string; event: string; data?: Record<string, unknown> }) =>
      append(roomId, { kind: 'device', deviceId: ev.deviceId, event: ev.event, ...(ev.data ? { data: ev.data } : {}) }),
    upsertCard,
    /** For commands: the card of one command (entry id `e_cmd_{commandId}`). */
    upsertCommandCard(roomId: string, card: CommandCard): TimelineEntry {
      return upsertCard(roomId, 'command', card.commandId, card)
    },
    /** Retention: every revision of these commands' or alarms' cards, in whichever room (a room's newest event stays). */
    deleteCards: (kind: CardKind, keys: string[]): number => store.deleteEntries(keys.map(key => cardEntryId(kind, key))),

    /** `origin` (a session id) is passed through so that session is not sent its own DM. */
    sendDm(from: UserRef, to: UserRef, clientId: string, text: string, origin?: string): { entry: DmEntry; duplicate: boolean } {
      const prior = store.findDmByClientId(from.id, clientId)
      if (prior) return { entry: prior, duplicate: true }
      const entry = store.appendDm({ from, to, text, clientId, ts: now() })
      emit({ type: 'direct', entry, ...(origin ? { origin } : {}) })
      return { entry, duplicate: false }
    },
    dmHistory(a: string, b: string, before: number, limit: number): { entries: DmEntry[]; hasMore: boolean } {
      const rows = store.dmBefore(a, b, before, limit + 1)
      return rows.length > limit ? { entries: rows.slice(1), hasMore: true } : { entries: rows, hasMore: false }
    },
    /** A user's conversations: who with, and the newest entry [CHAT-7.3-1]. */
    dmConversations(userId: string, limit: number): Array<{ with: UserRef; last: DmEntry }> {
      return store.dmConversations(userId, limit).map(last => ({ with: last.from.id === userId ? last.to : last.from, last }))
    },
    history: (roomId: string, before: number, limit: number) => page(store.eventsBefore(roomId, before, limit + 1), limit),
    search: (roomId: string, q: string, limit: number) => store.searchMessages(roomId, q, limit),
    stats: (roomId: string) => store.stats(roomId),
    /** Cluster: a user's cluster-wide presence changed without a session here (their hub died). */
    postPresence(user: UserRef, state: PresenceState): void {
      for (const roomId of store.roomsOf(user.id)) append(roomId, { kind: 'member', user, action: 'presence', presence: state })
    },
    stop(): void { presence.stop() },
  }
}

export type RoomService = ReturnType<typeof createRoomService>
