import type { Redis } from 'ioredis'

/**
 * Retention passes run hourly on every hub; in a cluster their tables are shared, so one hub's pass
 * is enough. The first hub to ask within the claim's life runs it; a hub that dies mid-pass leaves
 * the rest to the next hour's.
 */
const CLAIM_MS = 50 * 60_000

/** Whether this hub runs the pass `name` now (SET NX with an expiry in the cluster's Redis). */
export function passClaim(redis: Redis, name: string, nodeId: string): () => Promise<boolean> {
  return async () => (await redis.set(`tether:retention:${name}`, nodeId, 'PX', CLAIM_MS, 'NX')) === 'OK'
}
