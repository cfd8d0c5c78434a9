import type { RoomStore } from './room-store.js'
import { asciiLower, dmKey, isCardKind, newestFirst, pruneWalk } from './room-store.js'
import { newId } from './ids.js'
import type { DmEntry, Room, RoomStats, TimelineEntry, UserRef } from './types.js'

interface RoomState { room: Room; events: TimelineEntry[]; members: Map<string, UserRef> }

/** In-memory RoomStore for unit tests and `TETHER_DATA_DIR`-less use. */
export function createMemoryRoomStore(): RoomStore {
  const rooms = new Map<string, RoomState>()
  const dms = new Map<string, DmEntry[]>()
  const dmByClient = new Map<string, DmEntry>()
  const state = (id: string) => {
    const s = rooms.get(id)
    if (!s) throw new Error(`no room ${id}`)
    return s
  }
  const clone = <T>(v: T): T => structuredClone(v)

  return {
    createRoom(room) {
      if (rooms.has(room.id)) return false
      rooms.set(room.id, { room: { ...room }, events: [], members: new Map() })
      return true
    },
    getRoom: id => (rooms.has(id) ? { ...rooms.get(id)!.room } : undefined),
    listRooms: () => [...rooms.values()].map(s => ({ ...s.room })).sort((a, b) => a.id.localeCompare(b.id)),
    updateRoom(id, patch) {
      const s = rooms.get(id)
      if (!s) return undefined
      Object.assign(s.room, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)))
      return { ...s.room }
    },
    deleteRoom: id => rooms.delete(id),

    append(roomId, draft) {
      const s = state(roomId)
      const entry = { ...clone(draft.body), id: draft.id ?? newId('e'), room: roomId, seq: (s.events.at(-1)?.seq ?? 0) + 1, ts: draft.ts, rev: draft.rev ?? 1 } as TimelineEntry
      s.events.push(entry)
      return clone(entry)
    },
    latestSeq: roomId => rooms.get(roomId)?.events.at(-1)?.seq ?? 0,
    findMessageByClientId(roomId, authorId, clientId) {
      const e = rooms.get(roomId)?.events.find(e => e.kind === 'message' && e.author?.id === authorId && e.clientId === clientId)
      return e && clone(e)
    },
    findEntry(roomId, entryId) {
      const events = rooms.get(roomId)?.events ?? []
      for (let i = events.length - 1; i >= 0; i--) if (events[i]!.id === entryId) return clone(events[i]!)
      return undefined
    },
    // By seq, not by position: retention leaves gaps.
    eventsAfter: (roomId, after, limit) => clone((rooms.get(roomId)?.events ?? []).filter(e => e.seq > after).slice(0, limit)),
    eventsBefore(roomId, before, limit) {
      const older = (rooms.get(roomId)?.events ?? []).filter(e => e.seq < before)
      return clone(older.slice(Math.max(0, older.length - limit)))
    },
    deleteEntries(entryIds) {
      const ids = new Set(entryIds)
      let deleted = 0
      for (const s of rooms.values()) {
        const newest = s.events.at(-1)
        const kept = s.events.filter(e => !ids.has(e.id) || e === newest)
        deleted += s.events.length - kept.length
        s.events = kept
      }
      return deleted
    },
    pruneEvents(roomId, before, afterSeq, limit) {
      const s = rooms.get(roomId)
      const newest = s?.events.at(-1)?.seq
      if (!s || newest === undefined) return { deleted: 0, next: null }
      const rows = s.events.filter(e => e.seq > afterSeq).slice(0, limit).map(e => ({ seq: e.seq, ts: e.ts, card: isCardKind(e.kind) }))
      const { seqs, next } = pruneWalk(rows, before, newest, limit)
      const gone = new Set(seqs)
      s.events = s.events.filter(e => !gone.has(e.seq))
      return { deleted: gone.size, next }
    },
    searchMessages(roomId, q, limit) {
      const needle = asciiLower(q)
      const hits: TimelineEntry[] = []
      const events = rooms.get(roomId)?.events ?? []
      for (let i = events.length - 1; i >= 0 && hits.length < limit; i--) {
        const e = events[i]!
        if (e.kind === 'message' && asciiLower(e.text).includes(needle)) hits.push(clone(e))
      }
      return hits
    },
    stats(roomId): RoomStats {
      const s = rooms.get(roomId)
      const events = s?.events ?? []
      const per = new Map<string, { user: UserRef; count: number }>()
      let messages = 0
      for (const e of events) {
        if (e.kind !== 'message' || e.system || !e.author) continue
        messages++
        const row = per.get(e.author.id) ?? { user: e.author, count: 0 }
        row.count++
        per.set(e.author.id, row)
      }
      return {
        messages,
        activeMembers: per.size,
        members: s?.members.size ?? 0,
        messagesPerMember: [...per.values()].sort((a, b) => b.count - a.count || a.user.id.localeCompare(b.user.id)).map(clone),
        firstActivity: events[0]?.ts ?? null,
        lastActivity: events.at(-1)?.ts ?? null,
      }
    },

    addMember(roomId, user) {
      const s = state(roomId)
      if (s.members.has(user.id)) return false
      s.members.set(user.id, { ...user })
      return true
    },
    removeMember: (roomId, userId) => rooms.get(roomId)?.members.delete(userId) ?? false,
    listMembers: roomId => [...(rooms.get(roomId)?.members.values() ?? [])].map(u => ({ ...u })).sort((a, b) => a.id.localeCompare(b.id)),
    roomsOf: userId => [...rooms.values()].filter(s => s.members.has(userId)).map(s => s.room.id).sort(),

    appendDm(draft) {
      const key = dmKey(draft.from.id, draft.to.id)
      const list = dms.get(key) ?? []
      dms.set(key, list)
      const entry: DmEntry = { ...clone(draft), id: newId('d'), seq: (list.at(-1)?.seq ?? 0) + 1 }
      list.push(entry)
      dmByClient.set(`${draft.from.id}\u0000${draft.clientId}`, entry)
      return clone(entry)
    },
    findDmByClientId(fromId, clientId) {
      const e = dmByClient.get(`${fromId}\u0000${clientId}`)
      return e && clone(e)
    },
    dmConversations(userId, limit) {
      const last: DmEntry[] = []
      for (const list of dms.values()) {
        const e = list[list.length - 1]
        if (e && (e.from.id === userId || e.to.id === userId)) last.push(e)
      }
      return clone(last.sort(newestFirst).slice(0, limit))
    },
    // By seq, not by position: retention leaves gaps.
    dmBefore(a, b, before, limit) {
      const older = (dms.get(dmKey(a, b)) ?? []).filter(e => e.seq < before)
      return clone(older.slice(Math.max(0, older.length - limit)))
    },
    dmConversationKeys: () => [...dms.keys()],
    pruneDms(conv, before, afterSeq, limit) {
      const list = dms.get(conv)
      const newest = list?.at(-1)?.seq
      if (!list || newest === undefined) return { deleted: 0, next: null }
      const rows = list.filter(e => e.seq > afterSeq).slice(0, limit).map(e => ({ seq: e.seq, ts: e.ts, card: false }))
      const { seqs, next } = pruneWalk(rows, before, newest, limit)
      const gone = new Set(seqs)
      for (const e of list) if (gone.has(e.seq)) dmByClient.delete(`${e.from.id}\u0000${e.clientId}`)
      dms.set(conv, list.filter(e => !gone.has(e.seq)))
      return { deleted: gone.size, next }
    },
  }
}
