import { HubError } from '../../../errors.js'
import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler, HandlerContext } from '../context.js'

/** The recipient by username, else by id; deleted or unknown → no_such_user [CHAT-7.1-1]. */
export function findOperator(ctx: HandlerContext, who: string) {
  const account = ctx.hub.operators.getByUsername(who) ?? ctx.hub.operators.get(who)
  if (!account) throw new HubError('CHAT_ERR_NO_SUCH_USER', `No operator "${who}".`)
  return { id: account.id, username: account.username }
}

/** dm → ack; delivered to the recipient's sessions and the sender's other ones (spec §7). */
export const dmHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['dm']> => ({
  type: 'dm',
  schema: s.dm,
  minRole: 'operator',
  handle(frame, ctx) {
    const to = findOperator(ctx, frame.to)
    if (to.id === ctx.user.id) throw new HubError('CHAT_ERR_INVALID_FRAME', 'Field "to": cannot send a direct message to yourself.')
    const from = { id: ctx.user.id, username: ctx.user.username }
    // [CHAT-7.1-2] idempotent per sender and id
    const { entry, duplicate } = ctx.hub.rooms.sendDm(from, to, frame.id, frame.text, ctx.session.id)
    ctx.session.reply(frame.id, { type: 'ack', to, entryId: entry.id, seq: entry.seq, ts: entry.ts, duplicate })
  },
})

/** dm.history → a page of one conversation (spec §7.2). */
export const dmHistoryHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['dm.history']> => ({
  type: 'dm.history',
  schema: s['dm.history'],
  minRole: 'viewer',
  handle(frame, ctx) {
    const other = findOperator(ctx, frame.with)
    // [CHAT-7.2-1]
    const page = ctx.hub.rooms.dmHistory(ctx.user.id, other.id, frame.before ?? Number.MAX_SAFE_INTEGER, frame.limit ?? 50)
    ctx.session.reply(frame.id, { type: 'dm.history', with: other, ...page })
  },
})

/** dm.list → the caller's conversations, newest first (spec §7.3). */
export const dmListHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['dm.list']> => ({
  type: 'dm.list',
  schema: s['dm.list'],
  minRole: 'viewer',
  handle(frame, ctx) {
    // [CHAT-7.3-1]
    const conversations = ctx.hub.rooms.dmConversations(ctx.user.id, frame.limit ?? ctx.hub.limits.historyPageMax)
    ctx.session.reply(frame.id, { type: 'dm.list', conversations })
  },
})
