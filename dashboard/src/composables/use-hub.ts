/**
 * useHub(): owns the one chat.v1 socket (docs/protocols/chat-v1.md). Status is a string union,
 * `error` says what went wrong, reconnects with jittered backoff and resumes every joined room
 * with the last seq seen [CHAT-4.3-1], so nothing is lost or doubled; unacknowledged messages are
 * re-sent with the same id (idempotent [CHAT-6.2-1]). Frames are applied once per animation frame.
 */
import { computed, reactive, ref, shallowReactive, shallowRef } from 'vue'
import { endSession, onSessionEnd, onTokenRefresh, useSession } from '../session/session'
import {
  CHAT_FATAL_AUTH_CODES, CHAT_PROTOCOL, parseServerFrame,
  type ChatLimits, type DmEntry, type Role, type RoomWithSeq, type ServerFrame, type ServerFrameOf, type TimelineEntry, type UserRef,
} from '@tether/protocol'
import { emptyTimeline, oldestSeq, timelineReducer, unreadCount, type TimelineAction, type TimelineState } from '../chat/timeline'
import { applyMemberEntry, membersFromSnapshot, typingReducer, type RoomMembers, type TypingState } from '../chat/presence'
import { backoffDelay } from '@tether/protocol'
import { clientId, wsUrl } from '../util/ids'
import { createFrameQueue } from './frame-queue'

export type HubStatus = 'idle' | 'connecting' | 'authenticating' | 'online' | 'reconnecting' | 'offline'

const REQUEST_TIMEOUT_MS = 10_000
/** The spec's defaults [CHAT-12], until `welcome` says otherwise. */
const DEFAULT_LIMITS: ChatLimits = {
  maxFrameBytes: 32768, maxDepth: 8, maxTextChars: 4000, ratePerSecond: 10, rateBurst: 20,
  snapshotEntries: 50, historyPageMax: 100, resumeWindow: 1000, typingTtlMs: 6000, typingThrottleMs: 2000,
}
const LAST_READ_KEY = 'tether.lastRead'
/** Per conversation partner, the highest DM seq read. */
const DM_READ_KEY = 'tether.dmRead'

const status = ref<HubStatus>('idle')
const error = ref<string | null>(null)
const me = shallowRef<(UserRef & { role: Role }) | null>(null)
const limits = shallowRef<ChatLimits>(DEFAULT_LIMITS)
const rooms = shallowRef<RoomWithSeq[]>([])
const timelines = shallowReactive<Record<string, TimelineState>>({})
const members = shallowReactive<Record<string, RoomMembers>>({})
const typing = shallowRef<TypingState>({})
const dms = shallowReactive<Record<string, { with: UserRef; entries: DmEntry[]; unread: number }>>({})
const lastRead = reactive<Record<string, number>>(JSON.parse(localStorage.getItem(LAST_READ_KEY) ?? '{}'))
const reconnects = ref(0)
const dmRead: Record<string, number> = JSON.parse(localStorage.getItem(DM_READ_KEY) ?? '{}')

let ws: WebSocket | null = null
let attempt = 0
let retryTimer: ReturnType<typeof setTimeout> | null = null
let fatal: string | null = null
let wanted = false
const replies = new Map<string, { resolve: (f: ServerFrame) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>()
/** say frames not yet acknowledged: re-sent after a reconnect with the same id. */
const outbox = new Map<string, { room: string; text: string }>()
const resyncing = new Set<string>()
const typingSent: Record<string, number> = {}

const queue = createFrameQueue<ServerFrame>(frames => { for (const f of frames) handle(f) })

function send(frame: Record<string, unknown>): boolean {
  if (!ws || ws.readyState !== WebSocket.OPEN) return false
  ws.send(JSON.stringify(frame))
  return true
}

/** Sends a frame with an id and resolves with the reply carrying it back as `ref` [CHAT-1.2-5]. */
function request<T extends ServerFrame>(frame: Record<string, unknown>): Promise<T> {
  const id = (frame.id as string | undefined) ?? clientId('q')
  return new Promise<T>((resolve, reject) => {
    if (!send({ ...frame, id })) return reject(new Error('Not connected to the hub.'))
    const timer = setTimeout(() => { replies.delete(id); reject(new Error('The hub did not answer in time.')) }, REQUEST_TIMEOUT_MS)
    replies.set(id, { resolve: f => resolve(f as T), reject, timer })
  })
}

function reduce(room: string, action: TimelineAction): TimelineState {
  const next = timelineReducer(timelines[room] ?? emptyTimeline(room), action)
  timelines[room] = next
  return next
}

function join(room: string): void {
  const held = timelines[room]
  // Resume from the last seq seen; a fresh join gets a snapshot [CHAT-4.2-1, CHAT-4.3-1].
  send({ type: 'join', id: clientId('j'), room, ...(held && held.seq > 0 ? { since: held.seq } : {}) })
}

/** Other views that follow live entries (alarm cards → the alarm list). */
const entryListeners = new Set<(room: string, entry: TimelineEntry) => void>()

function onEntry(room: string, entry: TimelineEntry): void {
  for (const listener of entryListeners) listener(room, entry)
  const next = reduce(room, { type: 'event', entry })
  if (next.gap && !resyncing.has(room)) { resyncing.add(room); join(room) }
  if (entry.kind === 'member') members[room] = applyMemberEntry(members[room] ?? {}, entry)
  if (entry.kind === 'message' && entry.author) typing.value = typingReducer(typing.value, { type: 'said', room, userId: entry.author.id })
}

function addDirect(entry: DmEntry): void {
  const other = entry.from.id === me.value?.id ? entry.to : entry.from
  const thread = dms[other.id] ?? { with: other, entries: [], unread: 0 }
  if (thread.entries.some(e => e.id === entry.id)) return
  const entries = [...thread.entries, entry].sort((a, b) => a.seq - b.seq)
  const fresh = entry.from.id !== me.value?.id && entry.seq > (dmRead[other.id] ?? 0)
  dms[other.id] = { ...thread, entries, unread: thread.unread + (fresh ? 1 : 0) }
}

/**
 * After welcome: every conversation with its recent page, so direct messages (and their unread
 * counts) survive a reload [CHAT-7.3-1, CHAT-7.2-1].
 */
async function loadConversations(): Promise<void> {
  try {
    const list = await request<ServerFrameOf<'dm.list'>>({ type: 'dm.list' })
    await Promise.all(list.conversations.map(async c => {
      const page = await request<ServerFrameOf<'dm.history'>>({ type: 'dm.history', with: c.with.id, limit: 50 })
      dms[page.with.id] ??= { with: page.with, entries: [], unread: 0 }
      for (const e of page.entries) addDirect(e)
    }))
  } catch { /* a reconnect lists them again */ }
}

function markDmRead(userId: string): void {
  const t = dms[userId]
  if (!t) return
  const seq = t.entries[t.entries.length - 1]?.seq ?? 0
  if (seq > (dmRead[userId] ?? 0)) { dmRead[userId] = seq; localStorage.setItem(DM_READ_KEY, JSON.stringify(dmRead)) }
  if (t.unread) dms[userId] = { ...t, unread: 0 }
}

function handle(f: ServerFrame): void {
  const ref = 'ref' in f ? f.ref : undefined
  const waiting = ref ? replies.get(ref) : undefined
  switch (f.type) {
    case 'welcome': {
      me.value = f.user
      limits.value = { ...DEFAULT_LIMITS, ...f.limits }
      status.value = 'online'
      error.value = null
      attempt = 0
      send({ type: 'rooms', id: clientId('r') })
      void loadConversations()
      if (document.hidden) send({ type: 'presence', state: 'away' })
      break
    }
    case 'rooms': {
      rooms.value = f.rooms
      for (const r of rooms.value) join(r.id)
      // Unacknowledged messages are retried after the resume: the hub dedups by id [CHAT-6.2-1].
      for (const [id, m] of outbox) send({ type: 'say', id, room: m.room, text: m.text })
      break
    }
    case 'joined': {
      resyncing.delete(f.room.id)
      if (f.mode === 'snapshot') reduce(f.room.id, { type: 'snapshot', seq: f.seq, entries: f.entries })
      else reduce(f.room.id, { type: 'resume', entries: f.entries })
      members[f.room.id] = membersFromSnapshot(f.members)
      break
    }
    case 'event': onEntry(f.room, f.entry); break
    case 'ack': {
      const m = outbox.get(f.ref)
      if (m) { outbox.delete(f.ref); reduce(m.room, { type: 'ack', clientId: f.ref }) }
      break
    }
    case 'direct': addDirect(f.entry); break
    case 'typing':
      typing.value = typingReducer(typing.value, { type: 'typing', room: f.room, user: f.user, state: f.state, now: Date.now(), ttlMs: limits.value.typingTtlMs })
      break
    case 'room.deleted': {
      rooms.value = rooms.value.filter(r => r.id !== f.room)
      delete timelines[f.room]
      break
    }
    case 'room.created': {
      // A device moved into a new site: the room appears live and is followed [CHAT-4.4-3].
      const room = f.room
      if (!rooms.value.some(r => r.id === room.id)) { rooms.value = [...rooms.value, room]; join(room.id) }
      break
    }
    case 'room.updated': {
      const room = f.room
      rooms.value = rooms.value.map(r => (r.id === room.id ? room : r))
      break
    }
    case 'error': {
      if (CHAT_FATAL_AUTH_CODES.has(f.code)) fatal = f.code
      const m = f.ref ? outbox.get(f.ref) : undefined
      // The hub's database is unreachable: the message stays pending and goes again with its id.
      if (m && f.code === 'unavailable') resendLater(f.ref!, f.retryAfterMs ?? 1000)
      else if (m && f.code !== 'rate_limited') { outbox.delete(f.ref!); reduce(m.room, { type: 'send-failed', clientId: f.ref!, error: f.message }) }
      if (waiting) { clearTimeout(waiting.timer); replies.delete(ref!); waiting.reject(Object.assign(new Error(f.message), { code: f.code })) }
      else if (!m) error.value = f.message
      return
    }
  }
  if (waiting) { clearTimeout(waiting.timer); replies.delete(ref!); waiting.resolve(f) }
}

/** Sends an unacknowledged message again after `ms`, if it is still unacknowledged and the session is up. */
function resendLater(id: string, ms: number): void {
  setTimeout(() => {
    const m = outbox.get(id)
    if (m && status.value === 'online') send({ type: 'say', id, room: m.room, text: m.text })
  }, ms)
}

function connect(): void {
  const token = useSession().token.value
  if (!token || !wanted) return
  if (retryTimer) { clearTimeout(retryTimer); retryTimer = null }
  fatal = null
  status.value = attempt === 0 ? 'connecting' : 'reconnecting'
  const sock = new WebSocket(wsUrl(), CHAT_PROTOCOL)
  ws = sock
  sock.onopen = () => {
    status.value = 'authenticating'
    // The token travels in hello, never in the URL [CHAT-2.1-1].
    sock.send(JSON.stringify({ type: 'hello', id: clientId('h'), token, client: { name: 'tether-dashboard', version: '0.1.0' } }))
  }
  sock.onmessage = ev => {
    if (typeof ev.data !== 'string') return
    const frame = parseServerFrame(ev.data)
    if (frame) queue.push(frame)
  }
  sock.onclose = ev => {
    if (ws !== sock) return
    queue.flush() // apply what arrived before the close (acks, the fatal error)
    ws = null
    for (const [id, r] of replies) { clearTimeout(r.timer); r.reject(new Error('Connection lost.')); replies.delete(id) }
    typing.value = {}
    if (!wanted) { status.value = 'idle'; return }
    if (fatal) {
      // [CHAT-2.1-4, CHAT-2.2-1, CHAT-2.2-2]: the token is no good any more.
      wanted = false
      status.value = 'idle'
      endSession(fatal === 'session_revoked' ? 'Your access changed. Please log in again.' : 'Your session expired. Please log in again.')
      return
    }
    scheduleReconnect(ev.code)
  }
}

function scheduleReconnect(code?: number): void {
  attempt++
  reconnects.value++
  status.value = navigator.onLine ? 'reconnecting' : 'offline'
  error.value = code === 1001 ? 'The hub is restarting.' : 'Connection to the hub lost.'
  retryTimer = setTimeout(connect, backoffDelay(attempt - 1, { initialMs: 500, maxMs: 15_000 }, Math.random))
}

function start(): void {
  if (wanted) return
  wanted = true
  attempt = 0
  connect()
}

function stop(): void {
  wanted = false
  if (retryTimer) clearTimeout(retryTimer)
  retryTimer = null
  ws?.close(1000)
  ws = null
  status.value = 'idle'
  rooms.value = []
  for (const k of Object.keys(timelines)) delete timelines[k]
  for (const k of Object.keys(dms)) delete dms[k]
  outbox.clear()
}

let wired = false
function wireGlobalListeners(): void {
  if (wired) return
  wired = true
  onSessionEnd(stop)
  // The open session swaps in the refreshed token and so outlives the first one [CHAT-2.2-4];
  // a reconnect says hello with the new one anyway.
  onTokenRefresh(token => { if (status.value === 'online') send({ type: 'token', id: clientId('t'), token }) })
  window.addEventListener('online', () => { if (wanted && !ws) { attempt = 0; connect() } })
  window.addEventListener('offline', () => { if (wanted) status.value = 'offline' })
  // Tab hidden → away, visible → online, for this session only [CHAT-9.1-2].
  document.addEventListener('visibilitychange', () => send({ type: 'presence', state: document.hidden ? 'away' : 'online' }))
  setInterval(() => { typing.value = typingReducer(typing.value, { type: 'expire', now: Date.now() }) }, 1000)
}

export function useHub() {
  wireGlobalListeners()
  return {
    status, error, me, limits, rooms, timelines, members, typing, dms, lastRead, reconnects,
    online: computed(() => status.value === 'online'),
    start, stop,
    say(room: string, text: string): string {
      const id = clientId('m')
      outbox.set(id, { room, text })
      reduce(room, { type: 'send', clientId: id, text })
      send({ type: 'say', id, room, text })
      typingSent[room] = 0
      return id
    },
    sendTyping(room: string, state: 'start' | 'stop'): void {
      const now = Date.now()
      // Client-side throttle mirrors the hub's [CHAT-8.1-2]: one start per typingThrottleMs.
      if (state === 'start' && now - (typingSent[room] ?? 0) < limits.value.typingThrottleMs) return
      typingSent[room] = state === 'start' ? now : 0
      send({ type: 'typing', room, state })
    },
    markRead(room: string): void {
      const seq = timelines[room]?.seq ?? 0
      if ((lastRead[room] ?? 0) >= seq) return
      lastRead[room] = seq
      localStorage.setItem(LAST_READ_KEY, JSON.stringify(lastRead))
    },
    unread(room: string): number {
      const t = timelines[room]
      return t ? unreadCount(t, lastRead[room] ?? 0, me.value) : 0
    },
    async loadOlder(room: string): Promise<void> {
      const t = timelines[room]
      if (!t) return
      const before = oldestSeq(t)
      const f = await request<ServerFrameOf<'history'>>({ type: 'history', room, ...(before ? { before } : {}), limit: 50 })
      reduce(room, { type: 'history', entries: f.entries, hasMore: f.hasMore })
    },
    async search(room: string, q: string): Promise<TimelineEntry[]> {
      return (await request<ServerFrameOf<'search'>>({ type: 'search', room, q, limit: 50 })).entries
    },
    async openDm(user: UserRef): Promise<void> {
      const f = await request<ServerFrameOf<'dm.history'>>({ type: 'dm.history', with: user.id, limit: 50 })
      dms[f.with.id] ??= { with: f.with, entries: [], unread: 0 }
      for (const e of f.entries) addDirect(e)
      markDmRead(f.with.id)
    },
    async dm(to: UserRef, text: string): Promise<void> {
      const id = clientId('d')
      const ack = await request<ServerFrameOf<'ack'>>({ type: 'dm', id, to: to.id, text })
      addDirect({ id: ack.entryId, seq: ack.seq, ts: ack.ts, from: me.value!, to: ack.to ?? to, text, clientId: id })
    },
    readDm: markDmRead,
    /** Follows every live timeline entry; returns the unsubscribe. */
    onEntry(listener: (room: string, entry: TimelineEntry) => void): () => void {
      entryListeners.add(listener)
      return () => { entryListeners.delete(listener) }
    },
    /** Acknowledges an alarm from the room [CHAT-17.1-1]; the card's next revision arrives as an event. */
    ackAlarm(alarm: string, note?: string): Promise<ServerFrameOf<'alarm.acked'>> {
      return request({ type: 'alarm.ack', id: clientId('a'), alarm, ...(note ? { note } : {}) })
    },
    /** Issues a command [CHAT-16.1-1]; its card arrives, and is revised, as a timeline event [CHAT-16.2-1]. */
    command(device: string, name: string, params: Record<string, unknown>, ttlMs?: number): Promise<ServerFrameOf<'command.ack'>> {
      return request({ type: 'command', id: clientId('c'), device, name, params, ...(ttlMs ? { ttlMs } : {}) })
    },
  }
}
