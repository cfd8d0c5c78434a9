import type { SyncPg } from '../cluster/sync-pg.js'
import type { RoomStore } from './room-store.js'
import { asciiLower, dmKey, isCardKind, newestFirst, pruneWalk, type PruneSlice } from './room-store.js'
import { newId } from './ids.js'
import type { DmEntry, Room, RoomStats, TimelineEntry, UserRef } from './types.js'
import type { Role } from '@tether/protocol'

type RoomRow = { id: string; name: string; topic: string; min_role: string; created_at: number }
const toRoom = (r: RoomRow): Room => ({ id: r.id, name: r.name, topic: r.topic, minRole: r.min_role as Role, createdAt: r.created_at })
const entries = <T>(rows: Array<{ entry: unknown }>): T[] => rows.map(r => r.entry as T)
/** PostgreSQL text cannot hold U+0000, dmKey's separator. */
const convKey = (a: string, b: string) => dmKey(a, b).replace('\u0000', '\u0001')
const LOWER = "translate(text, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"

/**
 * RoomStore on the cluster's PostgreSQL. A room's next sequence number comes from
 * `UPDATE chat_rooms … RETURNING seq` in the same statement that inserts the event, so numbers
 * are gap-free and ordered per room across every hub [CHAT-5.1-1]: the row lock serialises
 * concurrent appends, and an event with seq n is committed before seq n+1 can be assigned.
 */
export function createPgRoomStore(pg: SyncPg): RoomStore {
  const one = <T>(text: string, values: unknown[]): T | undefined => pg.query<T>(text, values)[0]
  /**
   * A retention slice in two statements: hubs pruning the same timeline at once delete the same
   * rows, and an append meanwhile only makes the newest event newer.
   */
  function prune(table: 'chat_events' | 'chat_dms', key: string, newest: number | undefined, rows: Array<{ seq: number; ts: number; card: boolean }>, before: number, limit: number): PruneSlice {
    if (newest === undefined) return { deleted: 0, next: null }
    const { seqs, next } = pruneWalk(rows, before, newest, limit)
    const column = table === 'chat_events' ? 'room_id' : 'conv'
    const deleted = seqs.length === 0 ? 0 : pg.query<{ n: number }>(`WITH gone AS (DELETE FROM ${table} WHERE ${column} = $1 AND seq = ANY($2::bigint[]) RETURNING 1)
      SELECT count(*)::int AS n FROM gone`, [key, seqs])[0]!.n
    return { deleted, next }
  }
  return {
    createRoom: room => pg.query(`INSERT INTO chat_rooms (id, name, topic, min_role, created_at) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT DO NOTHING RETURNING id`, [room.id, room.name, room.topic, room.minRole, room.createdAt]).length === 1,
    getRoom(id) { const r = one<RoomRow>('SELECT * FROM chat_rooms WHERE id = $1', [id]); return r && toRoom(r) },
    listRooms: () => pg.query<RoomRow>('SELECT * FROM chat_rooms ORDER BY id COLLATE "C"').map(toRoom),
    updateRoom(id, patch) {
      const r = one<RoomRow>(`UPDATE chat_rooms SET name = COALESCE($2, name), topic = COALESCE($3, topic), min_role = COALESCE($4, min_role)
        WHERE id = $1 RETURNING *`, [id, patch.name ?? null, patch.topic ?? null, patch.minRole ?? null])
      return r && toRoom(r)
    },
    deleteRoom: id => pg.query('DELETE FROM chat_rooms WHERE id = $1 RETURNING id', [id]).length === 1,

    append(roomId, draft) {
      const entry = { ...draft.body, id: draft.id ?? newId('e'), room: roomId, seq: 0, ts: draft.ts, rev: draft.rev ?? 1 } as TimelineEntry
      const isMsg = entry.kind === 'message'
      const row = one<{ entry: TimelineEntry }>(`WITH s AS (UPDATE chat_rooms SET seq = seq + 1 WHERE id = $1 RETURNING seq)
        INSERT INTO chat_events (room_id, seq, entry_id, ts, kind, author_id, client_id, system, text, entry)
        SELECT $1, s.seq, $2, $3, $4, $5, $6, $7, $8, jsonb_set($9::jsonb, '{seq}', to_jsonb(s.seq)) FROM s RETURNING entry`, [
        roomId, entry.id, entry.ts, entry.kind,
        isMsg ? entry.author?.id ?? null : null, isMsg ? entry.clientId ?? null : null,
        isMsg && entry.system === true, isMsg ? entry.text : null, JSON.stringify(entry),
      ])
      if (!row) throw new Error(`no room ${roomId}`)
      return row.entry
    },
    latestSeq: roomId => one<{ seq: number }>('SELECT seq FROM chat_rooms WHERE id = $1', [roomId])?.seq ?? 0,
    findMessageByClientId: (roomId, authorId, clientId) => one<{ entry: TimelineEntry }>(
      `SELECT entry FROM chat_events WHERE room_id = $1 AND author_id = $2 AND client_id = $3 AND kind = 'message'`, [roomId, authorId, clientId])?.entry,
    findEntry: (roomId, entryId) => one<{ entry: TimelineEntry }>(
      'SELECT entry FROM chat_events WHERE room_id = $1 AND entry_id = $2 ORDER BY seq DESC LIMIT 1', [roomId, entryId])?.entry,
    deleteEntries: entryIds => entryIds.length === 0 ? 0 : pg.query<{ n: number }>(`WITH gone AS (DELETE FROM chat_events
      WHERE room_id IN (SELECT id FROM chat_rooms) AND entry_id = ANY($1::text[])
        AND seq < (SELECT max(seq) FROM chat_events AS newest WHERE newest.room_id = chat_events.room_id) RETURNING 1)
      SELECT count(*)::int AS n FROM gone`, [entryIds])[0]!.n,
    pruneEvents: (roomId, before, afterSeq, limit) => prune('chat_events', roomId,
      one<{ seq: number }>('SELECT max(seq) AS seq FROM chat_events WHERE room_id = $1', [roomId])?.seq ?? undefined,
      pg.query<{ seq: number; ts: number; kind: string }>('SELECT seq, ts, kind FROM chat_events WHERE room_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [roomId, afterSeq, limit])
        .map(r => ({ seq: r.seq, ts: r.ts, card: isCardKind(r.kind) })), before, limit),
    eventsAfter: (roomId, after, limit) => entries(pg.query<{ entry: unknown }>(
      'SELECT entry FROM chat_events WHERE room_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [roomId, after, limit])),
    eventsBefore: (roomId, before, limit) => entries(pg.query<{ entry: unknown }>(
      'SELECT entry FROM (SELECT seq, entry FROM chat_events WHERE room_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3) AS page ORDER BY seq',
      [roomId, before, limit])),
    searchMessages: (roomId, needle, limit) => entries(pg.query<{ entry: unknown }>(
      `SELECT entry FROM chat_events WHERE room_id = $1 AND kind = 'message' AND ${LOWER} LIKE $2 ESCAPE '\\' ORDER BY seq DESC LIMIT $3`,
      [roomId, `%${asciiLower(needle).replace(/[\\%_]/g, c => `\\${c}`)}%`, limit])),
    stats(roomId): RoomStats {
      const per = pg.query<{ author: UserRef; count: number }>(`SELECT (array_agg(entry->'author' ORDER BY seq DESC))[1] AS author, count(*)::int AS count
        FROM chat_events WHERE room_id = $1 AND kind = 'message' AND NOT system AND author_id IS NOT NULL GROUP BY author_id`, [roomId])
        .map(r => ({ user: r.author, count: r.count }))
      const act = one<{ first: number | null; last: number | null; members: number }>(`SELECT
        (SELECT min(ts) FROM chat_events WHERE room_id = $1) AS first, (SELECT max(ts) FROM chat_events WHERE room_id = $1) AS last,
        (SELECT count(*)::int FROM chat_members WHERE room_id = $1) AS members`, [roomId])
      return {
        messages: per.reduce((n, r) => n + r.count, 0),
        activeMembers: per.length,
        members: act?.members ?? 0,
        messagesPerMember: per.sort((a, b) => b.count - a.count || a.user.id.localeCompare(b.user.id)),
        firstActivity: act?.first ?? null,
        lastActivity: act?.last ?? null,
      }
    },

    addMember: (roomId, user) => pg.query(`INSERT INTO chat_members (room_id, user_id, username) VALUES ($1, $2, $3)
      ON CONFLICT DO NOTHING RETURNING user_id`, [roomId, user.id, user.username]).length === 1,
    removeMember: (roomId, userId) => pg.query('DELETE FROM chat_members WHERE room_id = $1 AND user_id = $2 RETURNING user_id', [roomId, userId]).length === 1,
    listMembers: roomId => pg.query<{ user_id: string; username: string }>(
      'SELECT user_id, username FROM chat_members WHERE room_id = $1 ORDER BY user_id COLLATE "C"', [roomId]).map(r => ({ id: r.user_id, username: r.username })),
    roomsOf: userId => pg.query<{ room_id: string }>('SELECT room_id FROM chat_members WHERE user_id = $1 ORDER BY room_id COLLATE "C"', [userId]).map(r => r.room_id),

    appendDm(draft) {
      const conv = convKey(draft.from.id, draft.to.id)
      const entry: DmEntry = { ...draft, id: newId('d'), seq: 0 }
      return one<{ entry: DmEntry }>(`WITH s AS (INSERT INTO chat_dm_convs (conv, seq) VALUES ($1, 1)
          ON CONFLICT (conv) DO UPDATE SET seq = chat_dm_convs.seq + 1 RETURNING seq)
        INSERT INTO chat_dms (conv, seq, from_id, client_id, entry)
        SELECT $1, s.seq, $2, $3, jsonb_set($4::jsonb, '{seq}', to_jsonb(s.seq)) FROM s RETURNING entry`,
      [conv, draft.from.id, draft.clientId, JSON.stringify(entry)])!.entry
    },
    findDmByClientId: (fromId, clientId) => one<{ entry: DmEntry }>('SELECT entry FROM chat_dms WHERE from_id = $1 AND client_id = $2', [fromId, clientId])?.entry,
    dmBefore: (a, b, before, limit) => entries(pg.query<{ entry: unknown }>(
      'SELECT entry FROM (SELECT seq, entry FROM chat_dms WHERE conv = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3) AS page ORDER BY seq',
      [convKey(a, b), before, limit])),
    // The newest entry of each conversation the user is in, newest conversation first [CHAT-7.3-1].
    dmConversations: (userId, limit) => entries<DmEntry>(pg.query<{ entry: unknown }>(
      `SELECT DISTINCT ON (conv) entry FROM chat_dms WHERE from_id = $1 OR entry->'to'->>'id' = $1 ORDER BY conv, seq DESC`,
      [userId])).sort(newestFirst).slice(0, limit),
    dmConversationKeys: () => pg.query<{ conv: string }>('SELECT conv FROM chat_dm_convs').map(r => r.conv),
    pruneDms: (conv, before, afterSeq, limit) => prune('chat_dms', conv,
      one<{ seq: number }>('SELECT max(seq) AS seq FROM chat_dms WHERE conv = $1', [conv])?.seq ?? undefined,
      pg.query<{ seq: number; ts: number }>("SELECT seq, (entry->>'ts')::bigint AS ts FROM chat_dms WHERE conv = $1 AND seq > $2 ORDER BY seq LIMIT $3", [conv, afterSeq, limit])
        .map(r => ({ seq: r.seq, ts: r.ts, card: false })), before, limit),
  }
}
