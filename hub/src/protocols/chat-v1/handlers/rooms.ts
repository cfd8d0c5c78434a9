import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { withSeq } from './room-access.js'

/** rooms → the rooms this user may see (spec §4.1). */
export const roomsHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['rooms']> => ({
  type: 'rooms',
  schema: s.rooms,
  minRole: 'viewer',
  handle(frame, { hub, session, user }) {
    const rooms = hub.rooms.listRooms(user.role).map(r => withSeq(r, hub.rooms.seq(r.id)))
    session.reply(frame.id, { type: 'rooms', rooms })
  },
})
