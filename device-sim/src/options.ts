import { parseArgs } from 'node:util'
import { isModelName, type ModelName } from './models/index.js'
import { isLogLevel, type LogLevel } from './log.js'
import { parseFault, type FaultSpec } from './runtime/faults.js'
import { apiUrlFromHub } from './provisioning/hub-api.js'

/** Every option of `npm run sim`, flag first, then environment, then the default. */
export interface SimOptions {
  devices: number
  hub: string
  api: string
  adminToken?: string
  adminUser: string
  adminPassword?: string
  credentials: string
  prefix: string
  models?: ModelName[]
  rooms: string[]
  rotateTokens: boolean
  /** ms; undefined = until SIGINT/SIGTERM. */
  durationMs?: number
  /** -1 = no control server, 0 = a free port. */
  controlPort: number
  faults: ScheduledFault[]
  /** Telemetry period override, ms. */
  intervalMs?: number
  keepaliveS: number
  seed?: number
  logLevel: LogLevel
  help: boolean
}

export interface ScheduledFault { spec: FaultSpec; device?: string; atMs: number }

export class UsageError extends Error { override name = 'UsageError' }

export const usage = `Usage: npm run sim -- [options]         a simulated fleet
       npm run sim -- load [options]    the load generator (see its --help)

Options (flag / environment variable / default):
  --devices N             TETHER_SIM_DEVICES        12        devices to run
  --hub URL               TETHER_HUB_URL            ws://localhost:8080/ws
                          (ws://, wss://, mqtt://, mqtts:// — the scheme picks the transport)
  --api URL               TETHER_API_URL            http(s)://<hub host>  REST API for provisioning
  --admin-token JWT       TETHER_ADMIN_TOKEN                  admin token for provisioning
  --admin-user NAME       TETHER_ADMIN_USER         admin
  --admin-password PASS   TETHER_ADMIN_PASSWORD               prefer the variable: flags show in ps
  --credentials FILE      TETHER_SIM_CREDENTIALS    ./data/sim-credentials.json  (mode 0600)
  --prefix P              TETHER_SIM_PREFIX         sim       device ids are P-<model>-NN
  --models LIST           TETHER_SIM_MODELS         all       thermostat,power-meter,door-sensor,pump
  --rooms LIST            TETHER_SIM_ROOMS          lab,office,plant
  --rotate-tokens                                             issue new tokens even when cached
  --duration D            TETHER_SIM_DURATION       forever   stop after D (e.g. 90s, 5m, 1500ms)
  --control-port N        TETHER_SIM_CONTROL_PORT   off       control interface on 127.0.0.1:N (0 = any)
  --fault SPEC            (repeatable)                        mode=M[,device=ID][,duration=D][,at=D]
                                                              [,delay=D][,rate=N]
        modes: drop | silent | delay-responses | withhold-responses | burst
  --interval D            TETHER_SIM_INTERVAL       per model telemetry period for every device
  --keepalive S           TETHER_SIM_KEEPALIVE      30        MQTT keepalive, seconds
  --seed N                TETHER_SIM_SEED           random    reproducible telemetry
  --log-level L           TETHER_SIM_LOG_LEVEL      info      silent|error|warn|info|debug
  -h, --help
`

type Env = Record<string, string | undefined>

/** `1500`, `1500ms`, `90s`, `5m`, `2h` → ms. */
export function parseDuration(raw: string, name: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw.trim())
  if (!m) throw new UsageError(`${name} "${raw}" is not a duration; use e.g. 1500ms, 90s, 5m or 2h`)
  const ms = Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 'ms') as 'ms']
  if (!Number.isFinite(ms) || ms <= 0) throw new UsageError(`${name} must be longer than zero`)
  return Math.round(ms)
}

function int(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback
  if (!/^-?\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`${name} "${raw}" must be a whole number between ${min} and ${max}`)
  }
  return Number(raw)
}

/** `mode=drop,device=sim-pump-01,duration=10s,at=30s` → a fault to inject `at` after start. */
export function parseFaultFlag(raw: string): ScheduledFault {
  const fields: Record<string, string> = {}
  for (const part of raw.split(',')) {
    const i = part.indexOf('=')
    if (i <= 0) throw new UsageError(`--fault "${raw}": "${part}" is not key=value`)
    fields[part.slice(0, i).trim()] = part.slice(i + 1).trim()
  }
  const allowed = ['mode', 'device', 'duration', 'at', 'delay', 'rate']
  for (const k of Object.keys(fields)) if (!allowed.includes(k)) throw new UsageError(`--fault "${raw}": unknown key "${k}" (use ${allowed.join(', ')})`)
  const input: Record<string, unknown> = { mode: fields.mode }
  if (fields.duration) input.durationMs = parseDuration(fields.duration, '--fault duration')
  if (fields.delay) input.delayMs = parseDuration(fields.delay, '--fault delay')
  if (fields.rate) input.rate = int(fields.rate, '--fault rate', 0, 1, 1_000_000)
  const parsed = parseFault(input)
  if (!parsed.ok) throw new UsageError(`--fault "${raw}": ${parsed.error}`)
  return { spec: parsed.spec, device: fields.device || undefined, atMs: fields.at ? parseDuration(fields.at, '--fault at') : 0 }
}

export function parseOptions(argv: string[], env: Env = process.env): SimOptions {
  let values
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        devices: { type: 'string' }, hub: { type: 'string' }, api: { type: 'string' },
        'admin-token': { type: 'string' }, 'admin-user': { type: 'string' }, 'admin-password': { type: 'string' },
        credentials: { type: 'string' }, prefix: { type: 'string' }, models: { type: 'string' }, rooms: { type: 'string' },
        'rotate-tokens': { type: 'boolean' }, duration: { type: 'string' }, 'control-port': { type: 'string' },
        fault: { type: 'string', multiple: true }, interval: { type: 'string' }, keepalive: { type: 'string' },
        seed: { type: 'string' }, 'log-level': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; see --help`)
  }
  const pick = (flag: keyof typeof values, name: string): string | undefined => (values[flag] as string | undefined) ?? (env[name] || undefined)

  const hub = pick('hub', 'TETHER_HUB_URL') ?? 'ws://localhost:8080/ws'
  let hubUrl: URL
  try { hubUrl = new URL(hub) } catch { throw new UsageError(`--hub "${hub}" is not a URL; use e.g. ws://localhost:8080/ws`) }
  if (!['ws:', 'wss:', 'mqtt:', 'mqtts:'].includes(hubUrl.protocol)) throw new UsageError(`--hub "${hub}": the scheme must be ws, wss, mqtt or mqtts`)

  const modelsRaw = pick('models', 'TETHER_SIM_MODELS')
  const models = modelsRaw?.split(',').map(s => s.trim()).filter(Boolean)
  for (const m of models ?? []) if (!isModelName(m)) throw new UsageError(`--models: unknown model "${m}"; use thermostat, power-meter, door-sensor, pump`)

  const rooms = (pick('rooms', 'TETHER_SIM_ROOMS') ?? 'lab,office,plant').split(',').map(s => s.trim()).filter(Boolean)
  if (rooms.length === 0) throw new UsageError('--rooms needs at least one room')

  const prefix = pick('prefix', 'TETHER_SIM_PREFIX') ?? 'sim'
  if (!/^[a-z0-9_-]{1,40}$/.test(prefix)) throw new UsageError(`--prefix "${prefix}" must be 1–40 lower-case letters, digits, - or _ (device ids derive from it)`)

  const logLevel = pick('log-level', 'TETHER_SIM_LOG_LEVEL') ?? 'info'
  if (!isLogLevel(logLevel)) throw new UsageError(`--log-level "${logLevel}" must be silent, error, warn, info or debug`)

  const duration = pick('duration', 'TETHER_SIM_DURATION')
  const interval = pick('interval', 'TETHER_SIM_INTERVAL')
  const seed = pick('seed', 'TETHER_SIM_SEED')
  return {
    devices: int(pick('devices', 'TETHER_SIM_DEVICES'), '--devices', 12, 1, 10_000),
    hub,
    api: (pick('api', 'TETHER_API_URL') ?? apiUrlFromHub(hub)).replace(/\/+$/, ''),
    adminToken: pick('admin-token', 'TETHER_ADMIN_TOKEN'),
    adminUser: pick('admin-user', 'TETHER_ADMIN_USER') ?? 'admin',
    adminPassword: pick('admin-password', 'TETHER_ADMIN_PASSWORD'),
    credentials: pick('credentials', 'TETHER_SIM_CREDENTIALS') ?? './data/sim-credentials.json',
    prefix,
    models: models as ModelName[] | undefined,
    rooms,
    rotateTokens: values['rotate-tokens'] ?? false,
    durationMs: duration ? parseDuration(duration, '--duration') : undefined,
    controlPort: int(pick('control-port', 'TETHER_SIM_CONTROL_PORT'), '--control-port', -1, 0, 65535),
    faults: (values.fault ?? []).map(parseFaultFlag),
    intervalMs: interval ? parseDuration(interval, '--interval') : undefined,
    keepaliveS: int(pick('keepalive', 'TETHER_SIM_KEEPALIVE'), '--keepalive', 30, 5, 3600),
    seed: seed === undefined ? undefined : int(seed, '--seed', 0, 0, 2 ** 32 - 1),
    logLevel,
    help: values.help ?? false,
  }
}
