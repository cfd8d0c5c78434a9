import type { CommitSync } from '../../storage/durable-commits.js'
import type { WebSocket, RawData } from 'ws'
import type { UpgradeContext } from '../../upgrade/upgrade-handler.js'
import type { HubMetrics } from '../../metrics.js'
import type { Logger } from '../../logger.js'
import type { HubEvents } from '../../events.js'
import type { TokenService } from '../../identity/token-service.js'
import type { RoomService, RoomEvent } from '../../rooms/room-service.js'
import type { OperatorLookup } from '../../rooms/operator-lookup.js'
import { createTokenBucket } from './rate-limiter.js'
import { newId } from '../../rooms/ids.js'
import { hasRole } from '@tether/protocol'
import type { Timers } from '../../timers.js'
import { encodeFrame } from './codec.js'
import { TurnCorker } from './turn-corker.js'
import { wireTextFrameOf } from './wire-frame.js'
import type { ChatHub, ChatLimits } from './context.js'
import { createHandlerRegistry, dispatchFrame, registerCoreHandlers, type HandlerRegistry } from './handlers/index.js'
import { ChatSession, type SessionUser } from './session.js'


export interface ChatEndpointDeps {
  rooms: RoomService
  tokens: Pick<TokenService, 'verify'>
  /** Account directory (identity): deleted accounts are refused, DM recipients looked up. */
  operators: OperatorLookup
  events: HubEvents
  limits: ChatLimits
  metrics: HubMetrics
  logger: Logger
  now: () => number
  timers: Timers
  /** Frame handlers; the core ones are added here, other modules add theirs (spec §15). */
  registry?: HandlerRegistry
  /** The embedded database's commits (storage/durable-commits.ts); none: replies go at once. */
  durable?: CommitSync
}

const NOT_DURABLE: CommitSync = { changes: () => 0, whenDurable: () => Promise.resolve() }

/** The chat.v1 endpoint: session table, fan-out of room events, and the frame dispatcher. */
export function createChatEndpoint(deps: ChatEndpointDeps) {
  const { rooms, limits, timers, logger } = deps
  const registry = deps.registry ?? createHandlerRegistry()
  registerCoreHandlers(registry, limits)
  const byUser = new Map<string, Set<ChatSession>>()
  const byRoom = new Map<string, Set<ChatSession>>()
  const expiry = new WeakMap<ChatSession, unknown>()

  function forget(session: ChatSession): void {
    for (const roomId of session.joined) byRoom.get(roomId)?.delete(session)
    session.joined.clear()
    const user = session.user
    if (!user) return
    const mine = byUser.get(user.id)
    mine?.delete(session)
    if (mine?.size === 0) byUser.delete(user.id)
    timers.clearTimeout(expiry.get(session))
    rooms.presence.sessionClosed(user.id, session.id)
  }

  const hub: ChatHub = {
    rooms, limits, timers, logger, now: deps.now, tokens: deps.tokens,
    operators: deps.operators, durable: deps.durable ?? NOT_DURABLE,
    authenticate(session: ChatSession, user: SessionUser) {
      session.user = user
      const set = byUser.get(user.id) ?? new Set()
      set.add(session)
      byUser.set(user.id, set)
      rooms.presence.sessionOpened({ id: user.id, username: user.username }, session.id)
      // [CHAT-2.2-2] the session ends with its token
      expiry.set(session, timers.setTimeout(() => session.end('CHAT_ERR_TOKEN_EXPIRED'), Math.max(0, user.expiresAt - deps.now())))
    },
    extend(session: ChatSession, expiresAt: number) {
      if (!session.user) return
      session.user = { ...session.user, expiresAt }
      timers.clearTimeout(expiry.get(session))
      // [CHAT-2.2-4] the session now ends with the fresher token [CHAT-2.2-2]
      expiry.set(session, timers.setTimeout(() => session.end('CHAT_ERR_TOKEN_EXPIRED'), Math.max(0, expiresAt - deps.now())))
    },
    subscribe(session, roomId) {
      session.joined.add(roomId)
      const set = byRoom.get(roomId) ?? new Set()
      set.add(session)
      byRoom.set(roomId, set)
    },
    unsubscribe(session, roomId) {
      session.joined.delete(roomId)
      byRoom.get(roomId)?.delete(session)
    },
  }

  const corker = new TurnCorker(limits.flushWaitMaxMs)

  // Fan-out: each event is encoded and framed once, and the same bytes written to every subscribed
  // session [CHAT-5.1-2]; each socket is corked for the turn, or a few ms under load (turn-corker.ts).
  function onRoomEvent(e: RoomEvent): void {
    switch (e.type) {
      case 'entry': {
        const text = wireTextFrameOf(encodeFrame({ type: 'event', room: e.room, entry: e.entry }))
        for (const s of byRoom.get(e.room) ?? []) s.event(text)
        return
      }
      case 'typing': {
        const text = wireTextFrameOf(encodeFrame({ type: 'typing', room: e.room, user: e.user, state: e.state }))
        for (const s of byRoom.get(e.room) ?? []) if (s.user?.id !== e.user.id) s.event(text)
        return
      }
      case 'room.created': {
        // [CHAT-4.4-3] every authenticated session whose role sees the room learns of it
        const text = wireTextFrameOf(encodeFrame({ type: 'room.created', room: { ...e.room, seq: rooms.seq(e.room.id) } }))
        for (const sessions of byUser.values()) {
          for (const s of sessions) if (s.user && hasRole(s.user.role, e.room.minRole)) s.event(text)
        }
        return
      }
      case 'room.updated': {
        const text = wireTextFrameOf(encodeFrame({ type: 'room.updated', room: { ...e.room, seq: rooms.seq(e.room.id) } }))
        for (const s of byRoom.get(e.room.id) ?? []) s.event(text)
        return
      }
      case 'room.deleted': {
        // [CHAT-4.4-2]
        const text = wireTextFrameOf(encodeFrame({ type: 'room.deleted', room: e.room }))
        for (const s of byRoom.get(e.room) ?? []) { s.joined.delete(e.room); s.event(text) }
        byRoom.delete(e.room)
        return
      }
      case 'direct': {
        // [CHAT-7.1-1] every session of the recipient, and the sender's other sessions
        const text = wireTextFrameOf(encodeFrame({ type: 'direct', entry: e.entry }))
        for (const uid of new Set([e.entry.to.id, e.entry.from.id])) {
          for (const s of byUser.get(uid) ?? []) if (s.id !== e.origin) s.event(text)
        }
      }
    }
  }
  const unsubscribeRooms = rooms.subscribe(onRoomEvent)

  // [CHAT-2.2-1] an account that is deleted or changes role loses its chat sessions
  const revoke = ({ userId }: { userId: string }) => {
    for (const s of [...(byUser.get(userId) ?? [])]) s.end('CHAT_ERR_SESSION_REVOKED')
  }
  deps.events.on('operator.deleted', revoke)
  deps.events.on('operator.roleChanged', revoke)

  /**
   * A socket the upgrade layer accepted for `chat.v1` [CHAT-1.1-1]. ws itself closes 1007 on a text
   * frame that is not UTF-8 (skipUTF8Validation stays false) [CHAT-1.2-2] and 1009 over maxPayload.
   */
  function handle(ws: WebSocket, _ctx: UpgradeContext): void {
    deps.metrics.connections.inc({ subprotocol: 'chat.v1' })
    const session = new ChatSession(newId('c'), ws, limits.sendBufferBytes, forget, corker)
    const bucket = createTokenBucket({ ratePerSecond: limits.ratePerSecond, burst: limits.rateBurst, now: deps.now })
    // [CHAT-2.1-3]
    const helloTimer = timers.setTimeout(() => { if (!session.user) session.end('CHAT_ERR_HELLO_TIMEOUT') }, limits.helloTimeoutMs)
    ws.on('error', (err: Error) => logger.debug({ err: err.message, session: session.id }, 'chat socket error'))
    ws.once('close', () => {
      session.closed = true
      timers.clearTimeout(helloTimer)
      forget(session)
      deps.metrics.connections.dec({ subprotocol: 'chat.v1' })
    })
    ws.on('message', function onChatMessage(data: RawData, isBinary: boolean) {
      // [CHAT-1.2-1] text frames only
      if (isBinary) { session.closed = true; ws.close(1003, 'chat.v1 uses text frames'); return }
      const taken = bucket.take()
      if (!taken.ok) {
        // [CHAT-2.3-1] dropped with a hint; [CHAT-2.3-2] sustained abuse closes the session
        if (++session.strikes >= limits.rateStrikes) return session.end('CHAT_ERR_RATE_LIMITED', 'Rate limit exceeded repeatedly.')
        return session.error('CHAT_ERR_RATE_LIMITED', undefined, undefined, { retryAfterMs: taken.retryAfterMs })
      }
      session.strikes = 0
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer)
      session.queue = session.queue.then(() => dispatchFrame(hub, registry, session, buf)).catch(err => {
        logger.error({ err, session: session.id }, 'chat dispatch failed')
      })
    })
  }

  return {
    handle,
    registry,
    hub,
    sessionCount: () => [...byUser.values()].reduce((n, s) => n + s.size, 0),
    stop(): void {
      unsubscribeRooms()
      deps.events.off('operator.deleted', revoke)
      deps.events.off('operator.roleChanged', revoke)
    },
  }
}

export type ChatEndpoint = ReturnType<typeof createChatEndpoint>
