import type { Aedes } from 'aedes'
import type { RequestHandler } from 'express'
import type { HubConfig } from './config.js'
import type { HubEvents } from './events.js'
import type { ReadinessCheck } from './http/health.js'
import type { Logger } from './logger.js'
import type { HubMetrics } from './metrics.js'
import type { TokenService } from './identity/token-service.js'
import type { BrokerHooks } from './protocols/mqtt/broker-hooks.js'
import type { ChatHandler } from './protocols/chat-v1/context.js'
import type { HandlerRegistry } from './protocols/chat-v1/handlers/index.js'
import type { ProtocolEndpoint } from './upgrade/upgrade-handler.js'
import type { SqliteDatabase } from './storage/sqlite.js'
import type { DurableCommits } from './storage/durable-commits.js'
import type { Timers } from './timers.js'
import type { Cluster } from './cluster/cluster.js'
import type { WebSocketServer } from 'ws'

/** What the composition root builds before any feature starts, and hands to each. */
export interface HubCore {
  config: HubConfig
  logger: Logger
  metrics: HubMetrics
  /** Injected clock (epoch ms) and one-shot timers, so tests run features on a fake clock. */
  now: () => number
  timers: Timers
  /** The embedded SQLite database (data/tether.db). */
  db: SqliteDatabase
  /** When tether.db's commits are on disk: acknowledgements (chat replies, REST answers to writes, PUBACKs) wait for it. */
  durable: DurableCommits
  /** Cross-feature notifications: a feature announces, others react (hub/src/events.ts). */
  events: HubEvents
  tokens: TokenService
  broker: Aedes
  /** The one registry of broker hooks: features attach here, never to aedes' hook properties. */
  hooks: BrokerHooks
  /** chat.v1 frame types; a feature's `chatHandlers` are registered here. */
  chat: HandlerRegistry
  /** Cluster mode: shared PostgreSQL, the announcement bus between hubs, node heartbeats; null for a single hub. */
  cluster: Cluster | null
}

export interface MountedRouter { path: string; router: RequestHandler }

/** A WebSocket subprotocol endpoint a feature serves on /ws. */
export type FeatureEndpoint = ProtocolEndpoint & { wss: WebSocketServer }

/** What a started feature gives the hub. Every part is optional but `service`. */
export interface StartedFeature<S> {
  /** What later features and tests use (`hub.features.<name>`). */
  service: S
  routers?: MountedRouter[]
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  chatHandlers?: Array<ChatHandler<any>>
  readiness?: ReadinessCheck[]
  /** WebSocket subprotocols this feature serves, by token. */
  endpoints?: Record<string, FeatureEndpoint>
  /** Runs before the hub closes its sockets (e.g. stop reporting devices lost during a shutdown). */
  quiesce?(): void | Promise<void>
  /** Runs after the sockets and the broker closed: flush, stop timers, release stores. */
  stop?(): void | Promise<void>
}

/**
 * A capability of the hub: one folder, one `feature.ts`. It takes what it needs from earlier
 * features as arguments of its factory and everything else from the core.
 */
export interface Feature<S> {
  name: string
  start(core: HubCore): StartedFeature<S> | Promise<StartedFeature<S>>
}
