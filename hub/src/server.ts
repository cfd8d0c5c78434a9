import http from 'node:http'
import net from 'node:net'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { WebSocket } from 'ws'
import type { HubConfig } from './config.js'
import { createLogger, type Logger } from './logger.js'
import { createMetrics, type HubMetrics } from './metrics.js'
import { createApp } from './http/app.js'
import { healthRouter, type ReadinessCheck } from './http/health.js'
import { createUpgradeHandler } from './upgrade/upgrade-handler.js'
import { createWsEndpoint } from './upgrade/ws-endpoint.js'
import { createBroker } from './protocols/mqtt/broker.js'
import { createMqttHandler } from './protocols/mqtt/endpoint.js'
import type { MqttAccess } from './protocols/mqtt/access.js'
import { startHeartbeat } from './protocols/chat-v1/heartbeat.js'
import { HubEvents } from './events.js'
import { openSqlite, type SqliteDatabase } from './storage/sqlite.js'
import { createTokenService, loadOrCreateSecret, type TokenService } from './identity/token-service.js'
import { createIdentity } from './identity/index.js'
import type { ScryptCost } from './identity/password.js'
import type { OperatorAccounts } from './identity/operator-accounts.js'
import type { DeviceRegistry } from './identity/device-registry.js'
import { identityRouters } from './http/identity-routers.js'
import { startSessionGuard } from './protocols/mqtt/session-guard.js'
import { createDeniedPublishReporter } from './protocols/mqtt/denied-publish-reporter.js'
// --- chat.v1 (issue #4) imports ---
import { createChatEndpoint } from './protocols/chat-v1/endpoint.js'
import { createHandlerRegistry, type HandlerRegistry } from './protocols/chat-v1/handlers/index.js'
import { createRoomService, type RoomService } from './rooms/room-service.js'
import { createSqliteRoomStore } from './rooms/sqlite-store.js'
import type { RoomStore } from './rooms/room-store.js'
import { realTimeouts, type Timers } from './timers.js'
import { createRoomsRouter } from './http/rooms-router.js'
import { authenticate, requireRole } from './http/auth-middleware.js'
// --- end chat.v1 imports ---
import { createTelemetryService, type TelemetryService } from './telemetry/service.js'
import type { TelemetryStore } from './telemetry/store.js'
import { telemetryRouter } from './http/telemetry-router.js'
// --- presence & commands (#6) imports ---
import { createPresence, startPresence, type PresenceService } from './presence/index.js'
import { startCommands, type CommandService } from './commands/index.js'
import type { CommandStore } from './commands/command-store.js'
import { commandsRouter } from './http/commands-router.js'
import { postPresenceNotices } from './presence/room-notices.js'
import { cardRoomOf, postCommandCards } from './commands/room-cards.js'
import { commandHandler } from './protocols/chat-v1/handlers/command.js'
// --- end presence & commands imports ---

export interface HubDeps {
  logger?: Logger
  access?: MqttAccess
  /** Only tests of the bare transport inject `openAccess`; the default is identity's device/operator auth + ACL. */
  persistMqtt?: boolean
  /** Injected clock (epoch ms) for tokens, presence, batching and command timeouts. */
  now?: () => number
  /** scrypt cost of new password hashes; tests lower it to stay fast. Default: identity/password.ts. */
  passwordCost?: ScryptCost
  /** One-shot timers for chat hello timeouts, typing expiry and presence coalescing. */
  timers?: Timers
  /** Room timelines; default SQLite on `services.db`. */
  roomStore?: RoomStore
  /** Telemetry (#5): store override (tests); default from config (TELEMETRY_STORE). */
  telemetryStore?: TelemetryStore
  /** Command records; default SQLite on `services.db`. */
  commandStore?: CommandStore
}

/** Services other modules and tests reach through the hub. */
export interface HubServices {
  events: HubEvents
  /** The embedded SQLite database (data/tether.db): accounts, devices, rooms, commands. */
  db: SqliteDatabase
  tokens: TokenService
  now: () => number
  /** Operator accounts (lookup by id/username; admin operations). */
  operators: OperatorAccounts
  /** Device registry; implements DeviceDirectory (get/list) plus create/update/delete/rotate. */
  devices: DeviceRegistry
  /** Rooms and timelines: post device events and command cards (spec chat-v1 §15). */
  rooms: RoomService
  /** chat.v1 frame handlers: `chatHandlers.register({type, schema, minRole, handle})` adds a frame type. */
  chatHandlers: HandlerRegistry
  /** Telemetry pipeline: store, batching writer (metrics on hub.metrics.registry), readiness. */
  telemetry: TelemetryService
  /** Device presence (state, reason, since, lastSeen); `sweep()` evaluates silence/flapping now. */
  presence: PresenceService
  /** Commands: issue, audit, and `sweep()` for expiry/timeouts now. */
  commands: CommandService
}

export interface Hub {
  readonly config: HubConfig
  readonly logger: Logger
  readonly metrics: HubMetrics
  readonly server: http.Server
  readonly services: HubServices
  /** Resolves once listening; `port` is the bound port (config.port 0 → a free one). */
  start(): Promise<{ port: number; tcpPort?: number }>
  /** Graceful stop: refuse new upgrades, close sockets (1001), let aedes fire wills, flush, close stores. */
  stop(): Promise<void>
}

/** Composition root: builds the HTTP server, the express app, the broker and the protocol endpoints. */
export async function createHub(config: HubConfig, deps: HubDeps = {}): Promise<Hub> {
  const logger = deps.logger ?? createLogger(config.logLevel)
  const metrics = createMetrics()
  mkdirSync(config.dataDir, { recursive: true })
  const now = deps.now ?? Date.now
  const events = new HubEvents()
  const db = openSqlite(path.join(config.dataDir, 'tether.db'))
  const tokens = createTokenService({ secret: loadOrCreateSecret(config.dataDir, config.jwtSecret), ttlSeconds: config.tokenTtlSeconds, now })
  // --- chat.v1 (issue #4): rooms domain ---
  const timers = deps.timers ?? realTimeouts
  const rooms = createRoomService({
    store: deps.roomStore ?? createSqliteRoomStore(db), now, timers,
    typingTtlMs: config.chatTypingTtlMs, typingThrottleMs: config.chatTypingThrottleMs, presenceCoalesceMs: config.chatPresenceCoalesceMs,
  })
  rooms.ensureRoom({ id: 'general', name: 'General', topic: '', minRole: 'viewer' })
  const chatHandlers = createHandlerRegistry()
  // --- end chat.v1 rooms domain ---

  // ── identity (#3): accounts, devices, login limiter, MQTT auth + ACL ──────────────────────────
  const identity = await createIdentity({
    db, events, tokens, now, logger: logger.child({ mod: 'identity' }),
    adminPassword: config.adminPassword, passwordCost: deps.passwordCost,
    loginLimits: { maxFailuresPerAccount: config.loginMaxFailuresPerAccount, maxFailuresPerAddress: config.loginMaxFailuresPerAddress, windowMs: config.loginWindowMs },
  })
  const access: MqttAccess = deps.access ?? identity.access
  const onPublishDenied = createDeniedPublishReporter({ registry: metrics.registry, logger: logger.child({ mod: 'mqtt' }), now })
  const presence = createPresence(config, now) // #6: adds presence to GET /api/devices
  const apiRouters = identityRouters({ tokens, operators: identity.operators, devices: identity.devices, limiter: identity.loginLimiter, logger: logger.child({ mod: 'api' }), presence })
  // ── end identity ──────────────────────────────────────────────────────────────────────────────

  // `telemetry` joins below, once the broker exists.
  const services = { events, db, tokens, now, operators: identity.operators, devices: identity.devices, rooms, chatHandlers } as HubServices

  const mqtt = await createBroker({
    dataDir: deps.persistMqtt === false ? null : config.dataDir,
    connectTimeoutMs: config.mqttConnectTimeoutMs,
    drainTimeoutMs: config.mqttDrainTimeoutMs,
    maxInflightInbound: config.mqttMaxInflightInbound,
    access,
    onPublishDenied,
    published: (packet, client) => services.telemetry?.onPublish(packet, client), // PUBACK waits for the telemetry journal
    logger: logger.child({ mod: 'mqtt' }),
  })
  const sessionGuard = startSessionGuard({ broker: mqtt.broker, events, now, sweepMs: config.mqttSessionSweepMs, logger: logger.child({ mod: 'mqtt' }) })

  // --- telemetry (#5) ---
  const telemetry = createTelemetryService({
    config, broker: mqtt.broker, registry: metrics.registry, logger: logger.child({ mod: 'telemetry' }), now,
    devices: identity.devices,
    ...(deps.telemetryStore ? { store: deps.telemetryStore } : {}),
  })
  services.telemetry = telemetry
  const telemetryApi = telemetryRouter({
    store: telemetry.store, now, maxPoints: config.telemetryMaxHistoryPoints,
    guard: [authenticate(tokens, identity.operators), requireRole('viewer')], logger: logger.child({ mod: 'telemetry-api' }),
  })
  // --- end telemetry ---

  // ── presence & commands (#6) ──────────────────────────────────────────────────────────────────
  const presenceRun = startPresence({ presence, broker: mqtt.broker, events, config, registry: metrics.registry, logger: logger.child({ mod: 'presence' }) })
  const commandsRun = startCommands({
    broker: mqtt.broker, db, devices: identity.devices, events, now, config, registry: metrics.registry, logger: logger.child({ mod: 'commands' }),
    ...(deps.commandStore ? { store: deps.commandStore } : {}),
  })
  apiRouters.use(commandsRouter({ tokens, operators: identity.operators, commands: () => commandsRun.commands, maxTtlMs: config.commandMaxTtlMs, logger: logger.child({ mod: 'api' }) }))
  const stopNotices = postPresenceNotices({ presence, rooms, devices: identity.devices })
  const stopCards = postCommandCards({ commands: commandsRun.commands, rooms, devices: identity.devices })
  services.presence = presence
  services.commands = commandsRun.commands
  // ── end presence & commands ───────────────────────────────────────────────────────────────────


  let shuttingDown = false
  const checks: ReadinessCheck[] = [
    () => ({ name: 'broker', ok: !mqtt.broker.closed && !shuttingDown }),
    telemetry.readiness,
  ]
  const app = createApp({
    routers: [
      { path: '/', router: healthRouter(checks, metrics.registry) },
      // chat.v1 (issue #4): rooms REST
      { path: '/api/rooms', router: createRoomsRouter({ rooms, authenticate: authenticate(tokens, identity.operators), pageMax: config.chatHistoryPageMax, maxTextChars: config.chatMaxTextChars }) },
      { path: '/api', router: telemetryApi },
      { path: '/api', router: apiRouters },
    ],
    dashboardDir: config.dashboardDir,
    logger,
  })
  const server = http.createServer(app)

  const mqttEndpoint = createWsEndpoint(
    // A packet may span several messages; one message never needs to exceed one packet.
    { maxPayload: Math.min(config.wsMaxPayloadBytes, config.mqttMaxPacketBytes + 16), maxFragments: 1024, maxBufferedChunks: 4096 },
    createMqttHandler(mqtt.broker, {
      maxPacketBytes: config.mqttMaxPacketBytes,
      preConnectBytes: config.mqttPreConnectBytes,
      sendBufferLimitBytes: config.wsSendBufferLimitBytes,
      backlogHigh: config.mqttBacklogLimit,
    }, metrics),
  )
  // --- chat.v1 (issue #4): endpoint; transport cap is 2× the codec cap [CHAT-1.2-3] ---
  const chat = createChatEndpoint({
    rooms, tokens, events, metrics, now, timers, logger: logger.child({ mod: 'chat' }),
    operators: identity.operators, registry: chatHandlers,
    limits: {
      maxFrameBytes: config.chatMaxFrameBytes, maxDepth: config.chatMaxDepth, maxTextChars: config.chatMaxTextChars,
      ratePerSecond: config.chatRatePerSecond, rateBurst: config.chatRateBurst, rateStrikes: config.chatRateStrikes,
      sendBufferBytes: config.chatSendBufferBytes, snapshotEntries: config.chatSnapshotEntries,
      historyPageMax: config.chatHistoryPageMax, resumeWindow: config.chatResumeWindow,
      typingTtlMs: config.chatTypingTtlMs, typingThrottleMs: config.chatTypingThrottleMs, helloTimeoutMs: config.chatHelloTimeoutMs,
    },
  })
  const chatEndpoint = createWsEndpoint(
    { maxPayload: config.chatMaxFrameBytes * 2, maxFragments: 64, maxBufferedChunks: 256 },
    chat.handle,
  )
  // --- end chat.v1 endpoint ---
  // #6: the chat.v1 `command` frame (spec §16)
  chat.registry.register(commandHandler(() => commandsRun.commands, id => cardRoomOf(identity.devices, rooms, id), config.commandMaxTtlMs))
  const heartbeat = startHeartbeat(chatEndpoint.wss.clients, config.chatHeartbeatMs)

  server.on('upgrade', createUpgradeHandler({
    path: '/ws',
    allowedOrigins: config.allowedOrigins,
    endpoints: { mqtt: mqttEndpoint, 'chat.v1': chatEndpoint },
    logger: logger.child({ mod: 'upgrade' }),
    onRejected: code => metrics.handshakesRejected.inc({ code }),
    isShuttingDown: () => shuttingDown,
  }))
  server.on('clientError', (_err, socket) => { socket.destroy() })

  let tcpServer: net.Server | null = null

  async function start() {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(config.port, config.host, () => { server.off('error', reject); resolve() })
    })
    const port = (server.address() as AddressInfo).port
    let tcpPort: number | undefined
    if (config.mqttTcpPort > 0) {
      tcpServer = net.createServer(socket => {
        socket.on('error', () => {})
        mqtt.broker.handle(socket)
      })
      await new Promise<void>(resolve => tcpServer!.listen(config.mqttTcpPort, config.host, resolve))
      tcpPort = (tcpServer.address() as AddressInfo).port
    }
    logger.info({ port, host: config.host, tcpPort, dataDir: config.dataDir }, 'hub listening')
    return { port, tcpPort }
  }

  let stopping: Promise<void> | null = null
  function stop(): Promise<void> {
    stopping ??= (async () => {
      shuttingDown = true
      heartbeat.stop()
      chat.stop()
      rooms.stop()
      sessionGuard.stop()
      presenceRun.stop() // #6: before sockets close, so a shutdown is not reported as every device lost
      stopNotices()
      const httpClosed = new Promise<void>(resolve => server.close(() => resolve()))
      tcpServer?.close()
      closeAll(chatEndpoint.wss.clients, 1001)
      // Closing the sockets (not the broker) first lets aedes fire wills as for any lost client.
      closeAll(mqttEndpoint.wss.clients, 1001)
      await waitForEmpty([chatEndpoint.wss.clients, mqttEndpoint.wss.clients], 2000)
      await mqtt.close()
      commandsRun.stop()
      stopCards()
      server.closeAllConnections()
      await httpClosed
      await telemetry.stop() // flush or spool, after sockets close, before stores close
      metrics.stop()
      db.close()
      logger.info('hub stopped')
    })()
    return stopping
  }

  return { config, logger, metrics, server, services, start, stop }
}

function closeAll(clients: Set<WebSocket>, code: number): void {
  for (const ws of clients) ws.close(code, 'server shutting down')
}

async function waitForEmpty(sets: Array<Set<WebSocket>>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (sets.some(s => s.size > 0) && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 20))
  }
  for (const s of sets) for (const ws of s) ws.terminate()
}
