import type { SqliteDatabase } from '../storage/sqlite.js'
import { migrate } from '../storage/sqlite.js'
import type { RoomStore } from './room-store.js'
import { dmKey, isCardKind, newestFirst, pruneWalk, type PruneSlice } from './room-store.js'
import { newId } from './ids.js'
import type { DmEntry, Room, RoomStats, TimelineEntry, UserRef } from './types.js'
import type { Role } from '@tether/protocol'

const SCHEMA = [
  `CREATE TABLE chat_rooms (id TEXT PRIMARY KEY, name TEXT NOT NULL, topic TEXT NOT NULL, min_role TEXT NOT NULL,
     created_at INTEGER NOT NULL, seq INTEGER NOT NULL DEFAULT 0)`,
  `CREATE TABLE chat_events (room_id TEXT NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
     entry_id TEXT NOT NULL, ts INTEGER NOT NULL, kind TEXT NOT NULL, author_id TEXT, client_id TEXT, system INTEGER NOT NULL DEFAULT 0,
     text TEXT, entry TEXT NOT NULL, PRIMARY KEY (room_id, seq)) WITHOUT ROWID`,
  'CREATE INDEX chat_events_entry ON chat_events (room_id, entry_id, seq)',
  `CREATE UNIQUE INDEX chat_events_client ON chat_events (room_id, author_id, client_id) WHERE kind = 'message' AND client_id IS NOT NULL`,
  `CREATE TABLE chat_members (room_id TEXT NOT NULL REFERENCES chat_rooms(id) ON DELETE CASCADE, user_id TEXT NOT NULL,
     username TEXT NOT NULL, PRIMARY KEY (room_id, user_id)) WITHOUT ROWID`,
  'CREATE INDEX chat_members_user ON chat_members (user_id)',
  `CREATE TABLE chat_dms (conv TEXT NOT NULL, seq INTEGER NOT NULL, from_id TEXT NOT NULL, client_id TEXT NOT NULL,
     entry TEXT NOT NULL, PRIMARY KEY (conv, seq)) WITHOUT ROWID`,
  'CREATE UNIQUE INDEX chat_dms_client ON chat_dms (from_id, client_id)',
]

type RoomRow = { id: string; name: string; topic: string; min_role: string; created_at: number }
const toRoom = (r: RoomRow): Room => ({ id: r.id, name: r.name, topic: r.topic, minRole: r.min_role as Role, createdAt: r.created_at })
const parse = <T>(row: { entry: string } | undefined): T | undefined => (row ? JSON.parse(row.entry) as T : undefined)
const parseAll = <T>(rows: Array<{ entry: string }>): T[] => rows.map(r => JSON.parse(r.entry) as T)

/** RoomStore on the hub's SQLite database; history survives a restart. */
export function createSqliteRoomStore(db: SqliteDatabase): RoomStore {
  migrate(db, 'chat-v1-rooms-1', SCHEMA)
  const q = {
    insertRoom: db.prepare('INSERT OR IGNORE INTO chat_rooms (id, name, topic, min_role, created_at) VALUES (?, ?, ?, ?, ?)'),
    getRoom: db.prepare<[string], RoomRow>('SELECT * FROM chat_rooms WHERE id = ?'),
    listRooms: db.prepare<[], RoomRow>('SELECT * FROM chat_rooms ORDER BY id'),
    updateRoom: db.prepare('UPDATE chat_rooms SET name = ?, topic = ?, min_role = ? WHERE id = ?'),
    deleteRoom: db.prepare('DELETE FROM chat_rooms WHERE id = ?'),
    // A room's newest seq is the last key of its range in chat_events: reading it costs no page
    // write, where bumping a counter in chat_rooms added one WAL frame to every event's commit
    // (4.3 → 3.3 per append). The counter column stays, unused, for files written before.
    lastSeq: db.prepare<[string], { seq: number }>('SELECT seq FROM chat_events WHERE room_id = ? ORDER BY seq DESC LIMIT 1'),
    insertEvent: db.prepare(`INSERT INTO chat_events (room_id, seq, entry_id, ts, kind, author_id, client_id, system, text, entry)
      VALUES (@room, @seq, @id, @ts, @kind, @author, @clientId, @system, @text, @entry)`),
    byClient: db.prepare<[string, string, string], { entry: string }>(`SELECT entry FROM chat_events WHERE room_id = ? AND author_id = ? AND client_id = ? AND kind = 'message'`),
    // INDEXED BY: without table statistics the planner walks the room's primary key backwards for the
    // ORDER BY, reading every entry of the room when the card is new (a room of 40 000 entries: 14 ms
    // per lookup instead of 7 µs).
    byEntry: db.prepare<[string, string], { entry: string }>('SELECT entry FROM chat_events INDEXED BY chat_events_entry WHERE room_id = ? AND entry_id = ? ORDER BY seq DESC LIMIT 1'),
    roomIds: db.prepare<[], string>('SELECT id FROM chat_rooms').pluck(),
    // One room at a time through the entry index (INDEXED BY: the planner would walk the room's primary
    // key instead, reading every event of the room); `seq < ?` keeps the room's newest event.
    deleteEntries: db.prepare<[string, string, number]>(`DELETE FROM chat_events INDEXED BY chat_events_entry
      WHERE room_id = ? AND entry_id IN (SELECT value FROM json_each(?)) AND seq < ?`),
    // Retention walks a timeline by its primary key from a cursor, reading only what it may delete.
    walkEvents: db.prepare<[string, number, number], { seq: number; ts: number; kind: string }>('SELECT seq, ts, kind FROM chat_events WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    deleteSeqs: db.prepare<[string, string]>('DELETE FROM chat_events WHERE room_id = ? AND seq IN (SELECT value FROM json_each(?))'),
    dmKeys: db.prepare<[], string>('SELECT DISTINCT conv FROM chat_dms').pluck(),
    walkDms: db.prepare<[string, number, number], { seq: number; ts: number }>("SELECT seq, json_extract(entry, '$.ts') AS ts FROM chat_dms WHERE conv = ? AND seq > ? ORDER BY seq LIMIT ?"),
    deleteDmSeqs: db.prepare<[string, string]>('DELETE FROM chat_dms WHERE conv = ? AND seq IN (SELECT value FROM json_each(?))'),
    after: db.prepare<[string, number, number], { entry: string }>('SELECT entry FROM chat_events WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    before: db.prepare<[string, number, number], { entry: string }>('SELECT entry FROM (SELECT seq, entry FROM chat_events WHERE room_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?) ORDER BY seq'),
    search: db.prepare<[string, string, number], { entry: string }>(`SELECT entry FROM chat_events WHERE room_id = ? AND kind = 'message' AND text LIKE ? ESCAPE '\\' ORDER BY seq DESC LIMIT ?`),
    perMember: db.prepare<[string], { entry: string; count: number }>(`SELECT entry, count(*) AS count FROM chat_events
      WHERE room_id = ? AND kind = 'message' AND system = 0 AND author_id IS NOT NULL GROUP BY author_id ORDER BY count DESC, author_id`),
    activity: db.prepare<[string], { first: number | null; last: number | null }>('SELECT min(ts) AS first, max(ts) AS last FROM chat_events WHERE room_id = ?'),
    memberCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM chat_members WHERE room_id = ?'),
    addMember: db.prepare('INSERT OR IGNORE INTO chat_members (room_id, user_id, username) VALUES (?, ?, ?)'),
    removeMember: db.prepare('DELETE FROM chat_members WHERE room_id = ? AND user_id = ?'),
    listMembers: db.prepare<[string], { user_id: string; username: string }>('SELECT user_id, username FROM chat_members WHERE room_id = ? ORDER BY user_id'),
    roomsOf: db.prepare<[string], { room_id: string }>('SELECT room_id FROM chat_members WHERE user_id = ? ORDER BY room_id'),
    dmSeq: db.prepare<[string], { seq: number | null }>('SELECT max(seq) AS seq FROM chat_dms WHERE conv = ?'),
    insertDm: db.prepare('INSERT INTO chat_dms (conv, seq, from_id, client_id, entry) VALUES (?, ?, ?, ?, ?)'),
    dmByClient: db.prepare<[string, string], { entry: string }>('SELECT entry FROM chat_dms WHERE from_id = ? AND client_id = ?'),
    // The row holding max(seq) per conversation (SQLite returns the bare column of that row).
    dmLast: db.prepare<[string, string], { entry: string }>(
      "SELECT entry, max(seq) AS seq FROM chat_dms WHERE from_id = ? OR json_extract(entry, '$.to.id') = ? GROUP BY conv"),
    dmBefore: db.prepare<[string, number, number], { entry: string }>('SELECT entry FROM (SELECT seq, entry FROM chat_dms WHERE conv = ? AND seq < ? ORDER BY seq DESC LIMIT ?) ORDER BY seq'),
  }

  const append = db.transaction((roomId: string, draft: Parameters<RoomStore['append']>[1]): TimelineEntry => {
    if (!readRoom(roomId)) throw new Error(`no room ${roomId}`)
    // Inside the transaction, so a rolled-back append leaves no gap [CHAT-5.1-1].
    const seq = (q.lastSeq.get(roomId)?.seq ?? 0) + 1
    const entry = { ...draft.body, id: draft.id ?? newId('e'), room: roomId, seq, ts: draft.ts, rev: draft.rev ?? 1 } as TimelineEntry
    const isMsg = entry.kind === 'message'
    q.insertEvent.run({
      room: roomId, seq: entry.seq, id: entry.id, ts: entry.ts, kind: entry.kind,
      author: isMsg ? entry.author?.id ?? null : null, clientId: isMsg ? entry.clientId ?? null : null,
      system: isMsg && entry.system ? 1 : 0, text: isMsg ? entry.text : null, entry: JSON.stringify(entry),
    })
    return entry
  })
  const appendDm = db.transaction((draft: Omit<DmEntry, 'id' | 'seq'>): DmEntry => {
    const conv = dmKey(draft.from.id, draft.to.id)
    const entry: DmEntry = { ...draft, id: newId('d'), seq: (q.dmSeq.get(conv)?.seq ?? 0) + 1 }
    q.insertDm.run(conv, entry.seq, draft.from.id, draft.clientId, JSON.stringify(entry))
    return entry
  })

  const pruneEvents = db.transaction((roomId: string, before: number, afterSeq: number, limit: number): PruneSlice => {
    const newest = q.lastSeq.get(roomId)?.seq
    if (newest === undefined) return { deleted: 0, next: null }
    const rows = q.walkEvents.all(roomId, afterSeq, limit).map(r => ({ seq: r.seq, ts: r.ts, card: isCardKind(r.kind) }))
    const { seqs, next } = pruneWalk(rows, before, newest, limit)
    return { deleted: seqs.length ? q.deleteSeqs.run(roomId, JSON.stringify(seqs)).changes : 0, next }
  })
  const pruneDms = db.transaction((conv: string, before: number, afterSeq: number, limit: number): PruneSlice => {
    const newest = q.dmSeq.get(conv)?.seq
    if (newest === null || newest === undefined) return { deleted: 0, next: null }
    const rows = q.walkDms.all(conv, afterSeq, limit).map(r => ({ seq: r.seq, ts: r.ts, card: false }))
    const { seqs, next } = pruneWalk(rows, before, newest, limit)
    return { deleted: seqs.length ? q.deleteDmSeqs.run(conv, JSON.stringify(seqs)).changes : 0, next }
  })

  // Rooms by id, as read: every device event asks for its room. Only this process writes the file,
  // so a room changes only through the calls below, which forget it.
  const known = new Map<string, Room | null>()
  const readRoom = (id: string): Room | undefined => {
    let room = known.get(id)
    if (room === undefined) {
      const r = q.getRoom.get(id)
      room = r ? toRoom(r) : null
      if (known.size >= 10_000) known.clear()
      known.set(id, room)
    }
    return room ? { ...room } : undefined
  }

  return {
    createRoom(room) { known.delete(room.id); return q.insertRoom.run(room.id, room.name, room.topic, room.minRole, room.createdAt).changes === 1 },
    getRoom: readRoom,
    listRooms: () => q.listRooms.all().map(toRoom),
    updateRoom(id, patch) {
      const r = readRoom(id)
      if (!r) return undefined
      const next = { ...r, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) }
      known.delete(id)
      q.updateRoom.run(next.name, next.topic, next.minRole, id)
      return next
    },
    deleteRoom(id) { known.delete(id); return q.deleteRoom.run(id).changes === 1 },

    append: (roomId, draft) => append(roomId, draft),
    latestSeq: roomId => q.lastSeq.get(roomId)?.seq ?? 0,
    findMessageByClientId: (roomId, authorId, clientId) => parse(q.byClient.get(roomId, authorId, clientId)),
    findEntry: (roomId, entryId) => parse(q.byEntry.get(roomId, entryId)),
    eventsAfter: (roomId, after, limit) => parseAll(q.after.all(roomId, after, limit)),
    deleteEntries(entryIds) {
      if (entryIds.length === 0) return 0
      const ids = JSON.stringify(entryIds)
      let deleted = 0
      for (const room of q.roomIds.all()) {
        const newest = q.lastSeq.get(room)?.seq
        if (newest !== undefined) deleted += q.deleteEntries.run(room, ids, newest).changes
      }
      return deleted
    },
    pruneEvents: (roomId, before, afterSeq, limit) => pruneEvents(roomId, before, afterSeq, limit),
    eventsBefore: (roomId, before, limit) => parseAll(q.before.all(roomId, before, limit)),
    searchMessages: (roomId, needle, limit) => parseAll(q.search.all(roomId, `%${needle.replace(/[\\%_]/g, c => `\\${c}`)}%`, limit)),
    stats(roomId): RoomStats {
      const per = q.perMember.all(roomId).map(r => ({ user: (JSON.parse(r.entry) as { author: UserRef }).author, count: r.count }))
      const act = q.activity.get(roomId)
      return {
        messages: per.reduce((n, r) => n + r.count, 0),
        activeMembers: per.length,
        members: q.memberCount.get(roomId)?.n ?? 0,
        messagesPerMember: per.sort((a, b) => b.count - a.count || a.user.id.localeCompare(b.user.id)),
        firstActivity: act?.first ?? null,
        lastActivity: act?.last ?? null,
      }
    },

    addMember: (roomId, user) => q.addMember.run(roomId, user.id, user.username).changes === 1,
    removeMember: (roomId, userId) => q.removeMember.run(roomId, userId).changes === 1,
    listMembers: roomId => q.listMembers.all(roomId).map(r => ({ id: r.user_id, username: r.username })),
    roomsOf: userId => q.roomsOf.all(userId).map(r => r.room_id),

    appendDm: draft => appendDm(draft),
    findDmByClientId: (fromId, clientId) => parse(q.dmByClient.get(fromId, clientId)),
    dmBefore: (a, b, before, limit) => parseAll(q.dmBefore.all(dmKey(a, b), before, limit)),
    dmConversations: (userId, limit) => parseAll<DmEntry>(q.dmLast.all(userId, userId)).sort(newestFirst).slice(0, limit),
    dmConversationKeys: () => q.dmKeys.all(),
    pruneDms: (conv, before, afterSeq, limit) => pruneDms(conv, before, afterSeq, limit),
  }
}
