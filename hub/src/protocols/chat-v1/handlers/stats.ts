import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { visibleRoom } from './room-access.js'

/** stats → per-room figures (spec §10.3). */
export const statsHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['stats']> => ({
  type: 'stats',
  schema: s.stats,
  minRole: 'viewer',
  handle(frame, ctx) {
    const room = visibleRoom(ctx, frame.room)
    // [CHAT-10.3-1]
    ctx.session.reply(frame.id, { type: 'stats', room: room.id, stats: ctx.hub.rooms.stats(room.id) })
  },
})
