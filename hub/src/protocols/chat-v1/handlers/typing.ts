import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { joinedRoom } from './room-access.js'

/** typing start/stop, relayed to others, throttled and expiring (spec §8). Not acknowledged. */
export const typingHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['typing']> => ({
  type: 'typing',
  schema: s.typing,
  minRole: 'operator',
  handle(frame, ctx) {
    joinedRoom(ctx, frame.room)
    const user = { id: ctx.user.id, username: ctx.user.username }
    // [CHAT-8.1-1] relayed by the endpoint to other users' sessions
    if (frame.state === 'start') ctx.hub.rooms.typing.start(frame.room, user)
    else ctx.hub.rooms.typing.stop(frame.room, user.id)
  },
})
