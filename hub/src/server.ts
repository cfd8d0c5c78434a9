import http from 'node:http'
import net from 'node:net'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { WebSocket } from 'ws'
import type { HubConfig } from './config.js'
import { HubEvents } from './events.js'
import { FeatureHost } from './feature-host.js'
import type { HubCore } from './feature.js'
import { createLogger, type Logger } from './logger.js'
import { createMetrics, type HubMetrics } from './metrics.js'
import { realTimeouts, type Timers } from './timers.js'
import { createApp } from './http/app.js'
import { healthRouter } from './http/health.js'
import { openSqlite } from './storage/sqlite.js'
import { createTokenService, loadOrCreateSecret } from './identity/token-service.js'
import type { ScryptCost } from './identity/password.js'
import type { MqttAccess } from './protocols/mqtt/access.js'
import { createBroker } from './protocols/mqtt/broker.js'
import { BrokerHooks } from './protocols/mqtt/broker-hooks.js'
import { createDeniedPublishReporter } from './protocols/mqtt/denied-publish-reporter.js'
import { createMqttHandler } from './protocols/mqtt/endpoint.js'
import { createHandlerRegistry } from './protocols/chat-v1/handlers/index.js'
import { createUpgradeHandler } from './upgrade/upgrade-handler.js'
import { createWsEndpoint } from './upgrade/ws-endpoint.js'
import { identityFeature } from './identity/feature.js'
import { roomsFeature } from './rooms/feature.js'
import type { RoomStore } from './rooms/room-store.js'
import { telemetryFeature } from './telemetry/feature.js'
import type { TelemetryStore } from './telemetry/store.js'
import { presenceFeature } from './presence/feature.js'
import { commandsFeature } from './commands/feature.js'
import type { CommandStore } from './commands/command-store.js'

/** What tests and embedders may replace; every field has a working default. */
export interface HubDeps {
  logger?: Logger
  /** MQTT authentication and ACL; default: identity's accounts and topic ACL. `openAccess` lets everyone in (broker test suites). */
  access?: MqttAccess
  /** false keeps MQTT sessions and retained messages in memory (tests of the bare transport). */
  persistMqtt?: boolean
  /** Clock (epoch ms) for tokens, presence, batching and command timeouts. */
  now?: () => number
  /** One-shot timers for chat hello timeouts, typing expiry and presence coalescing. */
  timers?: Timers
  /** scrypt cost of new password hashes; tests lower it to stay fast. */
  passwordCost?: ScryptCost
  roomStore?: RoomStore
  telemetryStore?: TelemetryStore
  commandStore?: CommandStore
}

/** Composition root: the transport and the core, then the features in order. */
export async function createHub(config: HubConfig, deps: HubDeps = {}) {
  const logger = deps.logger ?? createLogger(config.logLevel)
  const metrics = createMetrics()
  mkdirSync(config.dataDir, { recursive: true })
  const now = deps.now ?? Date.now
  const db = openSqlite(path.join(config.dataDir, 'tether.db'))
  const hooks = new BrokerHooks()
  const mqtt = await createBroker({
    dataDir: deps.persistMqtt === false ? null : config.dataDir,
    connectTimeoutMs: config.mqttConnectTimeoutMs,
    drainTimeoutMs: config.mqttDrainTimeoutMs,
    maxInflightInbound: config.mqttMaxInflightInbound,
    hooks,
    onPublishDenied: createDeniedPublishReporter({ registry: metrics.registry, logger: logger.child({ mod: 'mqtt' }), now }),
    logger: logger.child({ mod: 'mqtt' }),
  })
  const core: HubCore = {
    config, logger, metrics, now, db, hooks,
    timers: deps.timers ?? realTimeouts,
    events: new HubEvents(),
    tokens: createTokenService({ secret: loadOrCreateSecret(config.dataDir, config.jwtSecret), ttlSeconds: config.tokenTtlSeconds, now }),
    broker: mqtt.broker,
    chat: createHandlerRegistry(),
  }

  const host = new FeatureHost(core)
  const identity = await host.add(identityFeature({ passwordCost: deps.passwordCost, access: deps.access }))
  const rooms = await host.add(roomsFeature({ identity, store: deps.roomStore }))
  const telemetry = await host.add(telemetryFeature({ identity, store: deps.telemetryStore }))
  const presence = await host.add(presenceFeature({ identity, rooms }))
  const commands = await host.add(commandsFeature({ identity, rooms, store: deps.commandStore }))
  /** What tests and embedders reach through the hub. */
  const services = {
    ...core, operators: identity.operators, devices: identity.devices, rooms: rooms.rooms, chatHandlers: core.chat,
    telemetry, presence, commands,
  }

  let shuttingDown = false
  const checks = [() => ({ name: 'broker', ok: !mqtt.broker.closed && !shuttingDown }), ...host.readiness]
  const app = createApp({
    routers: [{ path: '/', router: healthRouter(checks, metrics.registry) }, ...host.routers],
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
  const endpoints = { ...host.endpoints, mqtt: mqttEndpoint }
  server.on('upgrade', createUpgradeHandler({
    path: '/ws',
    allowedOrigins: config.allowedOrigins,
    endpoints,
    logger: logger.child({ mod: 'upgrade' }),
    onRejected: code => metrics.handshakesRejected.inc({ code }),
    isShuttingDown: () => shuttingDown,
  }))
  server.on('clientError', (_err, socket) => { socket.destroy() })
  let tcpServer: net.Server | null = null

  async function start(): Promise<{ port: number; tcpPort?: number }> {
    await listen(server, config.port, config.host)
    const port = (server.address() as AddressInfo).port
    let tcpPort: number | undefined
    if (config.mqttTcpPort > 0) {
      tcpServer = net.createServer(socket => {
        socket.on('error', () => {})
        mqtt.broker.handle(socket)
      })
      await listen(tcpServer, config.mqttTcpPort, config.host)
      tcpPort = (tcpServer.address() as AddressInfo).port
    }
    logger.info({ port, host: config.host, tcpPort, dataDir: config.dataDir }, 'hub listening')
    return { port, tcpPort }
  }

  let stopping: Promise<void> | null = null
  /** Graceful stop: refuse upgrades, quiesce features, close sockets (1001) so aedes fires wills, then stop features. */
  function stop(): Promise<void> {
    stopping ??= (async () => {
      shuttingDown = true
      await host.quiesce()
      const httpClosed = new Promise<void>(resolve => server.close(() => resolve()))
      tcpServer?.close()
      const sockets = Object.values(endpoints).map(e => e.wss.clients)
      for (const clients of sockets) closeAll(clients, 1001)
      await waitForEmpty(sockets, 2000)
      await mqtt.close()
      server.closeAllConnections()
      await httpClosed
      await host.stop()
      metrics.stop()
      db.close()
      logger.info('hub stopped')
    })()
    return stopping
  }

  return { config, logger, metrics, server, services, start, stop }
}

export type Hub = Awaited<ReturnType<typeof createHub>>

function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => { server.off('error', reject); resolve() })
  })
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
