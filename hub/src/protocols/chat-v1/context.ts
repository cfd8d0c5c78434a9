import type { ZodType, z } from 'zod'
import type { Role } from '@tether/protocol'
import type { TokenService } from '../../identity/token-service.js'
import type { CommitSync } from '../../storage/durable-commits.js'
import type { Logger } from '../../logger.js'
import type { OperatorLookup } from '../../rooms/operator-lookup.js'
import type { RoomService } from '../../rooms/room-service.js'
import type { Timers } from '../../timers.js'
import type { ChatSession, SessionUser } from './session.js'

/** Limits announced in `welcome` and enforced by the codec and handlers (spec §12). */
export interface ChatLimits {
  maxFrameBytes: number
  maxDepth: number
  maxTextChars: number
  ratePerSecond: number
  rateBurst: number
  rateStrikes: number
  sendBufferBytes: number
  snapshotEntries: number
  historyPageMax: number
  resumeWindow: number
  typingTtlMs: number
  typingThrottleMs: number
  helloTimeoutMs: number
  /** Most time a flush of the sessions' corked writes waits under load (turn-corker.ts); 0 flushes every turn. */
  flushWaitMaxMs: number
}

/** What every handler can reach: the domain, identity, and the live session table. */
export interface ChatHub {
  rooms: RoomService
  operators: OperatorLookup
  tokens: Pick<TokenService, 'verify'>
  limits: ChatLimits
  now: () => number
  timers: Timers
  logger: Logger
  /** The embedded database's commits: a frame that wrote is answered once they are on disk. */
  durable: CommitSync
  /** Marks the session authenticated: session table, presence, token expiry. */
  authenticate(session: ChatSession, user: SessionUser): void
  /** Moves the session's end to a fresher token's expiry [CHAT-2.2-4]. */
  extend(session: ChatSession, expiresAt: number): void
  subscribe(session: ChatSession, roomId: string): void
  unsubscribe(session: ChatSession, roomId: string): void
}

export interface HandlerContext { hub: ChatHub; session: ChatSession; user: SessionUser }

/**
 * One chat.v1 frame type. `minRole: null` marks the one handler that runs before `hello`.
 * Adding a frame type is one `registry.register({...})` call (spec §15).
 */
export interface ChatHandler<S extends ZodType = ZodType> {
  type: string
  schema: S
  minRole: Role | null
  handle(frame: z.infer<S>, ctx: HandlerContext): void | Promise<void>
}
