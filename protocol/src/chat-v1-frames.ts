/**
 * chat.v1 frames (docs/protocols/chat-v1.md is normative): one JSON object per WebSocket text
 * frame, `type` first. A client frame may carry `id` (1–64 chars); the reply carries it back as
 * `ref` [CHAT-1.2-5]. Types only, plus the lists of frame types.
 */
import type { ChatErrorCode } from './chat-v1-errors.js'
import type { AlarmCard } from './alarms.js'
import type { CommandCard } from './commands.js'
import type { OperatorPresence } from './presence.js'
import type { Role } from './roles.js'
import type { DmConversation, DmEntry, RoomMember, RoomStats, RoomWithSeq, TimelineEntry } from './rooms.js'
import type { UserRef } from './users.js'

/** The WebSocket subprotocol token. */
export const CHAT_PROTOCOL = 'chat.v1'

/** Limits the hub announces in `welcome` [CHAT-12]. */
export interface ChatLimits {
  maxFrameBytes: number
  maxDepth: number
  maxTextChars: number
  ratePerSecond: number
  rateBurst: number
  snapshotEntries: number
  historyPageMax: number
  resumeWindow: number
  typingTtlMs: number
  typingThrottleMs: number
  [limit: string]: number
}

export type ClientFrame =
  | { type: 'hello'; id?: string; token: string; client?: { name?: string; version?: string } }
  | { type: 'rooms'; id?: string }
  | { type: 'join'; id?: string; room: string; since?: number }
  | { type: 'leave'; id?: string; room: string }
  | { type: 'say'; id: string; room: string; text: string }
  | { type: 'dm'; id: string; to: string; text: string }
  | { type: 'dm.history'; id?: string; with: string; before?: number; limit?: number }
  /** The caller's conversations [CHAT-7.3-1]. */
  | { type: 'dm.list'; id?: string; limit?: number }
  /** Swaps the session's token for a fresher one of the same account [CHAT-2.2-4]. */
  | { type: 'token'; id?: string; token: string }
  | { type: 'typing'; id?: string; room: string; state: 'start' | 'stop' }
  | { type: 'presence'; id?: string; state: 'online' | 'away' }
  | { type: 'history'; id?: string; room: string; before?: number; limit?: number }
  | { type: 'search'; id?: string; room: string; q: string; limit?: number }
  | { type: 'stats'; id?: string; room: string }
  | { type: 'command'; id: string; device: string; name: string; params?: Record<string, unknown>; ttlMs?: number }
  /** Operators acknowledge an alarm [CHAT-17.1-1]. */
  | { type: 'alarm.ack'; id: string; alarm: string; note?: string }

export type ClientFrameType = ClientFrame['type']
export type ClientFrameOf<T extends ClientFrameType> = Extract<ClientFrame, { type: T }>

export type ServerFrame =
  | { type: 'welcome'; ref?: string; protocol: typeof CHAT_PROTOCOL; sessionId: string; serverTime: number; user: UserRef & { role: Role }; limits: ChatLimits }
  | { type: 'rooms'; ref?: string; rooms: RoomWithSeq[] }
  | { type: 'joined'; ref?: string; room: RoomWithSeq; mode: 'snapshot' | 'resume'; gap?: boolean; seq: number; members: RoomMember[]; entries: TimelineEntry[] }
  | { type: 'left'; ref?: string; room: string }
  | { type: 'event'; room: string; entry: TimelineEntry }
  /** `say` → `room`; `dm` → `to` [CHAT-6.1-1, CHAT-7.1-1]. */
  | { type: 'ack'; ref: string; room?: string; to?: UserRef; entryId: string; seq: number; ts: number; duplicate: boolean }
  | { type: 'direct'; entry: DmEntry }
  | { type: 'dm.history'; ref?: string; with: UserRef; entries: DmEntry[]; hasMore: boolean }
  /** Newest conversation first [CHAT-7.3-1]. */
  | { type: 'dm.list'; ref?: string; conversations: DmConversation[] }
  /** The session now ends at `expiresAt` (epoch ms) [CHAT-2.2-4]. */
  | { type: 'token'; ref?: string; expiresAt: number }
  | { type: 'typing'; room: string; user: UserRef; state: 'start' | 'stop' }
  | { type: 'presence'; ref?: string; state: OperatorPresence }
  | { type: 'history'; ref?: string; room: string; entries: TimelineEntry[]; hasMore: boolean }
  | { type: 'search'; ref?: string; room: string; q: string; entries: TimelineEntry[] }
  | { type: 'stats'; ref?: string; room: string; stats: RoomStats }
  | { type: 'room.deleted'; room: string }
  | { type: 'room.updated'; room: RoomWithSeq }
  /** A room this session's role sees was created [CHAT-4.4-3]. */
  | { type: 'room.created'; room: RoomWithSeq }
  /** `room` is where the card lives, null when neither the device's room nor `general` exists [CHAT-16.1-3]. */
  | { type: 'command.ack'; ref: string; room: string | null; duplicate: boolean; card: CommandCard }
  /** `room` is where the alarm's card lives [CHAT-17.1-2]. */
  | { type: 'alarm.acked'; ref: string; room: string | null; card: AlarmCard }
  /** `retryAfterMs` with `rate_limited` and `unavailable`; `param` with `bad_params`. */
  | { type: 'error'; code: ChatErrorCode; message: string; ref?: string; retryAfterMs?: number; param?: string }

export type ServerFrameType = ServerFrame['type']
export type ServerFrameOf<T extends ServerFrameType> = Extract<ServerFrame, { type: T }>

const clientTypes = {
  hello: true, rooms: true, join: true, leave: true, say: true, dm: true, 'dm.history': true, 'dm.list': true, token: true,
  typing: true, presence: true, history: true, search: true, stats: true, command: true, 'alarm.ack': true,
} as const satisfies Record<ClientFrameType, true>
const serverTypes = {
  welcome: true, rooms: true, joined: true, left: true, event: true, ack: true, direct: true,
  'dm.history': true, 'dm.list': true, token: true, typing: true, presence: true, history: true, search: true, stats: true,
  'room.deleted': true, 'room.updated': true, 'room.created': true, 'command.ack': true, 'alarm.acked': true, error: true,
} as const satisfies Record<ServerFrameType, true>

/** Every client frame type, exhaustive by construction. */
export const CLIENT_FRAME_TYPES = Object.keys(clientTypes) as ClientFrameType[]
/** Every server frame type, exhaustive by construction. */
export const SERVER_FRAME_TYPES = Object.keys(serverTypes) as ServerFrameType[]

/**
 * A received text → a server frame, or null when it is not a JSON object with a known server
 * `type`. The hub is trusted for the rest of the shape.
 */
export function parseServerFrame(text: string): ServerFrame | null {
  let v: unknown
  try { v = JSON.parse(text) } catch { return null }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null
  const type = (v as { type?: unknown }).type
  return typeof type === 'string' && Object.hasOwn(serverTypes, type) ? v as ServerFrame : null
}
