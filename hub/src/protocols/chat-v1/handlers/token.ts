import { HubError } from '../../../errors.js'
import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'

/**
 * token → token {expiresAt}: a fresher token of the same account moves the session's end
 * (spec §2.2). A token that is invalid, expired, of another account or of another role changes
 * nothing and is refused without closing the session; the old expiry still applies.
 */
export const tokenHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['token']> => ({
  type: 'token',
  schema: s.token,
  minRole: 'viewer',
  async handle(frame, { hub, session, user }) {
    const identity = await hub.tokens.verify(frame.token)
    // [CHAT-2.2-4] same account, same role, valid now, and later than the current expiry
    if (!identity || identity.id !== user.id) throw new HubError('CHAT_ERR_INVALID_FRAME', 'Field "token": not a valid token of this account.')
    if (identity.role !== user.role) throw new HubError('CHAT_ERR_INVALID_FRAME', 'Field "token": issued for another role; log in again.')
    if (session.closed) return
    const expiresAt = Math.max(identity.expiresAt, user.expiresAt)
    hub.extend(session, expiresAt)
    session.reply(frame.id, { type: 'token', expiresAt })
  },
})
