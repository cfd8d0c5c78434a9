import type { Timers } from '../timers.js'
import type { UserRef } from './types.js'

export type TypingListener = (room: string, user: UserRef, state: 'start' | 'stop') => void

/**
 * Typing indicators per (room, user): starts are relayed at most once per throttle [CHAT-8.1-2]
 * and end on their own after the TTL [CHAT-8.1-3].
 */
export function createTypingTracker(opts: { ttlMs: number; throttleMs: number; now: () => number; timers: Timers; onChange: TypingListener }) {
  const active = new Map<string, { user: UserRef; room: string; relayedAt: number; timer: unknown }>()
  const key = (room: string, userId: string) => `${room}\u0000${userId}`

  function stop(room: string, userId: string): void {
    const k = key(room, userId)
    const t = active.get(k)
    if (!t) return
    opts.timers.clearTimeout(t.timer)
    active.delete(k)
    opts.onChange(room, t.user, 'stop')
  }

  return {
    start(room: string, user: UserRef): void {
      const k = key(room, user.id)
      const t = active.get(k)
      const expire = () => { if (active.get(k)?.timer === timer) stop(room, user.id) }
      const timer = opts.timers.setTimeout(expire, opts.ttlMs)
      if (t) {
        opts.timers.clearTimeout(t.timer)
        t.timer = timer
        if (opts.now() - t.relayedAt < opts.throttleMs) return
        t.relayedAt = opts.now()
      } else {
        active.set(k, { user, room, relayedAt: opts.now(), timer })
      }
      opts.onChange(room, user, 'start')
    },
    stop,
    /** Forget a room's indicators without relaying (room deleted). */
    dropRoom(room: string): void {
      for (const [k, t] of active) if (t.room === room) { opts.timers.clearTimeout(t.timer); active.delete(k) }
    },
    isTyping: (room: string, userId: string) => active.has(key(room, userId)),
  }
}

export type TypingTracker = ReturnType<typeof createTypingTracker>
