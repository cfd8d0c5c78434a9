import { Redis } from 'ioredis'
import type { Logger } from '../logger.js'

/**
 * One Redis connection of the cluster, named in CLIENT LIST. Errors are logged once per outage
 * (ioredis reconnects by itself); commands issued meanwhile wait in its offline queue.
 */
export function connectRedis(url: string, name: string, logger: Logger): Redis {
  const redis = new Redis(url, { connectionName: name, lazyConnect: false, maxRetriesPerRequest: 3 })
  let down = false
  redis.on('error', (err: Error) => {
    if (down) return
    down = true
    logger.warn({ err: err.message, connection: name }, 'redis connection error; reconnecting')
  })
  redis.on('ready', () => {
    if (down) logger.info({ connection: name }, 'redis connection back')
    down = false
  })
  return redis
}

/** Resolves once the connection is ready, or rejects with a sentence naming the URL's host. */
export function whenReady(redis: Redis, url: string, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady)
      reject(new Error(`Redis at ${new URL(url).host} did not answer within ${timeoutMs} ms; check TETHER_CLUSTER_REDIS_URL and that Redis runs.`))
    }, timeoutMs)
    function onReady(): void { clearTimeout(timer); resolve() }
    redis.once('ready', onReady)
  })
}
