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
import { createChatHandler } from './protocols/chat-v1/endpoint.js'
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

export interface HubDeps {
  logger?: Logger
  access?: MqttAccess
  /** Only tests of the bare transport inject `openAccess`; the default is identity's device/operator auth + ACL. */
  persistMqtt?: boolean
  /** Injected clock (epoch ms) for tokens, presence, batching and command timeouts. */
  now?: () => number
  /** scrypt cost of new password hashes; tests lower it to stay fast. Default: identity/password.ts. */
  passwordCost?: ScryptCost
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

  // ── identity (#3): accounts, devices, login limiter, MQTT auth + ACL ──────────────────────────
  const identity = await createIdentity({
    db, events, tokens, now, logger: logger.child({ mod: 'identity' }),
    adminPassword: config.adminPassword, passwordCost: deps.passwordCost,
    loginLimits: { maxFailuresPerAccount: config.loginMaxFailuresPerAccount, maxFailuresPerAddress: config.loginMaxFailuresPerAddress, windowMs: config.loginWindowMs },
  })
  const access: MqttAccess = deps.access ?? identity.access
  const onPublishDenied = createDeniedPublishReporter({ registry: metrics.registry, logger: logger.child({ mod: 'mqtt' }), now })
  const apiRouters = identityRouters({ tokens, operators: identity.operators, devices: identity.devices, limiter: identity.loginLimiter, logger: logger.child({ mod: 'api' }) })
  // ── end identity ──────────────────────────────────────────────────────────────────────────────

  const services: HubServices = { events, db, tokens, now, operators: identity.operators, devices: identity.devices }

  const mqtt = await createBroker({
    dataDir: deps.persistMqtt === false ? null : config.dataDir,
    connectTimeoutMs: config.mqttConnectTimeoutMs,
    drainTimeoutMs: config.mqttDrainTimeoutMs,
    maxInflightInbound: config.mqttMaxInflightInbound,
    access,
    onPublishDenied,
    logger: logger.child({ mod: 'mqtt' }),
  })
  const sessionGuard = startSessionGuard({ broker: mqtt.broker, events, now, sweepMs: config.mqttSessionSweepMs, logger: logger.child({ mod: 'mqtt' }) })

  let shuttingDown = false
  const checks: ReadinessCheck[] = [
    () => ({ name: 'broker', ok: !mqtt.broker.closed && !shuttingDown }),
  ]
  const app = createApp({
    routers: [{ path: '/', router: healthRouter(checks, metrics.registry) }, { path: '/api', router: apiRouters }],
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
    }, metrics),
  )
  const chatEndpoint = createWsEndpoint(
    { maxPayload: 64 * 1024, maxFragments: 64, maxBufferedChunks: 256 },
    createChatHandler({ metrics, logger: logger.child({ mod: 'chat' }) }),
  )
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
      sessionGuard.stop()
      const httpClosed = new Promise<void>(resolve => server.close(() => resolve()))
      tcpServer?.close()
      closeAll(chatEndpoint.wss.clients, 1001)
      // Closing the sockets (not the broker) first lets aedes fire wills as for any lost client.
      closeAll(mqttEndpoint.wss.clients, 1001)
      await waitForEmpty([chatEndpoint.wss.clients, mqttEndpoint.wss.clients], 2000)
      await mqtt.close()
      server.closeAllConnections()
      await httpClosed
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
