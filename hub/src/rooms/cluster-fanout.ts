import type { ClusterBus } from '../cluster/bus.js'
import type { Logger } from '../logger.js'
import type { Timers } from '../timers.js'
import type { RoomEvent } from './room-service.js'
import type { RoomStore } from './room-store.js'
import type { TimelineEntry } from './types.js'

/**
 * Room events across the hubs of a cluster. Every event a hub's room service emits is published
 * on the bus and delivered to this hub's sessions; events from other hubs are delivered here too.
 * Timeline entries go through a per-room sequencer, so each hub hands its sessions a room's entries
 * exactly once and in seq order [CHAT-5.1-2] even when two hubs append at once and their
 * announcements cross: an entry past a gap first pulls the missing ones from the shared store
 * (PostgreSQL assigns seq n+1 only after seq n committed, so they are there).
 */
export function createRoomFanout(opts: { bus: ClusterBus; store: RoomStore; logger: Logger; typingTtlMs: number; timers: Timers }) {
  const delivered = new Map<string, number>()
  /** Typing started on another hub ends here after the TTL even if that hub dies before saying so [CHAT-8.1-3]. */
  const remoteTyping = new Map<string, unknown>()
  let deliver: (e: RoomEvent) => void = () => {}
  let offRemote: (() => void) | null = null

  function sequence(room: string, entry: TimelineEntry): void {
    // A room created after this hub started begins at 0: its first entries are filled if need be.
    const last = delivered.get(room) ?? 0
    if (entry.seq <= last) return // already delivered (filled from the store, or a repeat)
    if (entry.seq > last + 1) {
      for (const missing of opts.store.eventsAfter(room, last, entry.seq - last - 1)) {
        if (missing.seq >= entry.seq) break
        delivered.set(room, missing.seq)
        deliver({ type: 'entry', room, entry: missing })
      }
    }
    delivered.set(room, entry.seq)
    deliver({ type: 'entry', room, entry })
  }

  /**
   * Arms (start) or clears (stop) the local expiry of a remote typing indicator. The local expiry
   * waits a second longer than the TTL so the typing hub's own `stop` normally wins; a `stop` that
   * arrives after the local expiry already ended it is not delivered again (false).
   */
  function expireRemoteTyping(e: Extract<RoomEvent, { type: 'typing' }>): boolean {
    const key = `${e.room}\u0000${e.user.id}`
    const prior = remoteTyping.get(key)
    if (prior !== undefined) opts.timers.clearTimeout(prior)
    remoteTyping.delete(key)
    if (e.state !== 'start') return prior !== undefined
    remoteTyping.set(key, opts.timers.setTimeout(() => {
      remoteTyping.delete(key)
      deliver({ type: 'typing', room: e.room, user: e.user, state: 'stop' })
    }, opts.typingTtlMs + 1000))
    return true
  }

  function route(e: RoomEvent): void {
    if (e.type === 'entry') return sequence(e.room, e.entry)
    if (e.type === 'room.deleted') delivered.delete(e.room)
    deliver(e)
  }

  return {
    /** For createRoomService: wraps its local delivery, returns what it emits through. */
    wrap(localDeliver: (e: RoomEvent) => void): (e: RoomEvent) => void {
      deliver = localDeliver
      return function emitAcrossCluster(e: RoomEvent): void {
        opts.bus.publish('rooms', e)
        route(e)
      }
    },
    /** Takes each room's current seq as delivered, then listens to the other hubs. */
    async start(): Promise<void> {
      for (const room of opts.store.listRooms()) delivered.set(room.id, opts.store.latestSeq(room.id))
      offRemote = await opts.bus.onRemote<RoomEvent>('rooms', e => {
        try {
          if (e.type === 'typing' && !expireRemoteTyping(e)) return
          route(e)
        } catch (err) { opts.logger.error({ err }, 'room event from another hub failed') }
      })
    },
    stop(): void {
      offRemote?.()
      for (const t of remoteTyping.values()) opts.timers.clearTimeout(t)
      remoteTyping.clear()
    },
  }
}
