import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { CHAT_PROTOCOL } from '@tether/protocol'

/** hello → welcome (spec §2.1). Runs before authentication; the dispatcher handles the rest. */
export const helloHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['hello']> => ({
  type: 'hello',
  schema: s.hello,
  minRole: null,
  async handle(frame, { hub, session }) {
    // [CHAT-2.1-1] the token travels in hello, never in the URL
    const identity = await hub.tokens.verify(frame.token)
    // [CHAT-2.1-4] invalid or expired token → error + 1008
    if (!identity) return session.end('CHAT_ERR_BAD_TOKEN', undefined, frame.id)
    const account = hub.operators.get(identity.id)
    // [CHAT-2.1-5] a deleted account is refused even with a valid token
    if (!account) return session.end('CHAT_ERR_ACCOUNT_GONE', undefined, frame.id)
    if (session.closed) return
    const user = { id: account.id, username: account.username, role: account.role, expiresAt: identity.expiresAt }
    hub.authenticate(session, user)
    const { helloTimeoutMs: _h, rateStrikes: _r, sendBufferBytes: _b, flushWaitMaxMs: _f, ...limits } = hub.limits
    session.reply(frame.id, {
      type: 'welcome', protocol: CHAT_PROTOCOL, sessionId: session.id, serverTime: hub.now(),
      user: { id: user.id, username: user.username, role: user.role }, limits,
    })
  },
})

