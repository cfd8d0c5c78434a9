/**
 * Pure reducer for one room's timeline. Rules from docs/protocols/chat-v1.md:
 * - [CHAT-5.1-1] seq is gap-free per room: an event at or below the last seq is a duplicate
 *   (ignored); one beyond last+1 means events were missed → `gap` (the hub composable re-joins with
 *   `since` and the resume fills it).
 * - [CHAT-5.2-1] entries are keyed by id; a higher `rev` replaces the entry in place (command cards).
 * - [CHAT-4.3-2] a snapshot (`gap:true` or first join) replaces the local copy.
 * Own messages are shown at once as `pending` and dropped when their entry arrives (matched by clientId).
 */
import type { TimelineEntry, UserRef } from '@tether/protocol'

export interface PendingMessage { clientId: string; text: string; status: 'sending' | 'acked' | 'failed'; error?: string }

export interface TimelineState {
  room: string
  /** Highest seq applied; 0 before the first snapshot. */
  seq: number
  /** Display order: by first appearance in seq order; updates keep their slot. */
  entries: TimelineEntry[]
  hasMore: boolean
  gap: boolean
  pending: PendingMessage[]
}

export type TimelineAction =
  | { type: 'snapshot'; seq: number; entries: TimelineEntry[] }
  | { type: 'resume'; entries: TimelineEntry[] }
  | { type: 'event'; entry: TimelineEntry }
  | { type: 'history'; entries: TimelineEntry[]; hasMore: boolean }
  | { type: 'send'; clientId: string; text: string }
  | { type: 'ack'; clientId: string }
  | { type: 'send-failed'; clientId: string; error: string }

export function emptyTimeline(room: string): TimelineState {
  return { room, seq: 0, entries: [], hasMore: false, gap: false, pending: [] }
}

function upsert(entries: TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  const at = entries.findIndex(e => e.id === entry.id)
  if (at === -1) {
    // Usually appended; a late-arriving lower seq (resume after history) is placed in order.
    let i = entries.length
    while (i > 0 && entries[i - 1]!.seq > entry.seq) i--
    return [...entries.slice(0, i), entry, ...entries.slice(i)]
  }
  if (entries[at]!.rev >= entry.rev) return entries
  const next = entries.slice()
  next[at] = entry
  return next
}

function dropPendingFor(pending: PendingMessage[], entry: TimelineEntry): PendingMessage[] {
  if (entry.kind !== 'message' || !entry.clientId) return pending
  return pending.some(p => p.clientId === entry.clientId) ? pending.filter(p => p.clientId !== entry.clientId) : pending
}

function applyEvent(s: TimelineState, entry: TimelineEntry): TimelineState {
  if (entry.seq <= s.seq) return s // duplicate delivery [CHAT-5.1-1]
  if (s.gap || (s.seq > 0 && entry.seq > s.seq + 1)) return { ...s, gap: true }
  return { ...s, seq: entry.seq, entries: upsert(s.entries, entry), pending: dropPendingFor(s.pending, entry) }
}

export function timelineReducer(s: TimelineState, a: TimelineAction): TimelineState {
  switch (a.type) {
    case 'snapshot': {
      let entries: TimelineEntry[] = []
      let pending = s.pending
      for (const e of a.entries) { entries = upsert(entries, e); pending = dropPendingFor(pending, e) }
      const first = entries[0]?.seq ?? a.seq + 1
      return { ...s, seq: a.seq, entries, hasMore: first > 1, gap: false, pending }
    }
    case 'resume': {
      let next: TimelineState = { ...s, gap: false }
      for (const e of a.entries) next = applyEvent(next, e)
      return next
    }
    case 'event':
      return applyEvent(s, a.entry)
    case 'history': {
      let entries = s.entries
      for (const e of a.entries) entries = upsert(entries, e)
      return { ...s, entries, hasMore: a.hasMore }
    }
    case 'send':
      return { ...s, pending: [...s.pending, { clientId: a.clientId, text: a.text, status: 'sending' }] }
    case 'ack':
      return { ...s, pending: s.pending.map(p => (p.clientId === a.clientId ? { ...p, status: 'acked' } : p)) }
    case 'send-failed':
      return { ...s, pending: s.pending.map(p => (p.clientId === a.clientId ? { ...p, status: 'failed', error: a.error } : p)) }
  }
}

/** Messages by others after `lastRead` (a seq). */
export function unreadCount(s: TimelineState, lastRead: number, me: UserRef | null): number {
  let n = 0
  for (const e of s.entries) {
    if (e.seq > lastRead && e.kind === 'message' && (!me || e.author?.id !== me.id)) n++
  }
  return n
}

/** The `before` for the next older page: the lowest seq held. */
export function oldestSeq(s: TimelineState): number | undefined {
  let min: number | undefined
  for (const e of s.entries) if (min === undefined || e.seq < min) min = e.seq
  return min
}
