import { HubError } from '../../../errors.js'
import type { Room } from '../../../rooms/types.js'
import type { HandlerContext } from '../context.js'

/** The room if this user may see it; otherwise no_such_room, never revealing it exists [CHAT-3.1-2]. */
export function visibleRoom(ctx: HandlerContext, roomId: string): Room {
  const room = ctx.hub.rooms.visibleRoom(roomId, ctx.user.role)
  if (!room) throw new HubError('CHAT_ERR_NO_SUCH_ROOM', `No room "${roomId}".`)
  return room
}

/** The room must be joined by this session [CHAT-6.1-2]. */
export function joinedRoom(ctx: HandlerContext, roomId: string): void {
  visibleRoom(ctx, roomId)
  if (!ctx.session.joined.has(roomId)) throw new HubError('CHAT_ERR_NOT_JOINED', `Join "${roomId}" first.`)
}

export const withSeq = (room: Room, seq: number) => ({ ...room, seq })
