/**
 * Rooms and their timelines as chat.v1 carries them (docs/protocols/chat-v1.md §4–§10). Types only.
 */
import type { AlarmCard } from './alarms.js'
import type { CommandCard } from './commands.js'
import type { DevicePresenceEventData } from './presence.js'
import type { OperatorPresence } from './presence.js'
import type { Role } from './roles.js'
import type { UserRef } from './users.js'

export interface Room {
  id: string
  name: string
  topic: string
  /** Least role that sees the room [CHAT-3.1-2]. */
  minRole: Role
  createdAt: number
}

/** A room as listed and joined: with its current `seq`. */
export interface RoomWithSeq extends Room { seq: number }

/** Kind-specific part of a timeline entry (§5). */
export type EntryBody =
  | { kind: 'message'; author: UserRef | null; text: string; clientId?: string; system: boolean }
  | { kind: 'member'; user: UserRef; action: 'join' | 'leave' | 'presence'; presence?: OperatorPresence }
  /** A device's presence change [CHAT-16.3-1]: `event` is the new state. */
  | { kind: 'device'; deviceId: string; event: string; data?: DevicePresenceEventData | Record<string, unknown> }
  /** A command card, revised in place [CHAT-16.2-1]. */
  | { kind: 'command'; card: CommandCard }
  /** An alarm card, revised in place [CHAT-17.2-1]. */
  | { kind: 'alarm'; card: AlarmCard }

export type EntryKind = EntryBody['kind']
/** Timeline kinds that are cards: one entry per thing, updated in place [CHAT-5.2-1]. */
export type CardKind = 'command' | 'alarm'

/** One timeline event: common fields plus the body. `seq` is per room, gap-free [CHAT-5.1-1]. */
export type TimelineEntry = { id: string; room: string; seq: number; ts: number; rev: number } & EntryBody

export type MessageEntry = Extract<TimelineEntry, { kind: 'message' }>
export type MemberEntry = Extract<TimelineEntry, { kind: 'member' }>
export type DeviceEntry = Extract<TimelineEntry, { kind: 'device' }>
export type CommandEntry = Extract<TimelineEntry, { kind: 'command' }>
export type AlarmEntry = Extract<TimelineEntry, { kind: 'alarm' }>

/** A direct message [CHAT-7.1-1]; `seq` per conversation, from 1. */
export interface DmEntry {
  id: string
  seq: number
  ts: number
  from: UserRef
  to: UserRef
  text: string
  clientId: string
}

/** One of a user's conversations in `dm.list` [CHAT-7.3-1]: the other party and the newest entry. */
export interface DmConversation { with: UserRef; last: DmEntry }

export interface RoomMember { user: UserRef; presence: OperatorPresence }

/** `stats` [CHAT-10.3-1]. */
export interface RoomStats {
  messages: number
  activeMembers: number
  members: number
  messagesPerMember: Array<{ user: UserRef; count: number }>
  firstActivity: number | null
  lastActivity: number | null
}
