import { describe, expect, it } from '@jest/globals'
import { ConfigError, isClustered, loadConfig } from '../../src/config/index.js'
import { resolveNodeId } from '../../src/config/rules.js'

const problemsOf = (env: Record<string, string>): string[] => {
  try { loadConfig(env) } catch (err) { if (err instanceof ConfigError) return err.problems; throw err }
  throw new Error('expected a ConfigError')
}

const REDIS = 'redis://127.0.0.1:6379'
const PG = 'postgresql://tether@127.0.0.1:5432/tether'

describe('cluster options', () => {
  it('runs a single hub when neither engine is set', () => {
    const config = loadConfig({})
    expect(isClustered(config)).toBe(false)
    expect(config.clusterRedisUrl).toBe('')
    expect(config.databaseUrl).toBe('')
  })

  it('runs as a cluster node with both engines', () => {
    const config = loadConfig({ TETHER_CLUSTER_REDIS_URL: REDIS, TETHER_DATABASE_URL: PG, TETHER_NODE_ID: 'hub-a' })
    expect(isClustered(config)).toBe(true)
    expect(config.nodeId).toBe('hub-a')
  })

  it.each([
    [{ TETHER_CLUSTER_REDIS_URL: REDIS }, 'TETHER_CLUSTER_REDIS_URL is set but TETHER_DATABASE_URL is not; cluster mode needs both (e.g. postgresql://tether:secret@postgres:5432/tether), or unset TETHER_CLUSTER_REDIS_URL to run a single hub.'],
    [{ TETHER_DATABASE_URL: PG }, 'TETHER_DATABASE_URL is set but TETHER_CLUSTER_REDIS_URL is not; cluster mode needs both (e.g. redis://redis:6379), or unset TETHER_DATABASE_URL to run a single hub.'],
    [{ TETHER_CLUSTER_REDIS_URL: 'http://redis:6379', TETHER_DATABASE_URL: PG }, 'TETHER_CLUSTER_REDIS_URL="http://redis:6379" is not an redis/rediss URL; use e.g. redis://redis:6379 or unset it to run a single hub.'],
    [{ TETHER_CLUSTER_REDIS_URL: REDIS, TETHER_DATABASE_URL: 'mysql://db/tether' }, 'TETHER_DATABASE_URL="mysql://db/tether" is not an postgres/postgresql URL; use e.g. postgresql://tether:secret@postgres:5432/tether or unset it to run a single hub.'],
    [{ TETHER_CLUSTER_HEARTBEAT_MS: '5000', TETHER_CLUSTER_NODE_TTL_MS: '6000' }, 'TETHER_CLUSTER_NODE_TTL_MS must be at least twice TETHER_CLUSTER_HEARTBEAT_MS, or a live hub would be declared dead; raise the TTL or lower the heartbeat.'],
    [{ TETHER_NODE_ID: '../etc' }, 'TETHER_NODE_ID="../etc" may hold only letters, digits, ".", "_" and "-" (e.g. hub-a); change it or unset it to derive one from the host name and process id.'],
    [{ TETHER_NODE_ID: '..' }, 'TETHER_NODE_ID=".." may hold only letters, digits, ".", "_" and "-" (e.g. hub-a); change it or unset it to derive one from the host name and process id.'],
  ])('refuses %j with a sentence naming the fix', (env, problem) => {
    expect(problemsOf(env)).toEqual([problem])
  })

  it.each([
    ['', 'edge-1', 42, 'edge-1-42'],
    ['', 'host name/with:odd', 7, 'host-name-with-odd-7'],
    ['hub-a', 'ignored', 1, 'hub-a'],
  ])('node id %j on host %j pid %i is %j', (configured, host, pid, expected) => {
    expect(resolveNodeId(configured, host, pid)).toBe(expected)
  })
})
