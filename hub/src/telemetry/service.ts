import path from 'node:path'
import { existsSync, readdirSync } from 'node:fs'
import type { Registry } from 'prom-client'
import { isClustered, type HubConfig } from '../config.js'
import type { DeviceDirectory } from '../identity/types.js'
import type { Logger } from '../logger.js'
import type { ReadinessCheck } from '../http/health.js'
import { BatchWriter } from './batch-writer.js'
import type { Timers } from '../timers.js'
import { attachTelemetryIngest, type PointListener } from './ingest.js'
import type { BrokerHooks } from '../protocols/mqtt/broker-hooks.js'
import { openJournal, type Journal } from './journal.js'
import { defaultPayloadLimits } from './payload.js'
import { openSpool } from './spool.js'
import { startTelemetryRetention } from './retention.js'
import type { TelemetryStore } from './store.js'

export interface TelemetryService {
  store: TelemetryStore
  writer: BatchWriter
  readiness: ReadinessCheck
  /** Sees each accepted publish's parsed fields (no second parse); returns the unsubscribe. */
  onPoint(listener: PointListener): () => void
  /** Write what the store takes within the shutdown budget, keep the rest in the journal, close the store. */
  stop(): Promise<void>
}

export interface TelemetryDeps {
  config: HubConfig
  /** Where telemetry publishes arrive: the acknowledgement of a QoS 1/2 publish waits for its journal write. */
  hooks: BrokerHooks
  registry: Registry
  logger: Logger
  now: () => number
  devices: DeviceDirectory
  store: TelemetryStore
  timers?: Timers
}

const PING_EVERY_MS = 5000
/** While the store is down, probe it this often so /readyz and the retry follow it promptly. */
const PING_DOWN_EVERY_MS = 1000

/** Batches a previous version left in `seg-*.jsonl` files of the spool directory go into the journal once. */
async function importLegacySpool(dir: string, journal: Journal, logger: Logger): Promise<void> {
  if (!existsSync(dir) || !readdirSync(dir).some(f => /^seg-\d{12}\.jsonl$/.test(f))) return
  const legacy = openSpool(dir)
  let points = 0
  for (let b = legacy.peek(); b; b = legacy.peek()) {
    await journal.append(b.points, b.at)
    points += b.points.length
    legacy.ack()
  }
  logger.info({ points }, 'telemetry spool of a previous version moved into the journal')
}

/**
 * Builds the pipeline: store from config, journal in the data directory (also the spool), writer,
 * the broker hook (ingest.ts), and a store probe for /readyz. An unreachable store is logged once
 * and reported on /readyz; the hub keeps running and the journal holds the points.
 */
export function createTelemetryService(deps: TelemetryDeps): TelemetryService {
  const { config, logger } = deps
  const { store } = deps
  // Cluster: each hub journals what its own devices published in its own directory (several hubs
  // may share a data volume); a restarted hub with the same node id drains its own.
  const journalDir = path.join(config.dataDir, 'telemetry-spool', ...(isClustered(config) ? [config.nodeId] : []))
  const journal = openJournal(journalDir, undefined, {
    minSyncIntervalMs: config.telemetrySyncIntervalMs,
    ...(store.durable ? { beforeCursorSave: () => store.durable!() } : {}),
  })
  const writer = new BatchWriter({
    batchSize: config.telemetryBatchSize,
    flushIntervalMs: config.telemetryFlushMs,
    retryBaseMs: config.telemetryRetryBaseMs,
    retryMaxMs: config.telemetryRetryMaxMs,
  }, { store, journal, registry: deps.registry, logger, now: deps.now, timers: deps.timers })
  void importLegacySpool(journalDir, journal, logger).catch(err => logger.error({ err: (err as Error).message }, 'telemetry spool of a previous version not imported'))
  const listeners: PointListener[] = []
  attachTelemetryIngest(deps.hooks, {
    listeners,
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
      else if (journal.pending > 0) void writer.kick()
    } catch (err) {
      if (reachable !== false) {
        logger.warn({ store: store.kind, target: store.target, err: (err as Error).message, journal: journal.dir },
          'telemetry store unreachable: points wait in the journal until it returns')
      }
      reachable = false
      reason = (err as Error).message
    }
    const every = reachable && !writer.storeDown ? PING_EVERY_MS : PING_DOWN_EVERY_MS
    if (!stopped) { pingTimer = setTimeout(() => void probe(), every); pingTimer.unref() }
  }
  void probe()
  logger.info({ store: store.kind, target: store.target }, 'telemetry store configured')
  const retention = startTelemetryRetention({
    store, retentionMs: config.telemetryRetentionDays * 86_400_000, now: deps.now, logger,
    onPruned: points => writer.count('pruned', points),
  })

  return {
    store,
    writer,
    onPoint(listener) {
      listeners.push(listener)
      return () => { const i = listeners.indexOf(listener); if (i >= 0) listeners.splice(i, 1) }
    },
    readiness: () => ({
      name: 'telemetry',
      ok: reachable === true && !writer.storeDown,
      ...(reachable === true && !writer.storeDown ? {} : { detail: writer.storeDown ? `writes failing to ${store.kind} (${store.target}); points wait in the journal` : `${store.kind} ${reason}` }),
    }),
    async stop() {
      stopped = true
      if (pingTimer) clearTimeout(pingTimer)
      retention.stop()
      await writer.close(Math.max(500, config.shutdownTimeoutMs / 2))
      await journal.close()
      await store.close()
    },
  }
}

