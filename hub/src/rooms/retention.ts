import { startRetention, type RetentionOptions } from '../storage/retention-timer.js'
import type { PruneSlice, RoomStore } from './room-store.js'

/** Events read per slice (one transaction, then an event-loop turn); `bench/chat-retention.mjs` measures a slice's hold. */
const EVENTS_PER_SLICE = 200

export interface ChatPruneDeps {
  store: RoomStore
  /** A close ends a pass after its current slice. */
  closing?: () => boolean
}

/**
 * Deletes the room events that are not cards (messages, member and device events) and the direct
 * messages written before `before`: each timeline walked from its oldest event to the first one
 * newer than the cutoff, in slices. A timeline's newest entry stays, so its seq never repeats
 * [CHAT-5.1-1]. Resolves with the number deleted.
 */
export async function pruneChat(deps: ChatPruneDeps, before: number): Promise<number> {
  const { store } = deps
  let deleted = 0
  async function walk(keys: string[], slice: (key: string, after: number) => PruneSlice): Promise<boolean> {
    for (const key of keys) {
      for (let after: number | null = 0; after !== null;) {
        if (deps.closing?.()) return false
        const done = slice(key, after)
        deleted += done.deleted
        after = done.next
        await new Promise(resolve => setImmediate(resolve))
      }
    }
    return true
  }
  const rooms = store.listRooms().map(r => r.id)
  if (await walk(rooms, (room, after) => store.pruneEvents(room, before, after, EVENTS_PER_SLICE))) {
    await walk(store.dmConversationKeys(), (conv, after) => store.pruneDms(conv, before, after, EVENTS_PER_SLICE))
  }
  return deleted
}

/** Keeps room timelines and direct conversations within `retentionMs`. */
export function startChatRetention(deps: ChatPruneDeps & Omit<RetentionOptions, 'what' | 'prune'>): { stop(): void } {
  return startRetention({ ...deps, what: 'room events and direct messages', prune: before => pruneChat(deps, before) })
}
