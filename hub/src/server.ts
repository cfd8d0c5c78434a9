import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { isClustered, type HubConfig } from './config.js'
import { HubEvents } from './events.js'
import { FeatureHost } from './feature-host.js'
import type { HubCore } from './feature.js'
import { createLogger, type Logger } from './logger.js'
import { createMetrics, type HubMetrics } from './metrics.js'
import { realTimeouts, type Timers } from './timers.js'
import { createApp } from './http/app.js'
import { healthRouter } from './http/health.js'
import { compileTrust } from './http/proxy-trust.js'
import { createHttpServer } from './http/http-server.js'
import { openSqlite } from './storage/sqlite.js'
import { durableCommits } from './storage/durable-commits.js'
import { createTokenService, loadOrCreateSecret } from './identity/token-service.js'
import type { ScryptCost } from './identity/password.js'
import type { MqttAccess } from './protocols/mqtt/access.js'
import { createBroker } from './protocols/mqtt/broker.js'
import { BrokerHooks } from './protocols/mqtt/broker-hooks.js'
import { createDeniedPublishReporter } from './protocols/mqtt/denied-publish-reporter.js'
import { createMqttTransport, listen } from './protocols/mqtt/transport.js'
import { createHandlerRegistry } from './protocols/chat-v1/handlers/index.js'
import { closeSockets } from './upgrade/close-sockets.js'
import { identityFeature } from './identity/feature.js'
import { roomsFeature } from './rooms/feature.js'
import type { RoomStore } from './rooms/room-store.js'
import { telemetryFeature } from './telemetry/feature.js'
import type { TelemetryStore } from './telemetry/store.js'
import { presenceFeature } from './presence/feature.js'
import { commandsFeature } from './commands/feature.js'
import type { CommandStore } from './commands/command-store.js'
import { alarmsFeature } from './alarms/feature.js'
import type { AlarmStore } from './alarms/alarm-store.js'

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
  alarmStore?: AlarmStore
}

/** Composition root: the transport and the core, then the features in order. */
export async function createHub(config: HubConfig, deps: HubDeps = {}) {
  const logger = deps.logger ?? createLogger(config.logLevel)
  const metrics = createMetrics()
  mkdirSync(config.dataDir, { recursive: true })
  const now = deps.now ?? Date.now
  const dbFile = path.join(config.dataDir, 'tether.db')
  const db = openSqlite(dbFile)
  const durable = durableCommits(db, dbFile)
  const hooks = new BrokerHooks()
  // Cluster mode: Redis carries MQTT routing and sessions, PostgreSQL the stores (cluster/cluster.ts).
  // Loaded only when configured: a hub on its own never runs the Redis and PostgreSQL clients (with
  // the InfluxDB clients, also loaded on demand, ~5 MiB of RSS at rest).
  const cluster = isClustered(config) ? await (await import('./cluster/cluster.js')).startCluster(config, { logger, registry: metrics.registry }) : null
  const mqtt = await createBroker({
    dataDir: deps.persistMqtt === false ? null : config.dataDir,
    ...(cluster ? { shared: cluster.mqtt } : {}),
    connectTimeoutMs: config.mqttConnectTimeoutMs,
    drainTimeoutMs: config.mqttDrainTimeoutMs,
    maxInflightInbound: config.mqttMaxInflightInbound,
    hooks,
    onPublishDenied: createDeniedPublishReporter({ registry: metrics.registry, logger: logger.child({ mod: 'mqtt' }), now }),
    logger: logger.child({ mod: 'mqtt' }),
  })
  const core: HubCore = {
    config, logger, metrics, now, db, durable, hooks, cluster,
    timers: deps.timers ?? realTimeouts,
    events: new HubEvents(),
    tokens: createTokenService({
      secret: cluster ? cluster.jwtSecret(config.jwtSecret) : loadOrCreateSecret(config.dataDir, config.jwtSecret),
      ttlSeconds: config.tokenTtlSeconds, now,
    }),
    broker: mqtt.broker,
    chat: createHandlerRegistry(),
  }

  const host = new FeatureHost(core)
  const identity = await host.add(identityFeature({ passwordCost: deps.passwordCost, access: deps.access }))
  const rooms = await host.add(roomsFeature({ identity, store: deps.roomStore }))
  const telemetry = await host.add(telemetryFeature({ identity, store: deps.telemetryStore }))
  const presence = await host.add(presenceFeature({ identity, rooms }))
  const commands = await host.add(commandsFeature({ identity, rooms, store: deps.commandStore }))
  const alarms = await host.add(alarmsFeature({ identity, rooms, telemetry, store: deps.alarmStore }))
  /** What tests and embedders reach through the hub. */
  const services = {
    ...core, operators: identity.operators, devices: identity.devices, rooms: rooms.rooms, chatHandlers: core.chat,
    telemetry, presence, commands, alarms,
  }

  let shuttingDown = false
  const checks = [() => ({ name: 'broker', ok: !mqtt.broker.closed && !shuttingDown }), ...(cluster?.readiness ?? []), ...host.readiness]
  const trustProxy = compileTrust(config.trustProxy)
  const app = createApp({
    trustProxy,
    routers: [{ path: '/', router: healthRouter(checks, metrics.registry) }, ...host.routers],
    dashboardDir: config.dashboardDir,
    durable,
    logger,
  })
  const mqttTransport = createMqttTransport(mqtt.broker, config, metrics, logger.child({ mod: 'mqtt' }))
  const endpoints = { ...host.endpoints, mqtt: mqttTransport.endpoint }
  const server = createHttpServer({ config, app, trustProxy, metrics, endpoints, logger: logger.child({ mod: 'upgrade' }), isShuttingDown: () => shuttingDown })

  async function start(): Promise<{ port: number; tcpPort?: number }> {
    await listen(server, config.port, config.host)
    const port = (server.address() as AddressInfo).port
    const tcpPort = await mqttTransport.listenTcp()
    await cluster?.start()
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
      mqttTransport.closeTcp()
      // Closing the sockets (not the broker) first lets aedes fire wills as for any lost client.
      await closeSockets(Object.values(endpoints).map(e => e.wss.clients), 1001, 2000)
      await mqtt.close()
      server.closeAllConnections()
      await httpClosed
      await host.stop()
      await cluster?.stop()
      metrics.stop()
      await durable.close()
      db.close()
      logger.info('hub stopped')
    })()
    return stopping
  }

  return { config, logger, metrics, server, services, start, stop }
}

export type Hub = Awaited<ReturnType<typeof createHub>>
