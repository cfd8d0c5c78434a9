import type { ZodType } from 'zod'
import { HubError } from '../../../errors.js'
import { hasRole } from '@tether/protocol'
import { decodeFrame } from '../codec.js'
import { syncedSince } from '../../../storage/durable-commits.js'
import type { ChatHandler, ChatHub } from '../context.js'
import { coreSchemas } from '../schemas.js'
import type { ChatSession } from '../session.js'
import { helloHandler } from './hello.js'
import { roomsHandler } from './rooms.js'
import { joinHandler } from './join.js'
import { leaveHandler } from './leave.js'
import { sayHandler } from './say.js'
import { dmHandler, dmHistoryHandler, dmListHandler } from './dm.js'
import { tokenHandler } from './token.js'
import { typingHandler } from './typing.js'
import { presenceHandler } from './presence.js'
import { historyHandler } from './history.js'
import { searchHandler } from './search.js'
import { statsHandler } from './stats.js'

/** When a session is told to send again after `unavailable` (the watchdog pings once a second). */
const UNAVAILABLE_RETRY_MS = 1000

/** Frame type → handler. Other modules extend chat.v1 with one `register` call (spec §15). */
export function createHandlerRegistry() {
  const handlers = new Map<string, ChatHandler>()
  return {
    register<S extends ZodType>(handler: ChatHandler<S>): void {
      if (handlers.has(handler.type)) throw new Error(`chat.v1 frame type "${handler.type}" is already registered`)
      handlers.set(handler.type, handler as unknown as ChatHandler)
    },
    get: (type: string) => handlers.get(type),
    schemaOf: (type: string) => handlers.get(type)?.schema,
    types: () => [...handlers.keys()],
  }
}

export type HandlerRegistry = ReturnType<typeof createHandlerRegistry>

/** The frame types of this document's core (spec §2–§10). */
export function registerCoreHandlers(registry: HandlerRegistry, limits: { maxTextChars: number; historyPageMax: number }): void {
  const s = coreSchemas(limits)
  for (const h of [helloHandler(s), roomsHandler(s), joinHandler(s), leaveHandler(s), sayHandler(s), dmHandler(s),
    dmHistoryHandler(s), dmListHandler(s), tokenHandler(s), typingHandler(s), presenceHandler(s), historyHandler(s), searchHandler(s), statsHandler(s)]) {
    registry.register(h as ChatHandler<ZodType>)
  }
}

/**
 * Decodes one frame and runs its handler. Every refusal is an `error` frame with the frame's id as
 * `ref` and no state change [CHAT-1.2-6]; a handler's HubError is reported, anything else is `internal`.
 */
export async function dispatchFrame(hub: ChatHub, registry: HandlerRegistry, session: ChatSession, data: Buffer): Promise<void> {
  if (session.closed) return
  const decoded = decodeFrame(data, hub.limits, registry.schemaOf)
  if (!decoded.ok) return session.error(decoded.code, decoded.message, decoded.ref)
  const { frame } = decoded
  const handler = registry.get(frame.type)!
  const user = session.user
  if (handler.minRole === null) {
    // [CHAT-2.1-6]
    if (user) return session.error('CHAT_ERR_ALREADY_AUTHENTICATED', undefined, frame.id)
  } else {
    // [CHAT-2.1-2]
    if (!user) return session.error('CHAT_ERR_NOT_AUTHENTICATED', undefined, frame.id)
    // [CHAT-3.1-1]
    if (!hasRole(user.role, handler.minRole)) return session.error('CHAT_ERR_FORBIDDEN', `"${frame.type}" needs the ${handler.minRole} role.`, frame.id)
  }
  session.hold()
  const changesBefore = hub.durable.changes()
  let synced: Promise<void> | null = null
  try {
    await handler.handle(frame, { hub, session, user: user! })
    // [CHAT-1.2-7] an `ack` (or any reply) to a frame that wrote is a promise that the write is on disk.
    synced = syncedSince(hub.durable, changesBefore)
    synced?.catch((err: Error) => hub.logger.error({ err, type: frame.type, session: session.id }, 'a write could not be synced to disk; the frame is not acknowledged'))
  } catch (err) {
    // [CHAT-11] a database that cannot be reached is a retry later, not a hub bug.
    if (err instanceof HubError && err.code === 'HUB_ERR_UNAVAILABLE') session.error('CHAT_ERR_UNAVAILABLE', err.message, frame.id, { retryAfterMs: UNAVAILABLE_RETRY_MS })
    else if (err instanceof HubError) session.failWith(err, frame.id)
    else {
      hub.logger.error({ err, type: frame.type, session: session.id }, 'chat handler failed')
      session.dropHeldReplies()
      session.error('CHAT_ERR_INTERNAL', undefined, frame.id)
    }
  } finally {
    session.releaseWhen(synced, frame.id)
  }
}
