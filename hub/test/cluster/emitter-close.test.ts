import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { EventEmitter } from 'node:events'
import { Redis } from 'ioredis'
import mqemitterRedis from 'mqemitter-redis'
import { startRedis, type RedisServer } from '../support/redis.js'

/*
 * patches/mqemitter-redis+7.2.1.patch: the emitter's close() sends QUIT on both connections and
 * left the returned promises unhandled. When a connection closed before Redis answered (a hub
 * stopping while its devices' last publishes were in flight), the QUIT was rejected with
 * "Connection is closed" and the unhandled rejection ended the hub mid-shutdown.
 */
let redis: RedisServer
beforeAll(async () => { redis = await startRedis() })
afterAll(async () => { await redis?.destroy() })

it('closes without an unhandled rejection when a connection drops before QUIT is answered', async () => {
  const unhandled: unknown[] = []
  const onUnhandled = (err: unknown) => { unhandled.push(err) }
  process.on('unhandledRejection', onUnhandled)
  try {
    const pubConn = new Redis(redis.url)
    const subConn = new Redis(redis.url)
    await Promise.all([pubConn, subConn].map(c => new Promise(resolve => c.once('ready', resolve))))
    const mq = (mqemitterRedis as unknown as (opts: object) => { state: EventEmitter; close(cb: () => void): void })({ pubConn, subConn })
    mq.state.on('error', () => {})
    const closed = new Promise<void>(resolve => mq.close(() => resolve()))
    // The socket goes away with the QUIT still unanswered.
    ;(pubConn as unknown as { stream: { destroy(): void } }).stream.destroy()
    await closed
    for (let i = 0; i < 3; i++) await new Promise(resolve => setImmediate(resolve)) // rejection tracking runs after the microtasks
    expect(unhandled.map(String)).toEqual([])
    expect(pubConn.status).toBe('end')
  } finally {
    process.off('unhandledRejection', onUnhandled)
  }
})
