import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { joinedRoom } from './room-access.js'

/** say → ack, posted once per client id (spec §6). */
export const sayHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['say']> => ({
  type: 'say',
  schema: s.say,
  minRole: 'operator',
  handle(frame, ctx) {
    joinedRoom(ctx, frame.room)
    // [CHAT-3.1-3] the author is always the session's user; [CHAT-6.2-1] a retried id posts nothing
    const { entry, duplicate } = ctx.hub.rooms.say(frame.room, { id: ctx.user.id, username: ctx.user.username }, frame.id, frame.text)
    ctx.session.reply(frame.id, { type: 'ack', room: frame.room, entryId: entry.id, seq: entry.seq, ts: entry.ts, duplicate })
  },
})
