import { Counter } from 'prom-client'
import type { Feature } from '../feature.js'
import type { Identity } from '../identity/feature.js'
import type { Rooms } from '../rooms/feature.js'
import { attachBrokerPresence } from './broker-presence.js'
import { createPresenceService, type PresenceService } from './presence-service.js'
import { postPresenceNotices } from './room-notices.js'
import { followClusterPresence, watchTakeovers } from './cluster-presence.js'

export type { PresenceService } from './presence-service.js'

/**
 * Device presence (online, offline, lost, silent, flapping) derived from broker events: shown in
 * /api/devices, published as the retained `devices/{id}/presence`, announced as `device.presence`
 * and posted to the device's room.
 */
export const presenceFeature = (deps: { identity: Identity; rooms: Rooms }): Feature<PresenceService> => ({
  name: 'presence',
  async start({ config, broker, hooks, events, now, metrics, logger, cluster }) {
    const log = logger.child({ mod: 'presence' })
    const presence = createPresenceService({
      now,
      silentFactor: config.presenceSilentFactor,
      silentFloorMs: config.presenceSilentFloorMs,
      minCadenceSamples: 3,
      flapWindowMs: config.presenceFlapWindowMs,
      flapReconnects: config.presenceFlapReconnects,
    })
    const changes = new Counter({ name: 'tether_device_presence_changes_total', help: 'Published device presence changes, by new state', labelNames: ['state'], registers: [metrics.registry] })
    const takeovers = cluster ? watchTakeovers(broker) : null
    await takeovers?.start()
    const adapter = attachBrokerPresence(broker, hooks, presence, {
      onError: err => log.warn({ err: err.message }, 'presence publish failed'),
      // Cluster: the hub holding a device's connection reports it; a takeover by another hub is not a disconnect.
      ...(cluster && takeovers ? {
        ownership: {
          claim: id => cluster.nodes.claim(id),
          release: async id => { const owned = await cluster.nodes.release(id); return !takeovers.consume(id) && owned },
        },
      } : {}),
    })
    // Cluster: the devices of a dead hub that no other hub took over turn lost, reported by the hub that found it dead.
    cluster?.onNodeDead((_node, lost) => { for (const id of lost) presence.hubLost(id) })
    const remote = cluster ? followClusterPresence(broker) : null
    await remote?.start()
    const offChange = presence.onChange(({ deviceId, change }) => {
      changes.inc({ state: change.state })
      log.info({ deviceId, state: change.state, reason: change.reason }, 'device presence')
      events.emit('device.presence', { deviceId, change })
    })
    const stopNotices = postPresenceNotices({ events, rooms: deps.rooms.rooms, devices: deps.identity.devices, onError: err => log.warn({ err: err.message }, 'presence notice not posted') })
    const forget = ({ deviceId }: { deviceId: string }) => { presence.forget(deviceId); adapter.clear(deviceId) }
    events.on('device.deleted', forget)
    deps.identity.addDeviceView(id => ({ presence: remote ? remote.merge(presence.of(id), id) : presence.of(id) }))
    const timer = setInterval(presence.sweep, config.presenceSweepMs)
    timer.unref()
    // Alone, no device holds a connection yet: a retained "online" left by a stop or a crash is stale.
    const reconciling = cluster ? null : adapter.reconcile().then(
      corrected => { if (corrected > 0) log.info({ corrected }, 'retained presence of devices not connected since the restart set to offline') },
      err => log.warn({ err: (err as Error).message }, 'retained presence not reconciled after the restart'))
    return {
      service: presence,
      // Before the sockets close, so a shutdown is not reported as every device lost.
      async quiesce() {
        clearInterval(timer)
        await reconciling
        await adapter.stop()
        offChange()
        stopNotices()
        events.off('device.deleted', forget)
        remote?.stop()
        takeovers?.stop()
      },
    }
  },
})
