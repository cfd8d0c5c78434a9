import path from 'node:path'
import type { HubConfig } from '../../config.js'
import type { Logger } from '../../logger.js'
import type { TelemetryStore } from '../store.js'

/**
 * The store TETHER_TELEMETRY_STORE names. Each store's module is loaded only when chosen: the
 * InfluxDB clients are a few MiB of code and heap that a hub on the embedded store never runs.
 */
export async function openStoreFromConfig(config: HubConfig, logger?: Logger): Promise<TelemetryStore> {
  switch (config.telemetryStore) {
    case 'influx-v1': {
      const { createInfluxV1Store } = await import('./influx-v1.js')
      return createInfluxV1Store({ url: config.influxUrl, database: config.influxDatabase, username: config.influxUsername || undefined, password: config.influxPassword || undefined, timeoutMs: config.telemetryTimeoutMs })
    }
    case 'influx-v2': {
      const { createInfluxV2Store } = await import('./influx-v2.js')
      return createInfluxV2Store({ url: config.influxUrl, org: config.influxOrg, bucket: config.influxBucket, token: config.influxToken, timeoutMs: config.telemetryTimeoutMs })
    }
    default: {
      const { createEmbeddedStore } = await import('./embedded.js')
      return createEmbeddedStore(path.join(config.dataDir, 'telemetry.db'), {
        onError: err => logger?.warn({ err: err.message }, 'telemetry store: WAL checkpoints back on the main thread'),
      })
    }
  }
}
