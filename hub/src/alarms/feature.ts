import { Counter, Gauge } from 'prom-client'
import { isClustered } from '../config.js'
import type { HubEventMap } from '../events.js'
import { passClaim } from '../cluster/pass-claim.js'
import type { Feature } from '../feature.js'
import type { Identity } from '../identity/feature.js'
import type { Rooms } from '../rooms/feature.js'
import { deviceRoomOf } from '../rooms/device-rooms.js'
import type { TelemetryService } from '../telemetry/service.js'
import { createAlarmService, type AlarmService } from './alarm-service.js'
import type { AlarmStore } from './alarm-store.js'
import { postAlarmCard } from './cards.js'
import { alarmAckHandler } from './chat-ack.js'
import { alarmsRouter } from './router.js'
import { createSqliteAlarmStore } from './sqlite-alarm-store.js'
import { createPgAlarmStore } from './pg-alarm-store.js'
import { watchTakeovers } from '../presence/cluster-presence.js'
import type { AlarmRecord } from './types.js'
import { createWebhookNotifier, type WebhookNotifier } from './webhook-notifier.js'
import { alarmRecords } from './retention.js'
import { startCardRetention } from '../rooms/card-retention.js'
import { inTransaction } from '../storage/sqlite.js'

/** What the hub and tests reach: the rules and alarms, and the webhooks that notify beyond the room. */
export type Alarms = AlarmService & { webhooks: WebhookNotifier }

/**
 * Alarms: rules (per device, model or room) evaluated on every accepted telemetry point and
 * presence change; one card per alarm in the device's room, acknowledged from chat.v1 or REST;
 * every change announced as `alarm.changed` and POSTed, signed, to the webhooks that want it.
 */
export const alarmsFeature = (deps: { identity: Identity; rooms: Rooms; telemetry: TelemetryService; store?: AlarmStore }): Feature<Alarms> => ({
  name: 'alarms',
  async start({ config, db, events, now, timers, metrics, logger, cluster, broker }) {
    const log = logger.child({ mod: 'alarms' })
    const { devices } = deps.identity
    const { rooms } = deps.rooms
    // Cluster: rules, alarms and webhooks in the shared PostgreSQL, so every hub evaluates the same rules.
    const store = deps.store ?? (cluster ? createPgAlarmStore(cluster.pg) : createSqliteAlarmStore(db))
    const alarms = createAlarmService({
      store, devices, now, timers, sweepMs: config.alarmSweepMs,
      roomOf: deviceId => deviceRoomOf(devices, rooms, deviceId),
    })
    const raised = new Counter({ name: 'tether_alarms_raised_total', help: 'Alarms raised (new or raised again while open), by severity', labelNames: ['severity'], registers: [metrics.registry] })
    new Gauge({ name: 'tether_alarms_open', help: 'Alarms not closed', registers: [metrics.registry], collect() { this.set(alarms.open().length) } })
    const deliveries = new Counter({ name: 'tether_alarm_webhook_deliveries_total', help: 'Alarm webhook deliveries by outcome (delivered, failed after every attempt, dropped from a full queue)', labelNames: ['outcome'], registers: [metrics.registry] })
    const webhooks = createWebhookNotifier({
      // Cluster: each hub resends its own (a stable TETHER_NODE_ID keeps them across restarts).
      store, owner: isClustered(config) ? config.nodeId : 'local', now, timers, logger: log,
      attempts: config.alarmWebhookAttempts, retryBaseMs: config.alarmWebhookRetryBaseMs, retryMaxMs: 60_000,
      timeoutMs: config.alarmWebhookTimeoutMs, queueMax: 1000,
      onResult: outcome => deliveries.inc({ outcome }),
    })
    webhooks.resume()
    const offChange = alarms.onChange(a => {
      if (a.state === 'active' && a.lastRaisedAt === a.updatedAt) raised.inc({ severity: a.severity })
      log.info({ alarmId: a.id, deviceId: a.deviceId, rule: a.ruleId, state: a.state, count: a.count }, 'alarm')
      postAlarmCard(rooms, a)
      webhooks.notify(a)
      events.emit('alarm.changed', a)
    })
    const offCluster: Array<() => void> = []
    if (cluster) {
      // The bus only says "look again"; what counts is in PostgreSQL [see cluster/bus.ts].
      offCluster.push(alarms.onChange(a => cluster.bus.publish('alarm', a)))
      offCluster.push(alarms.onRuleChange(id => cluster.bus.publish('alarm-rule', { id })))
      offCluster.push(await cluster.bus.onRemote<AlarmRecord>('alarm', a => alarms.adopt(a)))
      offCluster.push(await cluster.bus.onRemote<{ id: string }>('alarm-rule', ({ id }) => alarms.reloadRule(id)))
      offCluster.push(cluster.bus.onReconnect(() => alarms.reload()))
      // A device id another hub announced as a new connection has moved there.
      const takeovers = watchTakeovers(broker, deviceId => alarms.handedOff(deviceId))
      await takeovers.start()
      offCluster.push(() => takeovers.stop())
    }
    const pruned = new Counter({ name: 'tether_alarms_pruned_total', help: 'Closed alarms deleted by the retention window, with their cards', registers: [metrics.registry] })
    let stopping = false
    const retention = startCardRetention(alarmRecords(store), {
      rooms, closing: () => stopping, retentionMs: config.alarmRetentionDays * 86_400_000, now, logger: log,
      ...(cluster ? { claim: passClaim(cluster.redis, 'alarms', cluster.nodeId) } : {}),
      // The alarm and its cards (rooms on the same database) go together; in a cluster they live in PostgreSQL, apart.
      atomically: cluster ? <T>(fn: () => T): T => fn() : inTransaction(db),
      onPruned: n => pruned.inc(n),
    })
    const offPoints = deps.telemetry.onPoint(function evaluateAlarms(deviceId, fields) { alarms.evaluate(deviceId, fields) })
    const onPresence = ({ deviceId, change }: HubEventMap['device.presence'][0]) => alarms.presence(deviceId, change.state)
    const onDevice = ({ deviceId }: { deviceId: string }) => alarms.deviceChanged(deviceId)
    const onDeleted = ({ deviceId }: { deviceId: string }) => alarms.deviceChanged(deviceId, true)
    events.on('device.presence', onPresence)
    events.on('device.created', onDevice)
    events.on('device.updated', onDevice)
    events.on('device.deleted', onDeleted)
    return {
      service: Object.assign(alarms, { webhooks }),
      routers: [{ path: '/api', router: alarmsRouter({ alarms, webhooks, authenticate: deps.identity.authenticate }) }],
      chatHandlers: [alarmAckHandler(alarms)],
      // Before the sockets close: a shutdown is not a device gone silent.
      quiesce() {
        stopping = true
        retention.stop()
        alarms.stop()
        webhooks.stop()
        offPoints()
        offChange()
        for (const off of offCluster) off()
        events.off('device.presence', onPresence)
        events.off('device.created', onDevice)
        events.off('device.updated', onDevice)
        events.off('device.deleted', onDeleted)
      },
    }
  },
})
