import type { Redis } from 'ioredis'
import type { ClusterBus } from '../cluster/bus.js'
import type { Logger } from '../logger.js'
import type { PresenceState, UserRef } from './types.js'

const userKey = (userId: string) => `tether:op:${userId}`
const nodeKey = (node: string) => `tether:node:${node}:operators`

/**
 * Records one hub's view of an operator (`none` = no session on that hub) and recomputes the
 * cluster-wide state: online if any hub has an online session, away if only away ones, else
 * offline. Returns {state, 1} to exactly the caller that changed the published state `_pub`.
 */
const SETTLE = `if ARGV[2] == 'none' then
  redis.call('HDEL', KEYS[1], ARGV[1]) redis.call('SREM', KEYS[2], ARGV[3])
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) redis.call('SADD', KEYS[2], ARGV[3])
end
local fields = redis.call('HGETALL', KEYS[1])
local state = 'offline'
for i = 1, #fields, 2 do
  local f, v = fields[i], fields[i + 1]
  if string.sub(f, 1, 1) ~= '_' then
    if v == 'online' then state = 'online' elseif state == 'offline' then state = 'away' end
  end
end
local prev = redis.call('HGET', KEYS[1], '_pub') or 'offline'
if prev == state then return {state, 0} end
redis.call('HSET', KEYS[1], '_pub', state)
return {state, 1}`

export interface SettleResult { state: PresenceState; changed: boolean }

/**
 * Operator presence across the hubs of a cluster [CHAT-9.1-1]: each hub records in Redis what its
 * own sessions say about a user; the published state is the cluster-wide one, and the hub whose
 * update changes it announces it (rooms get one presence entry, not one per hub). A dead hub's
 * sessions expire with its heartbeat: the hub that reaps it settles its operators as gone.
 */
export function createClusterOperatorPresence(opts: { redis: Redis; bus: ClusterBus; nodeId: string; logger: Logger }) {
  const published = new Map<string, PresenceState>()
  let off: (() => void) | null = null

  async function run(node: string, user: UserRef, local: 'online' | 'away' | 'none'): Promise<SettleResult> {
    const [state, changed] = await opts.redis.eval(SETTLE, 2, userKey(user.id), nodeKey(node), node, local, user.id) as [PresenceState, number]
    published.set(user.id, state)
    if (changed === 1) opts.bus.publish('operator-presence', { userId: user.id, state })
    return { state, changed: changed === 1 }
  }

  return {
    /** This hub's sessions of `user` now say `local`; resolves with the cluster-wide state. */
    settle: (user: UserRef, local: PresenceState): Promise<SettleResult> => run(opts.nodeId, user, local === 'offline' ? 'none' : local),
    published: (userId: string): PresenceState => published.get(userId) ?? 'offline',
    /** The operators a dead hub had sessions for, settled as gone; `onChange` for each whose state changed. */
    async reapNode(node: string, usernameOf: (userId: string) => string | undefined, onChange: (user: UserRef, state: PresenceState) => void): Promise<void> {
      for (const userId of await opts.redis.smembers(nodeKey(node))) {
        const user = { id: userId, username: usernameOf(userId) ?? userId }
        const r = await run(node, user, 'none')
        if (r.changed) onChange(user, r.state)
      }
      await opts.redis.del(nodeKey(node))
    },
    async start(): Promise<void> {
      off = await opts.bus.onRemote<{ userId: string; state: PresenceState }>('operator-presence', ({ userId, state }) => { published.set(userId, state) })
    },
    stop(): void { off?.() },
  }
}

export type ClusterOperatorPresence = ReturnType<typeof createClusterOperatorPresence>
