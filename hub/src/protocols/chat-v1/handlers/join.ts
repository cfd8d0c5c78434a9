import type { CoreSchemas } from '../schemas.js'
import type { ChatHandler } from '../context.js'
import { visibleRoom, withSeq } from './room-access.js'

/** join → joined with a snapshot, or a resume of exactly the missed events (spec §4.2, §4.3). */
export const joinHandler = (s: CoreSchemas): ChatHandler<CoreSchemas['join']> => ({
  type: 'join',
  schema: s.join,
  minRole: 'viewer',
  handle(frame, ctx) {
    const { hub, session, user } = ctx
    const room = visibleRoom(ctx, frame.room)
    // All synchronous: the membership entry, the snapshot and the subscription see the same seq,
    // so no event falls between them or arrives twice [CHAT-4.3-1].
    hub.rooms.join(room.id, { id: user.id, username: user.username })
    const members = hub.rooms.members(room.id)
    const since = frame.since
    const replay = since === undefined ? null : hub.rooms.eventsSince(room.id, since, hub.limits.resumeWindow)
    hub.subscribe(session, room.id)
    const seq = hub.rooms.seq(room.id)
    if (replay) {
      // [CHAT-4.3-1] exactly the events after `since`
      session.reply(frame.id, { type: 'joined', room: withSeq(room, seq), mode: 'resume', seq, members, entries: replay })
      return
    }
    // [CHAT-4.2-1] snapshot; [CHAT-4.3-2] gap:true when a resume was asked for but is impossible
    const snap = hub.rooms.snapshot(room.id, hub.limits.snapshotEntries)
    session.reply(frame.id, {
      type: 'joined', room: withSeq(room, seq), mode: 'snapshot', seq: snap.seq, members, entries: snap.entries,
      ...(since === undefined ? {} : { gap: true }),
    })
  },
})
