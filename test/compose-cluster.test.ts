import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { composeConfig, dockerComposeAvailable, repoRoot, type ComposeConfig } from './support/compose-config.js'
import { startClusterEngines, type ClusterEngines } from '../hub/test/support/cluster.js'
import { spawnHub, type HubProcess } from '../hub/test/support/spawn-hub.js'
import { waitFor } from '../hub/test/support/free-port.js'

/**
 * The compose cluster profile, without a Docker engine: docker-compose renders it, then two built
 * hubs are started with exactly the environment compose gives hub-a and hub-b — only the Redis and
 * PostgreSQL host:port, the data directory and the listen address are rewritten to a real
 * redis-server and PostgreSQL on loopback, and the telemetry store is the embedded one
 * (compose.test.ts covers the InfluxDB wiring) — and they must form one cluster.
 */
const CI = process.env.CI === 'true'
const haveCompose = dockerComposeAvailable()
const haveHubBuild = existsSync(path.join(repoRoot, 'hub/dist/main.js'))
const HUBS = ['hub-a', 'hub-b']

describe('the compose cluster profile', () => {
  it('has what it needs wherever CI runs', () => {
    if (CI) expect({ haveCompose, haveHubBuild }).toEqual({ haveCompose: true, haveHubBuild: true })
  })

  const maybe = haveCompose && haveHubBuild ? it : it.skip
  let config: ComposeConfig
  let engines: ClusterEngines | undefined
  const hubs: Array<{ process: HubProcess; dataDir: string }> = []

  beforeAll(async () => {
    if (!haveCompose || !haveHubBuild) return
    config = await composeConfig(['docker-compose.yml'])
    engines = await startClusterEngines()
    for (const name of HUBS) {
      const env = Object.fromEntries(Object.entries(config.services[name]!.environment ?? {}).map(([k, v]) => [k, v ?? '']))
      const redis = new URL(env.TETHER_CLUSTER_REDIS_URL!)
      redis.host = `127.0.0.1:${engines.redis.port}`
      const db = new URL(env.TETHER_DATABASE_URL!)
      db.host = `127.0.0.1:${engines.postgres.port}` // trust authentication: the compose password is accepted as is
      const dataDir = mkdtempSync(path.join(tmpdir(), `tether-compose-${name}-`))
      for (const k of Object.keys(env)) if (k.startsWith('TETHER_INFLUX_')) delete env[k]
      hubs.push({
        dataDir,
        process: await spawnHub({
          ...env, TETHER_CLUSTER_REDIS_URL: redis.toString(), TETHER_DATABASE_URL: db.toString(), TETHER_TELEMETRY_STORE: 'embedded',
          TETHER_DATA_DIR: dataDir, TETHER_PORT: '0', TETHER_HOST: '127.0.0.1', TETHER_DASHBOARD_DIR: '',
        }, 30_000),
      })
    }
  }, 90_000)

  afterAll(async () => {
    for (const hub of hubs) {
      expect(await hub.process.kill('SIGTERM')).toBe(0)
      rmSync(hub.dataDir, { recursive: true, force: true })
    }
    await engines?.destroy()
  }, 30_000)

  maybe('puts Redis, PostgreSQL, two hubs and HAProxy in the cluster profile only', () => {
    const inProfile = Object.entries(config.services).filter(([, s]) => s.profiles?.includes('cluster')).map(([n]) => n).sort()
    expect(inProfile).toEqual(['hub-a', 'hub-b', 'lb', 'postgres', 'redis'])
    for (const name of ['influxdb', 'hub', 'device-sim']) expect(config.services[name]!.profiles).toBeUndefined()
    for (const name of HUBS) {
      expect(config.services[name]!.depends_on).toEqual({
        influxdb: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' },
      })
      expect(config.services[name]!.healthcheck?.test.join(' ')).toContain('/readyz')
    }
    expect(config.services.lb!.ports).toEqual([{ published: 8081, target: 8080 }])
  })

  maybe('balances over every cluster hub with /readyz checks and WebSocket tunnels', () => {
    const cfg = readFileSync(path.join(repoRoot, 'deploy/cluster/haproxy.cfg'), 'utf8')
    expect(cfg).toMatch(/^\s*option httpchk GET \/readyz$/m)
    expect(cfg).toMatch(/^\s*timeout tunnel \S+$/m)
    for (const name of HUBS) expect(cfg).toMatch(new RegExp(`^\\s*server ${name} ${name}:8080 check$`, 'm'))
  })

  maybe.each(HUBS)('gives %s only variables the hub reads', name => {
    const source = readSources(path.join(repoRoot, 'hub/src'))
    expect(Object.keys(config.services[name]!.environment ?? {}).filter(v => !new RegExp(`\\b${v}\\b`).test(source))).toEqual([])
  })

  maybe('forms one cluster from the two hubs: both ready on Redis and PostgreSQL, each counting two nodes', async () => {
    for (const [i, hub] of hubs.entries()) {
      const base = `http://127.0.0.1:${hub.process.port}`
      const ready = await (await fetch(`${base}/readyz`)).json() as { checks: Array<{ name: string; ok: boolean }> }
      expect(ready.checks).toEqual(expect.arrayContaining([{ name: 'redis', ok: true }, { name: 'postgres', ok: true }]))
      await waitFor(async () => (await (await fetch(`${base}/metrics`)).text()).includes(`tether_cluster_nodes{node="${HUBS[i]}"} 2`), 10_000, `${HUBS[i]} to count two nodes`)
    }
  })
})

function readSources(dir: string): string {
  let text = ''
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) text += readSources(p)
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) text += readFileSync(p, 'utf8')
  }
  return text
}
