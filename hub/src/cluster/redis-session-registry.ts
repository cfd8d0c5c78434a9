import type { Redis } from 'ioredis'
import type { SessionRegistry } from '../protocols/mqtt/session-registry.js'

const KEY = 'tether:mqtt-sessions'

/**
 * The persistent-session registry (protocols/mqtt/session-registry.ts) shared by every hub of a
 * cluster, so a device resuming its clean=0 session on another hub gets session present = 1
 * [MQTT-3.2.2-2] even when the session holds no subscription.
 */
export function redisSessionRegistry(redis: Redis): SessionRegistry {
  return {
    async has(id) { return await redis.sismember(KEY, id) === 1 },
    async add(id) { await redis.sadd(KEY, id) },
    async delete(id) { await redis.srem(KEY, id) },
  }
}
