import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { visibleRoom } from './room-access.js'

/** search → matching messages, newest first (spec §10.2). */
export const searchHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['search']> => ({
  type: 'search',
  schema: s.search,
  minRole: 'viewer',
  handle(frame, ctx) {
    const room = visibleRoom(ctx, frame.room)
    // [CHAT-10.2-1]
    const entries = ctx.hub.rooms.search(room.id, frame.q, frame.limit ?? 20)
    ctx.session.reply(frame.id, { type: 'search', room: room.id, q: frame.q, entries })
  },
})
