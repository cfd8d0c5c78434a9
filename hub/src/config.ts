import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The dashboard bundle next to the hub in this repository (and in the Docker image). */
const bundledDashboard = fileURLToPath(new URL('../../dashboard/dist', import.meta.url))

/**
 * Every tunable of the hub, with its unit, in one place.
 * Environment variables override these (see `loadConfig`); README's configuration table mirrors it.
 */
export const defaultOptions = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: './data',
  /** Browser Origins allowed to upgrade, besides the hub's own origin. */
  allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'] as string[],
  /** Largest single WebSocket frame/message accepted, bytes (ws defaults to 100 MiB). */
  wsMaxPayloadBytes: 512 * 1024,
  /** Largest MQTT packet (fixed header + remaining length), bytes; bigger → connection closed. */
  mqttMaxPacketBytes: 256 * 1024,
  /** Bytes a connection may send before its CONNECT is accepted. */
  mqttPreConnectBytes: 16 * 1024,
  /** aedes: ms a client has to send CONNECT after the upgrade. */
  mqttConnectTimeoutMs: 10_000,
  /** aedes: ms a slow subscriber's stream may stay blocked before it is dropped (0 = never). */
  mqttDrainTimeoutMs: 10_000,
  /** aedes: QoS 1/2 packets in flight per client before the client is paused. */
  mqttMaxInflightInbound: 64,
  /** Optional plain-TCP MQTT listener port; 0 = off. */
  mqttTcpPort: 0,
  /** chat.v1: ms between pings; a peer that misses one is terminated. */
  chatHeartbeatMs: 30_000,
  /** chat.v1: ms an anonymous connection has to send `hello`. */
  chatHelloTimeoutMs: 5_000,
  /** Per-connection bytes queued for send before a slow consumer is dropped. */
  wsSendBufferLimitBytes: 1024 * 1024,
  /** Graceful shutdown budget, ms. */
  shutdownTimeoutMs: 10_000,
  /** Dashboard static files; '' = don't serve. Default: dashboard/dist of this repository. */
  dashboardDir: '',
  logLevel: 'info' as string,
  /** Operator JWT signing secret; '' = generated once into the data directory. */
  jwtSecret: '',
  /** Operator token lifetime, seconds. */
  tokenTtlSeconds: 3600,
  /** Password of the `admin` account created on first start; '' = generated and printed once. */
  adminPassword: '',
  /** Failed logins per account within the login window before it is locked, count. */
  loginMaxFailuresPerAccount: 5,
  /** Failed logins per client address within the login window, count. */
  loginMaxFailuresPerAddress: 20,
  /** Login rate-limit sliding window, ms. */
  loginWindowMs: 15 * 60_000,
  /** How often live operator MQTT sessions are checked for an expired token, ms. */
  mqttSessionSweepMs: 1000,
}

export type HubConfig = typeof defaultOptions

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(`${name}="${raw}" is not a whole number; set it to an integer between ${min} and ${max} or unset it to use ${fallback}.`)
  }
  const n = Number(raw)
  if (n < min || n > max) {
    throw new ConfigError(`${name}=${n} is out of range; set it between ${min} and ${max} or unset it to use ${fallback}.`)
  }
  return n
}

function listVar(env: Env, name: string, fallback: string[]): string[] {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const list = raw.split(',').map(s => s.trim()).filter(Boolean)
  for (const origin of list) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`${name} contains "${origin}", which is not an origin; use a comma-separated list like "https://hub.example.com,http://localhost:5173".`)
    }
  }
  return list
}

function adminPasswordVar(env: Env): string {
  const raw = env.TETHER_ADMIN_PASSWORD ?? ''
  if (raw !== '' && (raw.length < 8 || raw.length > 256)) {
    throw new ConfigError('TETHER_ADMIN_PASSWORD must be 8 to 256 characters; choose a longer one or unset it to have one generated.')
  }
  return raw
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/** Reads the environment; a bad value throws a ConfigError naming the variable and the fix. */
export function loadConfig(env: Env = process.env, overrides: Partial<HubConfig> = {}): HubConfig {
  const logLevel = env.LOG_LEVEL ?? defaultOptions.logLevel
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL="${logLevel}" is not one of ${LOG_LEVELS.join(', ')}.`)
  }
  const config: HubConfig = {
    ...defaultOptions,
    port: intVar(env, 'PORT', defaultOptions.port, 0, 65535),
    host: env.HOST || defaultOptions.host,
    dataDir: path.resolve(env.TETHER_DATA_DIR || defaultOptions.dataDir),
    allowedOrigins: listVar(env, 'TETHER_ALLOWED_ORIGINS', defaultOptions.allowedOrigins),
    wsMaxPayloadBytes: intVar(env, 'TETHER_WS_MAX_PAYLOAD', defaultOptions.wsMaxPayloadBytes, 1024, 64 * 1024 * 1024),
    mqttMaxPacketBytes: intVar(env, 'TETHER_MQTT_MAX_PACKET', defaultOptions.mqttMaxPacketBytes, 128, 256 * 1024 * 1024),
    mqttPreConnectBytes: intVar(env, 'TETHER_MQTT_PRECONNECT_BYTES', defaultOptions.mqttPreConnectBytes, 64, 1024 * 1024),
    mqttConnectTimeoutMs: intVar(env, 'TETHER_MQTT_CONNECT_TIMEOUT_MS', defaultOptions.mqttConnectTimeoutMs, 100, 600_000),
    mqttTcpPort: intVar(env, 'TETHER_MQTT_TCP_PORT', defaultOptions.mqttTcpPort, 0, 65535),
    chatHeartbeatMs: intVar(env, 'TETHER_CHAT_HEARTBEAT_MS', defaultOptions.chatHeartbeatMs, 100, 600_000),
    shutdownTimeoutMs: intVar(env, 'TETHER_SHUTDOWN_TIMEOUT_MS', defaultOptions.shutdownTimeoutMs, 100, 600_000),
    dashboardDir: env.TETHER_DASHBOARD_DIR ?? bundledDashboard,
    logLevel,
    jwtSecret: env.TETHER_JWT_SECRET ?? '',
    tokenTtlSeconds: intVar(env, 'TETHER_TOKEN_TTL_S', defaultOptions.tokenTtlSeconds, 10, 7 * 24 * 3600),
    adminPassword: adminPasswordVar(env),
    loginMaxFailuresPerAccount: intVar(env, 'TETHER_LOGIN_MAX_FAILURES_PER_ACCOUNT', defaultOptions.loginMaxFailuresPerAccount, 1, 1000),
    loginMaxFailuresPerAddress: intVar(env, 'TETHER_LOGIN_MAX_FAILURES_PER_ADDRESS', defaultOptions.loginMaxFailuresPerAddress, 1, 100_000),
    loginWindowMs: intVar(env, 'TETHER_LOGIN_WINDOW_MS', defaultOptions.loginWindowMs, 1000, 24 * 3600_000),
    ...overrides,
  }
  if (config.mqttMaxPacketBytes > config.wsMaxPayloadBytes * 64) {
    throw new ConfigError('TETHER_MQTT_MAX_PACKET is more than 64 × TETHER_WS_MAX_PAYLOAD; raise TETHER_WS_MAX_PAYLOAD or lower the packet limit.')
  }
  return config
}
