import { HubError } from '../../../errors.js'
import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'

/** leave → left; ends the membership (spec §4.4). */
export const leaveHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['leave']> => ({
  type: 'leave',
  schema: s.leave,
  minRole: 'viewer',
  handle(frame, { hub, session, user }) {
    // [CHAT-4.4-1]
    if (!session.joined.has(frame.room)) throw new HubError('CHAT_ERR_NOT_JOINED', `Not joined to "${frame.room}".`)
    hub.unsubscribe(session, frame.room)
    hub.rooms.leave(frame.room, { id: user.id, username: user.username })
    session.reply(frame.id, { type: 'left', room: frame.room })
  },
})
