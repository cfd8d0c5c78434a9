import type { Aedes } from 'aedes'
import { Counter, type Registry } from 'prom-client'
import type { HubConfig } from '../config.js'
import type { HubEvents } from '../events.js'
import type { Logger } from '../logger.js'
import { attachBrokerPresence } from './broker-presence.js'
import { createPresenceService, type PresenceService } from './presence-service.js'

export type { PresenceService } from './presence-service.js'

export function createPresence(config: HubConfig, now: () => number): PresenceService {
  return createPresenceService({
    now,
    silentFactor: config.presenceSilentFactor,
    silentFloorMs: config.presenceSilentFloorMs,
    minCadenceSamples: 3,
    flapWindowMs: config.presenceFlapWindowMs,
    flapReconnects: config.presenceFlapReconnects,
  })
}

/**
 * Runs presence against the broker: events in, retained `devices/{id}/presence` and the
 * `device.presence` hub event out, a sweep every `presenceSweepMs` for silence and flapping.
 */
export function startPresence(deps: { presence: PresenceService; broker: Aedes; events: HubEvents; config: HubConfig; registry: Registry; logger: Logger }) {
  const { presence, events, logger } = deps
  const changes = new Counter({ name: 'tether_device_presence_changes_total', help: 'Published device presence changes, by new state', labelNames: ['state'], registers: [deps.registry] })
  const adapter = attachBrokerPresence(deps.broker, presence, { onError: err => logger.warn({ err: err.message }, 'presence publish failed') })
  const off = presence.onChange(({ deviceId, change }) => {
    changes.inc({ state: change.state })
    logger.info({ deviceId, state: change.state, reason: change.reason }, 'device presence')
    events.emit('device.presence', { deviceId, state: change.state, reason: change.reason, since: change.since, detail: change.detail })
  })
  const forget = ({ deviceId }: { deviceId: string }) => { presence.forget(deviceId); adapter.clear(deviceId) }
  events.on('device.deleted', forget)
  const timer = setInterval(presence.sweep, deps.config.presenceSweepMs)
  timer.unref()
  return {
    stop(): void {
      clearInterval(timer)
      adapter.stop()
      off()
      events.off('device.deleted', forget)
    },
  }
}
