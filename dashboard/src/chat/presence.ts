/**
 * Pure reducers for who is here: operators (chat.v1 §9, from snapshot members and `member`
 * entries) and typing indicators (§8, with expiry by an injected `now`).
 */
import type { OperatorPresence, RoomMember, TimelineEntry, UserRef } from '@tether/protocol'

export interface MemberState { user: UserRef; presence: OperatorPresence; member: boolean }
/** Per room: members by user id. */
export type RoomMembers = Record<string, MemberState>

export function membersFromSnapshot(members: RoomMember[]): RoomMembers {
  const out: RoomMembers = {}
  for (const m of members) out[m.user.id] = { user: m.user, presence: m.presence, member: true }
  return out
}

/** Applies a `member` entry [CHAT-4.2-1, CHAT-4.4-1, CHAT-9.2-1]; other kinds leave members unchanged. */
export function applyMemberEntry(members: RoomMembers, entry: TimelineEntry): RoomMembers {
  if (entry.kind !== 'member') return members
  const prev = members[entry.user.id]
  switch (entry.action) {
    case 'join':
      return { ...members, [entry.user.id]: { user: entry.user, presence: prev?.presence ?? 'online', member: true } }
    case 'leave':
      if (!prev) return members
      return { ...members, [entry.user.id]: { ...prev, member: false } }
    case 'presence':
      if (!entry.presence) return members
      return { ...members, [entry.user.id]: { user: entry.user, presence: entry.presence, member: prev?.member ?? true } }
  }
}

const ORDER: Record<OperatorPresence, number> = { online: 0, away: 1, offline: 2 }

/** Members to list: current members, online first, then by name. */
export function memberList(members: RoomMembers): MemberState[] {
  return Object.values(members)
    .filter(m => m.member)
    .sort((a, b) => ORDER[a.presence] - ORDER[b.presence] || a.user.username.localeCompare(b.user.username))
}

/** Typing: per room, user id → { user, expiresAt }. */
export type TypingState = Record<string, Record<string, { user: UserRef; expiresAt: number }>>

export type TypingAction =
  | { type: 'typing'; room: string; user: UserRef; state: 'start' | 'stop'; now: number; ttlMs: number }
  | { type: 'said'; room: string; userId: string }
  | { type: 'expire'; now: number }

export function typingReducer(s: TypingState, a: TypingAction): TypingState {
  switch (a.type) {
    case 'typing': {
      const room = { ...(s[a.room] ?? {}) }
      if (a.state === 'start') room[a.user.id] = { user: a.user, expiresAt: a.now + a.ttlMs }
      else delete room[a.user.id]
      return { ...s, [a.room]: room }
    }
    case 'said': {
      if (!s[a.room]?.[a.userId]) return s
      const room = { ...s[a.room] }
      delete room[a.userId]
      return { ...s, [a.room]: room }
    }
    case 'expire': {
      // The hub relays `stop` on expiry [CHAT-8.1-3]; expiring locally too covers a lost hub.
      let changed = false
      const next: TypingState = {}
      for (const [room, users] of Object.entries(s)) {
        const kept: TypingState[string] = {}
        for (const [id, t] of Object.entries(users)) {
          if (t.expiresAt > a.now) kept[id] = t
          else changed = true
        }
        next[room] = kept
      }
      return changed ? next : s
    }
  }
}

/** "alice is typing…", "alice and bob are typing…", "3 people are typing…", or "". */
export function typingLabel(s: TypingState, room: string, meId?: string): string {
  const names = Object.values(s[room] ?? {}).filter(t => t.user.id !== meId).map(t => t.user.username).sort()
  if (names.length === 0) return ''
  if (names.length === 1) return `${names[0]} is typing…`
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`
  return `${names.length} people are typing…`
}
