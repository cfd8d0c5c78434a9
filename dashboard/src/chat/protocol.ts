/**
 * chat.v1 frames as the dashboard speaks them. docs/protocols/chat-v1.md is normative; clause ids
 * are cited where the client relies on a rule.
 */
import type { Role } from '../session/roles'

export interface UserRef { id: string; username: string }
export type OperatorPresence = 'online' | 'away' | 'offline'

export interface Room { id: string; name: string; topic: string; minRole: Role; createdAt: number; seq: number }

interface EntryBase { id: string; room: string; seq: number; ts: number; rev: number }
export interface MessageEntry extends EntryBase { kind: 'message'; author: UserRef | null; text: string; clientId?: string; system: boolean }
export interface MemberEntry extends EntryBase { kind: 'member'; user: UserRef; action: 'join' | 'leave' | 'presence'; presence?: OperatorPresence }
export interface DeviceEntry extends EntryBase { kind: 'device'; deviceId: string; event: string; data?: Record<string, unknown> }
export interface CommandCard {
  commandId: string
  deviceId: string
  name: string
  params?: Record<string, unknown>
  status: string
  issuedBy?: UserRef | string | null
  result?: unknown
  error?: unknown
  [k: string]: unknown
}
export interface CommandEntry extends EntryBase { kind: 'command'; card: CommandCard }
export interface AlarmCard { alarmId: string; deviceId: string; severity: string; state: string; [k: string]: unknown }
export interface AlarmEntry extends EntryBase { kind: 'alarm'; card: AlarmCard }
export type Entry = MessageEntry | MemberEntry | DeviceEntry | CommandEntry | AlarmEntry

export interface Member { user: UserRef; presence: OperatorPresence }

export interface DirectEntry { id: string; seq: number; ts: number; from: UserRef; to: UserRef; text: string; clientId?: string }

export interface Limits {
  maxTextChars: number
  snapshotEntries: number
  historyPageMax: number
  typingTtlMs: number
  typingThrottleMs: number
  [k: string]: number
}

export type ServerFrame =
  | { type: 'welcome'; ref?: string; sessionId: string; serverTime: number; user: UserRef & { role: Role }; limits: Limits }
  | { type: 'rooms'; ref?: string; rooms: Room[] }
  | { type: 'joined'; ref?: string; room: Room; mode: 'snapshot' | 'resume'; gap?: boolean; seq: number; members: Member[]; entries: Entry[] }
  | { type: 'left'; ref?: string; room: string }
  | { type: 'event'; room: string; entry: Entry }
  | { type: 'ack'; ref: string; room?: string; to?: UserRef; entryId: string; seq: number; ts: number; duplicate: boolean }
  | { type: 'direct'; entry: DirectEntry }
  | { type: 'dm.history'; ref?: string; with: UserRef; entries: DirectEntry[]; hasMore: boolean }
  | { type: 'typing'; room: string; user: UserRef; state: 'start' | 'stop' }
  | { type: 'presence'; ref?: string; state: OperatorPresence }
  | { type: 'history'; ref?: string; room: string; entries: Entry[]; hasMore: boolean }
  | { type: 'search'; ref?: string; room: string; q: string; entries: Entry[] }
  | { type: 'room.deleted'; room: string }
  | { type: 'room.updated'; room: Room }
  | { type: 'room.created'; room: Room }
  | { type: 'error'; code: string; message: string; ref?: string; retryAfterMs?: number }
  | { type: string; ref?: string; [k: string]: unknown }

/** Error codes after which the hub closes with 1008 and a reconnect with the same token is pointless. */
export const FATAL_AUTH_CODES = new Set(['bad_token', 'account_gone', 'session_revoked', 'token_expired'])
