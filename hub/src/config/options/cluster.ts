import { int, text, url } from '../option.js'

/**
 * Cluster mode: several hubs behind one address share MQTT sessions and routing through Redis and
 * their state through PostgreSQL. Unset, the hub runs alone on its embedded SQLite and LevelDB.
 */
export const clusterOptions = {
  clusterRedisUrl: url({ env: 'TETHER_CLUSTER_REDIS_URL', default: '', protocols: ['redis', 'rediss'], example: 'redis://redis:6379',
    unsetMeans: 'to run a single hub', doc: 'Redis of the cluster (MQTT routing, sessions, retained messages, chat fan-out, node heartbeats); set with `TETHER_DATABASE_URL`' }),
  databaseUrl: url({ env: 'TETHER_DATABASE_URL', default: '', protocols: ['postgres', 'postgresql'], example: 'postgresql://tether:secret@postgres:5432/tether',
    unsetMeans: 'to run a single hub', doc: 'PostgreSQL of the cluster (accounts, devices, rooms and timelines, commands); set with `TETHER_CLUSTER_REDIS_URL`' }),
  nodeId: text({ env: 'TETHER_NODE_ID', default: '', minLength: 1, maxLength: 64, defaultDoc: '_hostname-pid_',
    unsetMeans: 'to derive it from the host name and process id',
    doc: 'this hub\'s name in the cluster (metrics label, heartbeat key, telemetry spool directory)' }),
  clusterHeartbeatMs: int({ env: 'TETHER_CLUSTER_HEARTBEAT_MS', unit: 'ms', default: 2000, min: 100, max: 60_000,
    doc: 'how often a hub renews its heartbeat key and sweeps for dead hubs' }),
  clusterNodeTtlMs: int({ env: 'TETHER_CLUSTER_NODE_TTL_MS', unit: 'ms', default: 10_000, min: 300, max: 600_000,
    doc: 'a hub whose heartbeat is older than this is dead: its devices turn `lost`' }),
}
