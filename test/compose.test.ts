import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { composeConfig, dockerComposeAvailable, repoRoot, runCompose, type ComposeConfig } from './support/compose-config.js'
import { influxdAvailable, startInfluxdWithUsers, type AuthInfluxd } from './support/influxd-with-users.js'
import { spawnHub, type HubProcess } from '../hub/test/support/spawn-hub.js'
import { startVictoriaMetrics, victoriaAvailable, type VictoriaMetrics } from '../hub/test/support/victoria-metrics.js'
import { connectMqtt, endMqtt } from '../hub/test/support/mqtt-client.js'

/**
 * The compose demo, exercised without a Docker engine: docker-compose validates and renders the
 * file, then the built hub is started with exactly the environment compose gives the `hub`
 * service — only InfluxDB's address, the data directory and the listen port/address are rewritten
 * to a real influxd and free loopback resources — and telemetry must land in that influxd.
 */
const CI = process.env.CI === 'true'
const haveCompose = dockerComposeAvailable()
const haveInfluxd = influxdAvailable()
const haveHubBuild = existsSync(path.join(repoRoot, 'hub/dist/main.js'))

const BASE = ['docker-compose.yml']
const WITH_V2 = ['docker-compose.yml', 'docker-compose.influxdb2.yml']

/** Every docker-compose run this file needs, started at once (each is a Python start-up), once. */
let runs: ReturnType<typeof startComposeRuns> | undefined
const composeRuns = () => (runs ??= startComposeRuns())
async function startComposeRuns() {
  const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8')
  const [q1, q2, base, withV2, withV2FromExample] = await Promise.all([
    runCompose(['config', '-q'], BASE), runCompose(['config', '-q'], WITH_V2),
    composeConfig(BASE), composeConfig(WITH_V2), composeConfig(WITH_V2, example),
  ])
  const checks = [{ files: BASE, status: q1.status, stderr: q1.stderr }, { files: WITH_V2, status: q2.status, stderr: q2.stderr }]
  return { checks, base, withV2, withV2FromExample }
}

describe('docker compose files', () => {
  it('has docker-compose installed wherever CI runs', () => {
    // Outside CI a missing docker-compose skips the checks below; under CI=true it fails here.
    if (CI) expect(haveCompose).toBe(true)
  })

  const maybe = haveCompose ? it : it.skip
  let checks: Array<{ files: string[]; status: number | null; stderr: string }> = []
  let base: ComposeConfig
  let withV2: ComposeConfig
  let withV2FromExample: ComposeConfig
  beforeAll(async () => {
    if (!haveCompose) return
    ;({ checks, base, withV2, withV2FromExample } = await composeRuns())
  }, 60_000)

  maybe('validates docker-compose.yml alone and with the InfluxDB 2.x override', () => {
    expect(checks).toEqual([{ files: BASE, status: 0, stderr: '' }, { files: WITH_V2, status: 0, stderr: '' }])
  })

  maybe('documents in .env.example exactly the defaults compose uses without a .env', () => {
    expect(withV2FromExample).toEqual(withV2)
  })

  maybe('wires a healthy InfluxDB 1.11 before the hub and a healthy hub before the fleet', () => {
    const { services } = base
    expect(services.influxdb.image).toBe('influxdb:1.11')
    expect(services.influxdb.healthcheck?.test).toBeDefined()
    expect(services.hub.depends_on).toEqual({ influxdb: { condition: 'service_healthy' } })
    expect(services['device-sim'].depends_on).toEqual({ hub: { condition: 'service_healthy' } })
    expect(services.hub.healthcheck?.test.join(' ')).toContain('/healthz')
    expect(services.hub.ports).toEqual([{ published: 8080, target: 8080 }])
    expect(services.hub.environment?.TETHER_TELEMETRY_STORE).toBe('influx-v1')
    // The hub's credentials are the ones the influxdb service provisions on first start.
    const influx = services.influxdb.environment!
    expect(services.hub.environment).toMatchObject({
      TETHER_INFLUX_DATABASE: influx.INFLUXDB_DB, TETHER_INFLUX_USERNAME: influx.INFLUXDB_USER, TETHER_INFLUX_PASSWORD: influx.INFLUXDB_USER_PASSWORD,
    })
    expect(influx.INFLUXDB_HTTP_AUTH_ENABLED).toBe('true')
  })

  maybe('switches the hub to the 2.x adapter and a healthy InfluxDB 2 with the override', () => {
    const { services } = withV2
    expect(services.influxdb2.image).toMatch(/^influxdb:2\.\d+$/)
    expect(services.hub.depends_on?.influxdb2).toEqual({ condition: 'service_healthy' })
    const env2 = services.influxdb2.environment!
    expect(services.hub.environment).toMatchObject({
      TETHER_TELEMETRY_STORE: 'influx-v2', TETHER_INFLUX_URL: 'http://influxdb2:8086',
      TETHER_INFLUX_ORG: env2.DOCKER_INFLUXDB_INIT_ORG, TETHER_INFLUX_BUCKET: env2.DOCKER_INFLUXDB_INIT_BUCKET, TETHER_INFLUX_TOKEN: env2.DOCKER_INFLUXDB_INIT_ADMIN_TOKEN,
    })
  })

  maybe.each([['hub', 'hub/src'], ['device-sim', 'device-sim/src']])('gives %s only variables its code reads', (service, dir) => {
    const source = readSources(path.join(repoRoot, dir))
    const unknown = Object.keys(withV2.services[service].environment ?? {}).filter(name => !new RegExp(`\\b${name}\\b`).test(source))
    expect(unknown).toEqual([])
  })
})

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))

  it('runs the hub as a non-root user with a /healthz check and the data directory on a volume', () => {
    expect(runtime).toMatch(/^USER node$/m)
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m)
    expect(runtime).toMatch(/^EXPOSE 8080$/m)
    expect(runtime).toMatch(/^VOLUME \["\/data"\]$/m)
    expect(runtime).toMatch(/^CMD \["node", "hub\/dist\/main\.js"\]$/m)
    // glibc's allocator with two arenas: docs/operations.md § Sizing gives the measured saving.
    expect(runtime).toMatch(/^\s+MALLOC_ARENA_MAX=2 \\$/m)
  })

  it('patches aedes in both installs: patches/ before npm ci, the root (patch-package) in the production one', () => {
    expect(dockerfile.slice(0, dockerfile.indexOf('npm ci'))).toMatch(/^COPY patches\/ patches\/$/m)
    expect(dockerfile).toMatch(/npm ci --omit=dev --include-workspace-root /)
  })

  it('bakes no secret or .env into the image', () => {
    expect(dockerfile).not.toMatch(/PASSWORD|SECRET|TOKEN/)
    expect(readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8')).toMatch(/^\.env$/m)
  })
})

const canRunHub = haveCompose && haveInfluxd && haveHubBuild
describe('the hub started with the compose environment', () => {
  it('has what it needs wherever CI runs', () => {
    if (CI) expect({ haveCompose, haveInfluxd, haveHubBuild }).toEqual({ haveCompose: true, haveInfluxd: true, haveHubBuild: true })
  })

  const maybe = canRunHub ? it : it.skip
  let influxd: AuthInfluxd | undefined
  let hub: ComposeHub | undefined
  let influxEnv: Record<string, string> = {}

  beforeAll(async () => {
    if (!canRunHub) return
    const { services } = (await composeRuns()).base
    influxEnv = stringEnv(services.influxdb.environment)
    influxd = await startInfluxdWithUsers({
      database: influxEnv.INFLUXDB_DB, adminUser: influxEnv.INFLUXDB_ADMIN_USER, adminPassword: influxEnv.INFLUXDB_ADMIN_PASSWORD,
      user: influxEnv.INFLUXDB_USER, userPassword: influxEnv.INFLUXDB_USER_PASSWORD,
    })
    hub = await startHubWithComposeEnv(stringEnv(services.hub.environment), influxd.url)
  }, 60_000)

  afterAll(async () => {
    await hub?.stop()
    await influxd?.destroy()
  }, 30_000)

  maybe('is ready with the compose InfluxDB as its telemetry store', async () => {
    const checks = await waitReady(hub!.process.port)
    expect(checks).toContainEqual({ name: 'telemetry', ok: true })
    const configured = jsonLines(hub!.process.logs).find(l => l.msg === 'telemetry store configured')
    expect(configured).toMatchObject({ store: 'influx-v1', target: `${influxd!.url} db=${influxEnv.INFLUXDB_DB}` })
  })

  maybe('lands telemetry a device publishes over MQTT-over-WebSocket in that InfluxDB', async () => {
    const t0 = await publishProbeTelemetry(hub!)
    // Read back as the compose's InfluxDB user, the way an operator would.
    const as = { user: influxEnv.INFLUXDB_USER, password: influxEnv.INFLUXDB_USER_PASSWORD }
    const db = influxEnv.INFLUXDB_DB
    const rows = await waitFor(async () => {
      const body = await influxd!.query(`SELECT "temperature" FROM "${db}"."autogen"."telemetry" WHERE "device" = 'compose-probe' ORDER BY time ASC`, as)
      const values = body.results[0]?.series?.[0]?.values ?? []
      return values.length >= 3 ? values : undefined
    }, 15_000)
    expect(rows).toEqual([[t0, 20], [t0 + 1000, 21], [t0 + 2000, 22]])
    // The hub's user is no InfluxDB admin, as in compose: nothing it does may warn or fail.
    expect(jsonLines(hub!.process.logs).filter(l => (l.level ?? 0) >= 40)).toEqual([])
  })
})

/** InfluxDB 2 cannot run here; VictoriaMetrics implements /api/v2/write (see docs/telemetry.md). */
const haveVictoria = victoriaAvailable()
const canRunHubV2 = haveCompose && haveVictoria && haveHubBuild
describe('the hub started with the InfluxDB 2.x override\'s environment', () => {
  it('has what it needs wherever CI runs', () => {
    if (CI) expect({ haveCompose, haveVictoria, haveHubBuild }).toEqual({ haveCompose: true, haveVictoria: true, haveHubBuild: true })
  })

  const maybe = canRunHubV2 ? it : it.skip
  let vm: VictoriaMetrics | undefined
  let hub: ComposeHub | undefined

  beforeAll(async () => {
    if (!canRunHubV2) return
    const { services } = (await composeRuns()).withV2
    vm = await startVictoriaMetrics()
    hub = await startHubWithComposeEnv(stringEnv(services.hub.environment), vm.url)
  }, 60_000)

  afterAll(async () => {
    await hub?.stop()
    await vm?.destroy()
  }, 30_000)

  maybe('writes device telemetry through the 2.x adapter (org, bucket, token)', async () => {
    const checks = await waitReady(hub!.process.port)
    expect(checks).toContainEqual({ name: 'telemetry', ok: true })
    expect(jsonLines(hub!.process.logs).find(l => l.msg === 'telemetry store configured')).toMatchObject({ store: 'influx-v2' })
    const t0 = await publishProbeTelemetry(hub!)
    const series = await waitFor(async () => {
      const found = await vm!.exportSeries('{__name__="telemetry_temperature",device="compose-probe"}')
      return found.length === 1 && found[0]!.values.length >= 3 ? found[0]! : undefined
    }, 15_000)
    expect({ timestamps: series.timestamps, values: series.values }).toEqual({ timestamps: [t0, t0 + 1000, t0 + 2000], values: [20, 21, 22] })
    expect(jsonLines(hub!.process.logs).filter(l => (l.level ?? 0) >= 40)).toEqual([])
  })
})

interface ComposeHub { process: HubProcess; adminPassword: string; stop(): Promise<void> }

/**
 * `node hub/dist/main.js` with exactly the environment compose gives the hub service, except:
 * InfluxDB's host:port → the real server started here, the data directory → a temporary one,
 * and the listen address → a free loopback port.
 */
async function startHubWithComposeEnv(composeEnv: Record<string, string>, storeUrl: string): Promise<ComposeHub> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-compose-hub-'))
  const influxUrl = new URL(composeEnv.TETHER_INFLUX_URL)
  const local = new URL(storeUrl)
  influxUrl.hostname = local.hostname
  influxUrl.port = local.port
  const env = { ...composeEnv, TETHER_INFLUX_URL: influxUrl.toString().replace(/\/$/, ''), TETHER_DATA_DIR: dataDir, TETHER_PORT: '0', TETHER_HOST: '127.0.0.1' }
  const hubProcess = await spawnHub(env, 20_000).catch(err => { rmSync(dataDir, { recursive: true, force: true }); throw err })
  return {
    process: hubProcess,
    adminPassword: composeEnv.TETHER_ADMIN_PASSWORD,
    async stop() {
      const code = await hubProcess.kill('SIGTERM')
      rmSync(dataDir, { recursive: true, force: true })
      expect(code).toBe(0)
    },
  }
}

async function waitReady(port: number): Promise<Array<{ name: string; ok: boolean }>> {
  const res = await waitFor(async () => {
    const r = await fetch(`http://127.0.0.1:${port}/readyz`)
    return r.status === 200 ? r : undefined
  }, 15_000)
  return (await res.json() as { checks: Array<{ name: string; ok: boolean }> }).checks
}

/**
 * What the demo's fleet does: log in as admin with the compose password, register a device,
 * publish three points over MQTT-over-WebSocket with its token. Returns the first point's time.
 */
async function publishProbeTelemetry(hub: ComposeHub): Promise<number> {
  const base = `http://127.0.0.1:${hub.process.port}`
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: hub.adminPassword }),
  })
  expect(login.status).toBe(200)
  const { token } = await login.json() as { token: string }
  const created = await fetch(`${base}/api/devices`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ id: 'compose-probe', name: 'compose probe', room: 'lab', model: 'thermostat' }),
  })
  expect(created.status).toBe(201)
  const device = await created.json() as { token: string }
  const client = await connectMqtt(`ws://127.0.0.1:${hub.process.port}/ws`, { clientId: 'compose-probe', username: 'compose-probe', password: device.token })
  const t0 = Date.now() - 60_000
  try {
    for (let i = 0; i < 3; i++) {
      await client.publishAsync('devices/compose-probe/telemetry', JSON.stringify({ temperature: 20 + i, ts: t0 + i * 1000 }), { qos: 1 })
    }
  } finally {
    await endMqtt(client)
  }
  return t0
}

function jsonLines(lines: string[]): Array<{ level?: number; msg?: string; store?: string; target?: string }> {
  return lines.flatMap(line => { try { return [JSON.parse(line)] } catch { return [] } })
}

function stringEnv(env: Record<string, string | null> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, v ?? '']))
}

function readSources(dir: string): string {
  let text = ''
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) text += readSources(p)
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) text += readFileSync(p, 'utf8')
  }
  return text
}

/** Polls `probe` every 100 ms until it returns a value, at most `timeoutMs`. */
async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const v = await probe()
      if (v !== undefined) return v
    } catch (err) { lastError = err }
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`)
    await new Promise(r => setTimeout(r, 100))
  }
}
