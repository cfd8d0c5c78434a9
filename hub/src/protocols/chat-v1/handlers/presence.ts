import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'

/** presence: this session's own state only [CHAT-9.1-2]. */
export const presenceHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['presence']> => ({
  type: 'presence',
  schema: s.presence,
  minRole: 'viewer',
  handle(frame, { hub, session, user }) {
    hub.rooms.presence.setSessionState(user.id, session.id, frame.state)
    session.reply(frame.id, { type: 'presence', state: frame.state })
  },
})
