import type { HubConfig } from '../../src/config.js'
import type { HubDeps } from '../../src/server.js'
import type { Point } from '../../src/telemetry/point.js'
import type { TelemetryStore } from '../../src/telemetry/store.js'
import { postgresAvailable, startPostgres, type PostgresServer } from './postgres.js'
import { redisAvailable, startRedis, type RedisServer } from './redis.js'
import { startTestHub, type TestHub } from './test-hub.js'

/** The engines of a test cluster: a real redis-server and a real PostgreSQL, each on a free loopback port. */
export interface ClusterEngines { redis: RedisServer; postgres: PostgresServer; destroy(): Promise<void> }

export async function startClusterEngines(opts: { redisAppendonly?: boolean } = {}): Promise<ClusterEngines> {
  if (!redisAvailable()) throw new Error('redis-server (Debian package redis-server) is not installed')
  if (!postgresAvailable()) throw new Error('PostgreSQL (Debian package postgresql) is not installed')
  const [redis, postgres] = await Promise.all([startRedis({ appendonly: opts.redisAppendonly }), startPostgres()])
  // The servers as they are now: a test may replace one (Redis restarted after an outage).
  const engines: ClusterEngines = { redis, postgres, async destroy() { await Promise.all([engines.redis.destroy(), engines.postgres.destroy()]) } }
  return engines
}

/** Fast heartbeats so a dead hub is found within about a second and a half. */
export const TEST_CLUSTER_TIMING = { clusterHeartbeatMs: 250, clusterNodeTtlMs: 1500 }

/** The environment of a hub process joining the test cluster (the same settings as clusterConfig). */
export function clusterEnv(engines: ClusterEngines, nodeId: string): Record<string, string> {
  return {
    TETHER_CLUSTER_REDIS_URL: engines.redis.url,
    TETHER_DATABASE_URL: engines.postgres.url,
    TETHER_NODE_ID: nodeId,
    TETHER_CLUSTER_HEARTBEAT_MS: String(TEST_CLUSTER_TIMING.clusterHeartbeatMs),
    TETHER_CLUSTER_NODE_TTL_MS: String(TEST_CLUSTER_TIMING.clusterNodeTtlMs),
  }
}

export function clusterConfig(engines: ClusterEngines, nodeId: string): Partial<HubConfig> {
  return { clusterRedisUrl: engines.redis.url, databaseUrl: engines.postgres.url, nodeId, ...TEST_CLUSTER_TIMING }
}

/** A hub of the test cluster in this process. */
export function startClusterHub(engines: ClusterEngines, nodeId: string, overrides: Partial<HubConfig> = {}, deps: HubDeps = {}): Promise<TestHub> {
  return startTestHub({ ...clusterConfig(engines, nodeId), ...overrides }, deps)
}

/** Stops the hubs of a test cluster in order, then its engines (what a failed set-up left undefined is skipped). */
export async function stopCluster(engines: ClusterEngines | undefined, ...hubs: Array<TestHub | undefined>): Promise<void> {
  for (const hub of hubs) await hub?.stop()
  await engines?.destroy()
}

/**
 * A telemetry store that records every point written, shared by several hubs of a test cluster
 * (as one InfluxDB would be), so a test can count how many times each point was written.
 */
export function recordingTelemetryStore(): TelemetryStore & { points: Point[] } {
  const points: Point[] = []
  return {
    kind: 'embedded', target: 'memory (test)', points,
    async write(batch) { points.push(...batch) },
    async query() { return [] },
    async latest() { return {} },
    async ping() {},
    async close() {},
  }
}
