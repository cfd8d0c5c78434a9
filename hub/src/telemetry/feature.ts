import type { Feature } from '../feature.js'
import type { Identity } from '../identity/feature.js'
import { requireRole } from '../identity/auth-middleware.js'
import { telemetryRouter } from './router.js'
import { createTelemetryService, type TelemetryService } from './service.js'
import { openStoreFromConfig } from './stores/from-config.js'
import type { TelemetryStore } from './store.js'

/**
 * Device telemetry: validated on `devices/{id}/telemetry`, batched into the configured store
 * (spooled to disk while it is down), history and latest values over REST, store readiness.
 */
export const telemetryFeature = (deps: { identity: Identity; store?: TelemetryStore }): Feature<TelemetryService> => ({
  name: 'telemetry',
  async start({ config, hooks, metrics, logger, now }) {
    const telemetryLogger = logger.child({ mod: 'telemetry' })
    const telemetry = createTelemetryService({
      config, hooks, registry: metrics.registry, logger: telemetryLogger, now,
      devices: deps.identity.devices,
      store: deps.store ?? await openStoreFromConfig(config, telemetryLogger),
    })
    const api = telemetryRouter({
      store: telemetry.store, now, maxPoints: config.telemetryMaxHistoryPoints,
      guard: [deps.identity.authenticate, requireRole('viewer')], logger: logger.child({ mod: 'telemetry-api' }),
    })
    return {
      service: telemetry,
      routers: [{ path: '/api', router: api }],
      readiness: [telemetry.readiness],
      // After the sockets closed: flush what was accepted, or spool it.
      stop: () => telemetry.stop(),
    }
  },
})
