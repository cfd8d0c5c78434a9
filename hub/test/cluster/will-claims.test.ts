import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { Aedes } from 'aedes'
import { Redis } from 'ioredis'
import { claimWillsOnce, willClaimKey, type WillSource } from '../../src/cluster/will-claims.js'
import { redisAvailable, startRedis, type RedisServer } from '../support/redis.js'
import { waitFor } from '../support/free-port.js'

// The hub's own persistence for a cluster (it lives in the hub workspace, CommonJS).
const require = createRequire(import.meta.url)
const redisPersistence = require('aedes-persistence-redis') as (opts: { conn: unknown }) => WillSource & {
  putWill(client: { id: string }, packet: object): Promise<void>
}

let redis: RedisServer
const connections: Redis[] = []
const brokers: Aedes[] = []
beforeAll(async () => {
  if (!redisAvailable()) throw new Error('redis-server (Debian package redis-server) is not installed')
  redis = await startRedis()
})
afterAll(async () => {
  for (const b of brokers) await new Promise<void>(resolve => b.close(() => resolve()))
  for (const c of connections) c.disconnect()
  await redis?.destroy()
})

/** A hub's broker on the shared Redis: its persistence, with claims when `claims` is set. */
async function hub(id: string, claims?: { leaseMs: number }) {
  const conn = new Redis(redis.url)
  connections.push(conn)
  const persistence = redisPersistence({ conn })
  if (claims) claimWillsOnce(persistence, conn, id, claims.leaseMs)
  const broker = await Aedes.createBroker({ id, persistence: persistence as never })
  brokers.push(broker)
  return persistence
}

async function collect(source: WillSource): Promise<string[]> {
  const out: string[] = []
  for await (const will of source.streamWill({})) out.push(`${will.brokerId}/${will.clientId}`)
  return out
}

describe('wills of a dead hub in a cluster of three', () => {
  it('reach aedes on one surviving hub only, and again after the lease when that hub never published them', async () => {
    const dead = await hub('hub-a')
    await dead.putWill({ id: 'dev-1' }, { cmd: 'publish', topic: 'devices/dev-1/status', payload: Buffer.from('lost'), qos: 1, retain: true })
    await dead.putWill({ id: 'dev-2' }, { cmd: 'publish', topic: 'devices/dev-2/status', payload: Buffer.from('lost'), qos: 1, retain: true })
    const b = await hub('hub-b', { leaseMs: 400 })
    const c = await hub('hub-c', { leaseMs: 400 })

    // Both survivors sweep at once, before either deletes anything (what two timers can do).
    const [fromB, fromC] = await Promise.all([collect(b), collect(c)])
    expect([...fromB, ...fromC].sort()).toEqual(['hub-a/dev-1', 'hub-a/dev-2'])
    expect(await connections[0]!.get(willClaimKey('hub-a', 'dev-1'))).toMatch(/^hub-[bc]$/)

    // The claimant never published or deleted them (it died): once the lease is over, a sweep takes them.
    expect(await collect(b)).toEqual([])
    await waitFor(async () => (await connections[0]!.exists(willClaimKey('hub-a', 'dev-1'), willClaimKey('hub-a', 'dev-2'))) === 0, 5000, 'claims expired')
    expect((await collect(c)).sort()).toEqual(['hub-a/dev-1', 'hub-a/dev-2'])
  })
})
