import path from 'node:path'
import type { BrokerHooks } from '../protocols/mqtt/broker-hooks.js'
import type { Registry } from 'prom-client'
import { isClustered, type HubConfig } from '../config.js'
import type { DeviceDirectory } from '../identity/types.js'
import type { Logger } from '../logger.js'
import type { ReadinessCheck } from '../http/health.js'
import { BatchWriter, realTimers, type Timers } from './batch-writer.js'
import { attachTelemetryIngest } from './ingest.js'
import { defaultPayloadLimits } from './payload.js'
import { openSpool } from './spool.js'
import type { TelemetryStore } from './store.js'
import { createEmbeddedStore } from './stores/embedded.js'
import { createInfluxV1Store } from './stores/influx-v1.js'
import { createInfluxV2Store } from './stores/influx-v2.js'

export function createStoreFromConfig(config: HubConfig): TelemetryStore {
  switch (config.telemetryStore) {
    case 'influx-v1':
      return createInfluxV1Store({ url: config.influxUrl, database: config.influxDatabase, username: config.influxUsername || undefined, password: config.influxPassword || undefined, timeoutMs: config.telemetryTimeoutMs })
    case 'influx-v2':
      return createInfluxV2Store({ url: config.influxUrl, org: config.influxOrg, bucket: config.influxBucket, token: config.influxToken, timeoutMs: config.telemetryTimeoutMs })
    default:
      return createEmbeddedStore(path.join(config.dataDir, 'telemetry.db'))
  }
}

export interface TelemetryService {
  store: TelemetryStore
  writer: BatchWriter
  readiness: ReadinessCheck
  /** Flush or spool, then close the store. */
  stop(): Promise<void>
}

export interface TelemetryDeps {
  config: HubConfig
  hooks: BrokerHooks
  registry: Registry
  logger: Logger
  now: () => number
  devices: DeviceDirectory
  store?: TelemetryStore
  timers?: Timers
}

const PING_EVERY_MS = 5000

/**
 * Builds the pipeline: store from config, spool in the data directory, batching writer, broker hook,
 * and a store probe for /readyz. An unreachable store is logged once and reported on /readyz; the
 * hub keeps running and spools.
 */
export function createTelemetryService(deps: TelemetryDeps): TelemetryService {
  const { config, logger } = deps
  const store = deps.store ?? createStoreFromConfig(config)
  // Cluster: each hub writes what its own devices published and spools it in its own directory
  // (several hubs may share a data volume); a restarted hub with the same node id drains its own.
  const spool = openSpool(path.join(config.dataDir, 'telemetry-spool', ...(isClustered(config) ? [config.nodeId] : [])))
  const writer = new BatchWriter({
    batchSize: config.telemetryBatchSize,
    flushIntervalMs: config.telemetryFlushMs,
    highWater: config.telemetryHighWater,
    retryBaseMs: config.telemetryRetryBaseMs,
    retryMaxMs: config.telemetryRetryMaxMs,
  }, { store, spool, registry: deps.registry, logger, now: deps.now, timers: deps.timers })
  attachTelemetryIngest(deps.hooks, {
    writer,
    devices: deps.devices,
    limits: { ...defaultPayloadLimits, maxBytes: config.telemetryMaxPayloadBytes, maxFields: config.telemetryMaxFields },
    now: deps.now,
    logger,
  })

  let reachable: boolean | null = null
  let reason = 'not checked yet'
  let pingTimer: NodeJS.Timeout | null = null
  let stopped = false
  async function probe(): Promise<void> {
    try {
      await store.ping()
      if (reachable === false) logger.info({ store: store.kind, target: store.target }, 'telemetry store reachable again')
      reachable = true
      reason = ''
      if (writer.storeDown) writer.retrySoon()
      else if (spool.points > 0) void writer.kick()
    } catch (err) {
      if (reachable !== false) {
        logger.warn({ store: store.kind, target: store.target, err: (err as Error).message, spool: spool.dir },
          'telemetry store unreachable: points are spooled to disk until it returns')
      }
      reachable = false
      reason = (err as Error).message
    }
    if (!stopped) { pingTimer = setTimeout(() => void probe(), PING_EVERY_MS); pingTimer.unref() }
  }
  void probe()
  logger.info({ store: store.kind, target: store.target }, 'telemetry store configured')

  return {
    store,
    writer,
    readiness: () => ({
      name: 'telemetry',
      ok: reachable === true && !writer.storeDown,
      ...(reachable === true && !writer.storeDown ? {} : { detail: writer.storeDown ? `writes failing to ${store.kind} (${store.target}); spooling` : `${store.kind} ${reason}` }),
    }),
    async stop() {
      stopped = true
      if (pingTimer) clearTimeout(pingTimer)
      await writer.close(Math.max(500, config.shutdownTimeoutMs / 2))
      await store.close()
    },
  }
}

