import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { visibleRoom } from './room-access.js'

/** history → a page of events before a seq, ascending (spec §10.1). */
export const historyHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['history']> => ({
  type: 'history',
  schema: s.history,
  minRole: 'viewer',
  handle(frame, ctx) {
    const room = visibleRoom(ctx, frame.room)
    // [CHAT-10.1-1]
    const page = ctx.hub.rooms.history(room.id, frame.before ?? Number.MAX_SAFE_INTEGER, frame.limit ?? 50)
    ctx.session.reply(frame.id, { type: 'history', room: room.id, ...page })
  },
})
