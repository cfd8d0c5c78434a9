import { z } from 'zod'
import { ROOM_ID_PATTERN, type ClientFrameOf } from '@tether/protocol'

export interface SchemaLimits { maxTextChars: number; historyPageMax: number }

/** Optional client reference echoed as `ref` [CHAT-1.2-5]. */
export const frameId = z.string().min(1).max(64)
export const roomId = z.string().regex(ROOM_ID_PATTERN, 'must be a room id (a-z, 0-9, _ and -, up to 64)')
export const seqNumber = z.int().min(0).max(Number.MAX_SAFE_INTEGER)

/** Message text: 1..max UTF-16 code units, not only whitespace [CHAT-6.1-3]. */
export function textSchema(max: number) {
  return z.string().min(1).max(max).refine(s => s.trim().length > 0, 'must not be only whitespace')
}

/** The schema of each client frame type defined by the core chat.v1 handlers (spec §2–§10). */
export function coreSchemas(l: SchemaLimits) {
  const limit = z.int().min(1).max(l.historyPageMax)
  return {
    hello: z.strictObject({
      type: z.literal('hello'), id: frameId.optional(), token: z.string().min(1).max(4096),
      client: z.strictObject({ name: z.string().max(64).optional(), version: z.string().max(32).optional() }).optional(),
    }),
    rooms: z.strictObject({ type: z.literal('rooms'), id: frameId.optional() }),
    join: z.strictObject({ type: z.literal('join'), id: frameId.optional(), room: roomId, since: seqNumber.optional() }),
    leave: z.strictObject({ type: z.literal('leave'), id: frameId.optional(), room: roomId }),
    say: z.strictObject({ type: z.literal('say'), id: frameId, room: roomId, text: textSchema(l.maxTextChars) }),
    dm: z.strictObject({ type: z.literal('dm'), id: frameId, to: z.string().min(1).max(64), text: textSchema(l.maxTextChars) }),
    'dm.history': z.strictObject({ type: z.literal('dm.history'), id: frameId.optional(), with: z.string().min(1).max(64), before: seqNumber.optional(), limit: limit.optional() }),
    'dm.list': z.strictObject({ type: z.literal('dm.list'), id: frameId.optional(), limit: limit.optional() }),
    token: z.strictObject({ type: z.literal('token'), id: frameId.optional(), token: z.string().min(1).max(4096) }),
    typing: z.strictObject({ type: z.literal('typing'), id: frameId.optional(), room: roomId, state: z.enum(['start', 'stop']) }),
    presence: z.strictObject({ type: z.literal('presence'), id: frameId.optional(), state: z.enum(['online', 'away']) }),
    history: z.strictObject({ type: z.literal('history'), id: frameId.optional(), room: roomId, before: seqNumber.optional(), limit: limit.optional() }),
    search: z.strictObject({ type: z.literal('search'), id: frameId.optional(), room: roomId, q: z.string().min(1).max(200), limit: z.int().min(1).max(100).optional() }),
    stats: z.strictObject({ type: z.literal('stats'), id: frameId.optional(), room: roomId }),
  }
}

export type CoreSchemas = ReturnType<typeof coreSchemas>
export type FrameOf<K extends keyof CoreSchemas> = z.infer<CoreSchemas[K]>

/**
 * Each schema accepts exactly the frames @tether/protocol declares: a schema that drifts from the
 * shared `ClientFrame` type fails to compile here.
 */
type SameFrame<K extends keyof CoreSchemas> = [FrameOf<K>] extends [ClientFrameOf<K>] ? ([ClientFrameOf<K>] extends [FrameOf<K>] ? true : K) : K
export const coreFramesMatchProtocol: { [K in keyof CoreSchemas]: SameFrame<K> } = {
  hello: true, rooms: true, join: true, leave: true, say: true, dm: true, 'dm.history': true, 'dm.list': true, token: true,
  typing: true, presence: true, history: true, search: true, stats: true,
}
