import type { EventEmitter } from 'node:events'
import { createRequire } from 'node:module'
import type { Redis } from 'ioredis'
import { Gauge, type Registry } from 'prom-client'
import mqemitterRedis from 'mqemitter-redis'
import type { HubConfig } from '../config.js'
import type { ReadinessCheck } from '../http/health.js'
import type { Logger } from '../logger.js'
import { ClusterBus } from './bus.js'
import { NodeRegistry } from './node-registry.js'
import { migrate } from './pg-migrations.js'
import { connectRedis, whenReady } from './redis.js'
import { SyncPg } from './sync-pg.js'
import { redisSessionRegistry } from './redis-session-registry.js'
import { claimWillsOnce, type WillSource } from './will-claims.js'
import type { SessionRegistry } from '../protocols/mqtt/session-registry.js'

// aedes-persistence-redis 12 declares aedes-persistence 11 (aedes 1.2's major); it lives in the hub workspace.
const require = createRequire(import.meta.url)
const redisPersistence = require('aedes-persistence-redis') as (opts: { conn: unknown; maxSessionDelivery?: number }) => unknown

export interface DeadNodeHandler { (node: string, devices: string[]): void }

/**
 * What a hub shares with the other hubs of its cluster: the broker's persistence and emitter in
 * Redis, the stores' PostgreSQL, the announcement bus, and the node registry (heartbeats, which
 * hub holds which device). Built only when both TETHER_CLUSTER_REDIS_URL and TETHER_DATABASE_URL are set.
 */
export interface Cluster {
  nodeId: string
  /** The cluster's Redis (commands; the bus and the broker have their own connections). */
  redis: Redis
  pg: SyncPg
  bus: ClusterBus
  nodes: NodeRegistry
  /** aedes options: shared sessions, subscriptions, retained and queued messages; routing between hubs. */
  mqtt: { persistence: unknown; mq: unknown; sessions: SessionRegistry; heartbeatIntervalMs: number }
  /** The operator JWT secret shared by every hub (made once, kept in PostgreSQL). */
  jwtSecret(configured: string): Uint8Array
  readiness: ReadinessCheck[]
  /** Who reports the devices of a dead hub lost (presence registers itself). */
  onNodeDead(handler: DeadNodeHandler): void
  /** Starts heartbeats; called once the features are listening. */
  start(): Promise<void>
  stop(): Promise<void>
}

export async function startCluster(config: HubConfig, deps: { logger: Logger; registry: Registry }): Promise<Cluster> {
  const logger = deps.logger.child({ mod: 'cluster', node: config.nodeId })
  const nodeId = config.nodeId
  const url = config.clusterRedisUrl
  const commands = connectRedis(url, `tether:${nodeId}:commands`, logger)
  const subscriber = connectRedis(url, `tether:${nodeId}:bus`, logger)
  const persistenceConn = connectRedis(url, `tether:${nodeId}:mqtt-persistence`, logger)
  const emitterPub = connectRedis(url, `tether:${nodeId}:mqtt-pub`, logger)
  const emitterSub = connectRedis(url, `tether:${nodeId}:mqtt-sub`, logger)
  const redisConnections = [commands, subscriber, persistenceConn, emitterPub, emitterSub]
  try {
    await Promise.all(redisConnections.map(r => whenReady(r, url, 10_000)))
  } catch (err) {
    for (const r of redisConnections) r.disconnect()
    throw err
  }
  try {
    const applied = await migrate(config.databaseUrl)
    if (applied.length) logger.info({ versions: applied }, 'PostgreSQL schema migrated')
  } catch (err) {
    for (const r of redisConnections) r.disconnect()
    throw new Error(`PostgreSQL at ${new URL(config.databaseUrl).host} is not usable: ${(err as Error).message}; check TETHER_DATABASE_URL.`)
  }
  const db = new SyncPg(config.databaseUrl, {
    name: `tether:${nodeId}`, probeMs: config.clusterHeartbeatMs,
    onAvailability(available, reason) {
      if (available) logger.warn('PostgreSQL reachable again')
      else logger.error({ reason }, 'PostgreSQL unreachable: store calls fail at once (503, chat `unavailable`) until it answers again')
    },
  })

  const deadHandlers: DeadNodeHandler[] = []
  const bus = new ClusterBus(nodeId, commands, subscriber, logger)
  const nodes = new NodeRegistry({
    redis: commands, nodeId, heartbeatMs: config.clusterHeartbeatMs, ttlMs: config.clusterNodeTtlMs, logger,
    onNodeDead: (node, devices) => { for (const h of deadHandlers) h(node, devices) },
  })
  const mq = mqemitterRedis({ pubConn: emitterPub, subConn: emitterSub } as never)
  // mqemitter-redis re-emits its connections' errors on `state`; with no listener there the first
  // refused reconnect during a Redis outage was an uncaught 'error' that ended the hub. The
  // connections' own listeners (redis.ts) already log the outage once.
  ;(mq as unknown as { state: EventEmitter }).state.on('error', () => {})
  const persistence = redisPersistence({ conn: persistenceConn }) as WillSource
  // aedes sweeps for dead hubs' wills every four heartbeats: a claim outlives two sweeps.
  claimWillsOnce(persistence, commands, nodeId, 8 * config.clusterHeartbeatMs)

  deps.registry.setDefaultLabels({ node: nodeId })
  new Gauge({
    name: 'tether_cluster_nodes', help: 'Hubs of the cluster whose heartbeat is current (as this hub last swept)', registers: [deps.registry],
    collect() { this.set(nodes.snapshot().alive.length) },
  })
  new Gauge({
    name: 'tether_cluster_node_devices', help: 'Device connections held by each live hub of the cluster', labelNames: ['hub'], registers: [deps.registry],
    collect() {
      this.reset()
      for (const [hub, n] of Object.entries(nodes.snapshot().devicesByNode)) this.set({ hub }, n)
    },
  })

  return {
    nodeId, redis: commands, pg: db, bus, nodes,
    mqtt: { persistence, mq, sessions: redisSessionRegistry(commands), heartbeatIntervalMs: config.clusterHeartbeatMs },
    jwtSecret(configured) {
      if (configured) return new TextEncoder().encode(configured)
      // The first hub to start makes it; hex, because the worker's answers are structured clones.
      const fresh = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex')
      db.query(`INSERT INTO hub_secrets (name, value) VALUES ('jwt', decode($1, 'hex')) ON CONFLICT DO NOTHING`, [fresh])
      const row = db.query<{ hex: string }>(`SELECT encode(value, 'hex') AS hex FROM hub_secrets WHERE name = 'jwt'`)[0]
      return new Uint8Array(Buffer.from(row.hex, 'hex'))
    },
    readiness: [
      () => ({ name: 'redis', ok: commands.status === 'ready' && emitterSub.status === 'ready', ...(commands.status === 'ready' ? {} : { detail: commands.status }) }),
      () => (db.available ? { name: 'postgres', ok: true } : { name: 'postgres', ok: false, detail: db.unavailableReason }),
      () => {
        // Ready once this hub's own heartbeat is in Redis: the others can see it and will sweep for it.
        const { alive } = nodes.snapshot()
        return { name: 'cluster', ok: alive.includes(nodeId), detail: `node ${nodeId}; ${alive.length} live hub${alive.length === 1 ? '' : 's'}: ${alive.join(', ')}` }
      },
    ],
    onNodeDead(handler) { deadHandlers.push(handler) },
    async start() {
      await nodes.start()
      logger.info({ redis: new URL(url).host, postgres: new URL(config.databaseUrl).host }, 'cluster node joined')
    },
    async stop() {
      await nodes.stop()
      bus.close()
      db.close()
      for (const r of [commands, subscriber, persistenceConn]) await r.quit().catch(() => r.disconnect())
      // The emitter's connections are closed by the broker (mqemitter-redis close), after the persistence.
    },
  }
}
