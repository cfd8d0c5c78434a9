import type { Timers } from '../timers.js'
import type { PresenceState, UserRef } from './types.js'

/**
 * Operator presence from their sessions [CHAT-9.1-1], published only once a change has held for
 * `coalesceMs` and differs from the last published state [CHAT-9.2-1], so reconnects don't flood.
 */
/** Cluster: the state across every hub's sessions (rooms/cluster-operator-presence.ts). */
export interface SharedPresence {
  settle(user: UserRef, local: PresenceState): Promise<{ state: PresenceState; changed: boolean }>
  published(userId: string): PresenceState
}

export function createPresenceTracker(opts: { coalesceMs: number; timers: Timers; onPublish: (user: UserRef, state: PresenceState) => void; shared?: SharedPresence }) {
  const users = new Map<string, { user: UserRef; sessions: Map<string, 'online' | 'away'>; published: PresenceState; timer: unknown }>()

  function computed(u: { sessions: Map<string, 'online' | 'away'> }): PresenceState {
    if (u.sessions.size === 0) return 'offline'
    for (const s of u.sessions.values()) if (s === 'online') return 'online'
    return 'away'
  }

  let stopped = false
  function settle(userId: string): void {
    const u = users.get(userId)
    if (!u || stopped) return
    if (u.timer !== undefined) { opts.timers.clearTimeout(u.timer); u.timer = undefined }
    const publish = () => {
      u.timer = undefined
      const state = computed(u)
      // Cluster: this hub reports its sessions; whichever hub changes the cluster-wide state publishes it.
      if (opts.shared) {
        opts.shared.settle(u.user, state).then(r => {
          u.published = r.state
          if (r.changed && !stopped) opts.onPublish(u.user, r.state)
        }).catch(() => { /* Redis or the store down: the next change settles again */ })
        return
      }
      if (state === u.published) return
      u.published = state
      opts.onPublish(u.user, state)
    }
    // Shared: always report, so a hub whose last session closed clears its part of the cluster state.
    if (!opts.shared && computed(u) === u.published) return
    if (opts.coalesceMs === 0) return publish()
    u.timer = opts.timers.setTimeout(publish, opts.coalesceMs)
  }

  return {
    sessionOpened(user: UserRef, sessionId: string): void {
      const u = users.get(user.id) ?? { user, sessions: new Map(), published: 'offline' as PresenceState, timer: undefined }
      u.user = user
      u.sessions.set(sessionId, 'online')
      users.set(user.id, u)
      settle(user.id)
    },
    sessionClosed(userId: string, sessionId: string): void {
      if (users.get(userId)?.sessions.delete(sessionId)) settle(userId)
    },
    /** Client-reported state of one session only [CHAT-9.1-2]. */
    setSessionState(userId: string, sessionId: string, state: 'online' | 'away'): void {
      const u = users.get(userId)
      if (!u?.sessions.has(sessionId)) return
      u.sessions.set(sessionId, state)
      settle(userId)
    },
    published: (userId: string): PresenceState => opts.shared ? opts.shared.published(userId) : users.get(userId)?.published ?? 'offline',
    current: (userId: string): PresenceState => { const u = users.get(userId); return u ? computed(u) : 'offline' },
    stop(): void { stopped = true; for (const u of users.values()) if (u.timer !== undefined) opts.timers.clearTimeout(u.timer) },
  }
}

export type PresenceTracker = ReturnType<typeof createPresenceTracker>
