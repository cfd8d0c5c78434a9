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
  /** Messages queued in the broker's emitter before every MQTT connection stops reading (resumes at a quarter). */
  mqttBacklogLimit: 512,
  /** Optional plain-TCP MQTT listener port; 0 = off. */
  mqttTcpPort: 0,
  /** chat.v1: ms between pings; a peer that misses one is terminated. */
  chatHeartbeatMs: 30_000,
  /** chat.v1: ms an anonymous connection has to send `hello`. */
  chatHelloTimeoutMs: 5_000,
  /** chat.v1: largest frame the codec parses, bytes; the ws transport cap is twice this (→ 1009). */
  chatMaxFrameBytes: 32 * 1024,
  /** chat.v1: deepest JSON nesting accepted in a frame, levels. */
  chatMaxDepth: 8,
  /** chat.v1: longest message text, UTF-16 code units. */
  chatMaxTextChars: 4000,
  /** chat.v1: token bucket refill, frames per second per session. */
  chatRatePerSecond: 10,
  /** chat.v1: token bucket size, frames. */
  chatRateBurst: 20,
  /** chat.v1: consecutive rate-limited frames before the session is closed 1008. */
  chatRateStrikes: 20,
  /** chat.v1: bytes queued for send before a slow session is dropped. */
  chatSendBufferBytes: 512 * 1024,
  /** chat.v1: timeline events in a join snapshot. */
  chatSnapshotEntries: 50,
  /** chat.v1: largest history page, entries. */
  chatHistoryPageMax: 100,
  /** chat.v1: most events a resuming join replays; older gaps get a fresh snapshot. */
  chatResumeWindow: 1000,
  /** chat.v1: ms a typing indicator lives without a refresh. */
  chatTypingTtlMs: 6000,
  /** chat.v1: least ms between relayed typing starts of one user in one room. */
  chatTypingThrottleMs: 2000,
  /** chat.v1: ms a presence change must hold before it is published. */
  chatPresenceCoalesceMs: 5000,
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
  // --- telemetry ---
  /** 'embedded' (SQLite in the data dir), 'influx-v1' or 'influx-v2'; '' = influx-v1/v2 when INFLUX_URL is set, else embedded. */
  telemetryStore: '' as '' | 'embedded' | 'influx-v1' | 'influx-v2',
  influxUrl: '',
  /** 1.x database. */
  influxDatabase: 'tether',
  influxUsername: '',
  influxPassword: '',
  /** 2.x org, bucket and token. */
  influxOrg: '',
  influxBucket: 'tether',
  influxToken: '',
  /** Points per store write. */
  telemetryBatchSize: 1000,
  /** A partial batch is written this long after its first point, ms. */
  telemetryFlushMs: 1000,
  /** Points held in memory before spilling to the on-disk spool. */
  telemetryHighWater: 20_000,
  /** Store write/query timeout, ms. */
  telemetryTimeoutMs: 10_000,
  /** First retry delay and backoff cap, ms. */
  telemetryRetryBaseMs: 500,
  telemetryRetryMaxMs: 30_000,
  /** Largest telemetry payload, bytes. */
  telemetryMaxPayloadBytes: 16 * 1024,
  /** Most fields per publish. */
  telemetryMaxFields: 64,
  /** Most points one history request returns. */
  telemetryMaxHistoryPoints: 1000,
  /** Presence: silent after this many × a device's learned telemetry cadence, factor. */
  presenceSilentFactor: 3,
  /** Presence: never silent sooner than this after the last telemetry, ms. */
  presenceSilentFloorMs: 10_000,
  /** Presence: reconnects within `presenceFlapWindowMs` that make a device flapping, count. */
  presenceFlapReconnects: 3,
  /** Presence: window for counting reconnects, and calm time that ends flapping, ms. */
  presenceFlapWindowMs: 60_000,
  /** Presence: how often silence and the end of flapping are evaluated, ms. */
  presenceSweepMs: 1000,
  /** Commands: TTL when the issuer gives none, ms. */
  commandDefaultTtlMs: 60_000,
  /** Commands: largest TTL an issuer may ask for, ms. */
  commandMaxTtlMs: 24 * 3600_000,
  /** Commands: time a delivered command has to answer before it is timed_out, ms. */
  commandResponseTimeoutMs: 30_000,
  /** Commands: how often expiry and response timeouts are evaluated, ms. */
  commandSweepMs: 250,
  /** Alarms: how often hold times, no-data silences and presence durations are checked, ms. */
  alarmSweepMs: 1000,
  /** Alarms: attempts per webhook delivery (the first and the retries), count. */
  alarmWebhookAttempts: 6,
  /** Alarms: delay before the first webhook retry, doubled for each next one (capped at 60 s), ms. */
  alarmWebhookRetryBaseMs: 2000,
  /** Alarms: how long one webhook POST may take, ms. */
  alarmWebhookTimeoutMs: 5000,
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

const STORES = ['embedded', 'influx-v1', 'influx-v2'] as const

function telemetryEnv(env: Env): Partial<HubConfig> {
  const store = env.TELEMETRY_STORE ?? ''
  if (store !== '' && !(STORES as readonly string[]).includes(store)) {
    throw new ConfigError(`TELEMETRY_STORE="${store}" is not one of ${STORES.join(', ')}; unset it to use the embedded store.`)
  }
  const influxUrl = env.INFLUX_URL ?? ''
  if (influxUrl && !/^https?:\/\/[^\s/]+/.test(influxUrl)) {
    throw new ConfigError(`INFLUX_URL="${influxUrl}" is not an http(s) URL; use e.g. http://influxdb:8086.`)
  }
  if ((store === 'influx-v1' || store === 'influx-v2') && !influxUrl) {
    throw new ConfigError(`TELEMETRY_STORE=${store} needs INFLUX_URL (e.g. http://influxdb:8086).`)
  }
  const d = defaultOptions
  const cfg: Partial<HubConfig> = {
    telemetryStore: store as HubConfig['telemetryStore'],
    influxUrl,
    influxDatabase: env.INFLUX_DATABASE || d.influxDatabase,
    influxUsername: env.INFLUX_USERNAME ?? '',
    influxPassword: env.INFLUX_PASSWORD ?? '',
    influxOrg: env.INFLUX_ORG ?? '',
    influxBucket: env.INFLUX_BUCKET || d.influxBucket,
    influxToken: env.INFLUX_TOKEN ?? '',
    telemetryBatchSize: intVar(env, 'TETHER_TELEMETRY_BATCH_SIZE', d.telemetryBatchSize, 1, 100_000),
    telemetryFlushMs: intVar(env, 'TETHER_TELEMETRY_FLUSH_MS', d.telemetryFlushMs, 10, 600_000),
    telemetryHighWater: intVar(env, 'TETHER_TELEMETRY_HIGH_WATER', d.telemetryHighWater, 1, 10_000_000),
    telemetryTimeoutMs: intVar(env, 'TETHER_TELEMETRY_TIMEOUT_MS', d.telemetryTimeoutMs, 100, 600_000),
    telemetryRetryBaseMs: intVar(env, 'TETHER_TELEMETRY_RETRY_BASE_MS', d.telemetryRetryBaseMs, 10, 600_000),
    telemetryRetryMaxMs: intVar(env, 'TETHER_TELEMETRY_RETRY_MAX_MS', d.telemetryRetryMaxMs, 10, 3_600_000),
    telemetryMaxPayloadBytes: intVar(env, 'TETHER_TELEMETRY_MAX_PAYLOAD', d.telemetryMaxPayloadBytes, 64, 1024 * 1024),
    telemetryMaxFields: intVar(env, 'TETHER_TELEMETRY_MAX_FIELDS', d.telemetryMaxFields, 1, 1000),
    telemetryMaxHistoryPoints: intVar(env, 'TETHER_TELEMETRY_MAX_POINTS', d.telemetryMaxHistoryPoints, 10, 100_000),
  }
  const resolved = store || (influxUrl ? (env.INFLUX_TOKEN || env.INFLUX_ORG ? 'influx-v2' : 'influx-v1') : 'embedded')
  if (resolved === 'influx-v2' && (!cfg.influxOrg || !cfg.influxToken)) {
    throw new ConfigError('TELEMETRY_STORE=influx-v2 needs INFLUX_ORG and INFLUX_TOKEN (and INFLUX_BUCKET, default tether).')
  }
  cfg.telemetryStore = resolved as HubConfig['telemetryStore']
  return cfg
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
    mqttBacklogLimit: intVar(env, 'TETHER_MQTT_BACKLOG_LIMIT', defaultOptions.mqttBacklogLimit, 8, 100_000),
    mqttTcpPort: intVar(env, 'TETHER_MQTT_TCP_PORT', defaultOptions.mqttTcpPort, 0, 65535),
    chatHeartbeatMs: intVar(env, 'TETHER_CHAT_HEARTBEAT_MS', defaultOptions.chatHeartbeatMs, 100, 600_000),
    chatHelloTimeoutMs: intVar(env, 'TETHER_CHAT_HELLO_TIMEOUT_MS', defaultOptions.chatHelloTimeoutMs, 100, 600_000),
    chatMaxFrameBytes: intVar(env, 'TETHER_CHAT_MAX_FRAME_BYTES', defaultOptions.chatMaxFrameBytes, 1024, 16 * 1024 * 1024),
    chatRatePerSecond: intVar(env, 'TETHER_CHAT_RATE_PER_S', defaultOptions.chatRatePerSecond, 1, 100_000),
    chatRateBurst: intVar(env, 'TETHER_CHAT_RATE_BURST', defaultOptions.chatRateBurst, 1, 100_000),
    chatSendBufferBytes: intVar(env, 'TETHER_CHAT_SEND_BUFFER_BYTES', defaultOptions.chatSendBufferBytes, 16 * 1024, 1024 * 1024 * 1024),
    chatSnapshotEntries: intVar(env, 'TETHER_CHAT_SNAPSHOT_ENTRIES', defaultOptions.chatSnapshotEntries, 0, 10_000),
    chatResumeWindow: intVar(env, 'TETHER_CHAT_RESUME_WINDOW', defaultOptions.chatResumeWindow, 1, 1_000_000),
    chatPresenceCoalesceMs: intVar(env, 'TETHER_CHAT_PRESENCE_COALESCE_MS', defaultOptions.chatPresenceCoalesceMs, 0, 600_000),
    shutdownTimeoutMs: intVar(env, 'TETHER_SHUTDOWN_TIMEOUT_MS', defaultOptions.shutdownTimeoutMs, 100, 600_000),
    dashboardDir: env.TETHER_DASHBOARD_DIR ?? bundledDashboard,
    logLevel,
    jwtSecret: env.TETHER_JWT_SECRET ?? '',
    tokenTtlSeconds: intVar(env, 'TETHER_TOKEN_TTL_S', defaultOptions.tokenTtlSeconds, 10, 7 * 24 * 3600),
    adminPassword: adminPasswordVar(env),
    loginMaxFailuresPerAccount: intVar(env, 'TETHER_LOGIN_MAX_FAILURES_PER_ACCOUNT', defaultOptions.loginMaxFailuresPerAccount, 1, 1000),
    loginMaxFailuresPerAddress: intVar(env, 'TETHER_LOGIN_MAX_FAILURES_PER_ADDRESS', defaultOptions.loginMaxFailuresPerAddress, 1, 100_000),
    loginWindowMs: intVar(env, 'TETHER_LOGIN_WINDOW_MS', defaultOptions.loginWindowMs, 1000, 24 * 3600_000),
    ...telemetryEnv(env),
    presenceSilentFactor: intVar(env, 'TETHER_PRESENCE_SILENT_FACTOR', defaultOptions.presenceSilentFactor, 2, 100),
    presenceSilentFloorMs: intVar(env, 'TETHER_PRESENCE_SILENT_FLOOR_MS', defaultOptions.presenceSilentFloorMs, 100, 24 * 3600_000),
    presenceFlapReconnects: intVar(env, 'TETHER_PRESENCE_FLAP_RECONNECTS', defaultOptions.presenceFlapReconnects, 2, 1000),
    presenceFlapWindowMs: intVar(env, 'TETHER_PRESENCE_FLAP_WINDOW_MS', defaultOptions.presenceFlapWindowMs, 1000, 24 * 3600_000),
    commandDefaultTtlMs: intVar(env, 'TETHER_COMMAND_TTL_MS', defaultOptions.commandDefaultTtlMs, 1000, 7 * 24 * 3600_000),
    commandMaxTtlMs: intVar(env, 'TETHER_COMMAND_MAX_TTL_MS', defaultOptions.commandMaxTtlMs, 1000, 7 * 24 * 3600_000),
    commandResponseTimeoutMs: intVar(env, 'TETHER_COMMAND_RESPONSE_TIMEOUT_MS', defaultOptions.commandResponseTimeoutMs, 100, 24 * 3600_000),
    alarmSweepMs: intVar(env, 'TETHER_ALARM_SWEEP_MS', defaultOptions.alarmSweepMs, 100, 600_000),
    alarmWebhookAttempts: intVar(env, 'TETHER_ALARM_WEBHOOK_ATTEMPTS', defaultOptions.alarmWebhookAttempts, 1, 20),
    alarmWebhookRetryBaseMs: intVar(env, 'TETHER_ALARM_WEBHOOK_RETRY_BASE_MS', defaultOptions.alarmWebhookRetryBaseMs, 10, 600_000),
    alarmWebhookTimeoutMs: intVar(env, 'TETHER_ALARM_WEBHOOK_TIMEOUT_MS', defaultOptions.alarmWebhookTimeoutMs, 100, 60_000),
    ...overrides,
  }
  if (config.mqttMaxPacketBytes > config.wsMaxPayloadBytes * 64) {
    throw new ConfigError('TETHER_MQTT_MAX_PACKET is more than 64 × TETHER_WS_MAX_PAYLOAD; raise TETHER_WS_MAX_PAYLOAD or lower the packet limit.')
  }
  if (config.commandDefaultTtlMs > config.commandMaxTtlMs) {
    throw new ConfigError('TETHER_COMMAND_TTL_MS is larger than TETHER_COMMAND_MAX_TTL_MS; lower the default TTL or raise the maximum.')
  }
  return config
}
