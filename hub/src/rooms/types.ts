import type { Role } from '../identity/roles.js'

/** A user as the timeline shows them (never a role or a token). */
export interface UserRef { id: string; username: string }

export interface Room {
  id: string
  name: string
  topic: string
  /** Least role that sees the room [CHAT-3.1-2]. */
  minRole: Role
  createdAt: number
}

export type PresenceState = 'online' | 'away' | 'offline'

/** Kind-specific part of a timeline entry (spec §5). */
export type EntryBody =
  | { kind: 'message'; author: UserRef | null; text: string; clientId?: string; system: boolean }
  | { kind: 'member'; user: UserRef; action: 'join' | 'leave' | 'presence'; presence?: PresenceState }
  | { kind: 'device'; deviceId: string; event: string; data?: Record<string, unknown> }
  | { kind: 'command'; card: CommandCard }
  | { kind: 'alarm'; card: AlarmCard }

/** Timeline kinds that are cards: one entry per thing, updated in place [CHAT-5.2-1]. */
export type CardKind = 'command' | 'alarm'

export interface CommandCard { commandId: string; [field: string]: unknown }
export interface AlarmCard { alarmId: string; [field: string]: unknown }

/** One timeline event: common fields plus the body. `seq` is per room, gap-free [CHAT-5.1-1]. */
export type TimelineEntry = { id: string; room: string; seq: number; ts: number; rev: number } & EntryBody

/** What a writer hands the store; the store assigns seq (and id unless `id` is given for a revision). */
export interface EntryDraft { body: EntryBody; ts: number; id?: string; rev?: number }

export interface DmEntry {
  id: string
  seq: number
  ts: number
  from: UserRef
  to: UserRef
  text: string
  clientId: string
}

export interface RoomStats {
  messages: number
  activeMembers: number
  members: number
  messagesPerMember: Array<{ user: UserRef; count: number }>
  firstActivity: number | null
  lastActivity: number | null
}
