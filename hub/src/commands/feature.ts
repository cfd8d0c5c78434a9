import { Counter, Gauge } from 'prom-client'
import { passClaim } from '../cluster/pass-claim.js'
import type { Feature } from '../feature.js'
import type { Identity } from '../identity/feature.js'
import type { Rooms } from '../rooms/feature.js'
import { attachBrokerCommands } from './broker-commands.js'
import { commandHandler } from './chat-command.js'
import { cardRoomOf, postCommandCards } from './cards.js'
import { createCommandService, type CommandService } from './command-service.js'
import type { CommandStore } from './command-store.js'
import { TERMINAL } from './lifecycle.js'
import { createMetaCache } from './meta-cache.js'
import { commandsRouter } from './router.js'
import { inTransaction } from '../storage/sqlite.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'
import { createPgCommandStore } from './pg-command-store.js'
import { commandRecords } from './retention.js'
import { startCardRetention } from '../rooms/card-retention.js'

export type { CommandService } from './command-service.js'

/**
 * How long the broker's confirmation and the device's PUBACK wait to join a command's next change
 * in one commit and one card revision. Long enough for a device that answers at once, too short to
 * see on a card; a crash in it leaves the command a step behind (docs/api.md#commands).
 */
const HOLD_MS = 50

/**
 * Device commands: checked against the device's retained meta, published at QoS 1, followed
 * through accepted → sent → delivered → succeeded/failed/timed_out/expired; REST, the chat.v1
 * `command` frame, and one card per command in the device's room.
 */
export const commandsFeature = (deps: { identity: Identity; rooms: Rooms; store?: CommandStore }): Feature<CommandService> => ({
  name: 'commands',
  start({ config, broker, hooks, db, durable, events, now, metrics, logger, cluster }) {
    const log = logger.child({ mod: 'commands' })
    const { devices } = deps.identity
    const { rooms } = deps.rooms
    const ignored = new Counter({ name: 'tether_command_responses_ignored_total', help: 'Device responses counted and ignored, by reason (unknown_id, wrong_device, late, duplicate, malformed)', labelNames: ['reason'], registers: [metrics.registry] })
    const finished = new Counter({ name: 'tether_commands_finished_total', help: 'Commands that reached a final state, by state', labelNames: ['status'], registers: [metrics.registry] })
    // Cluster: a device's meta may change on another hub, so it is read from the shared retained store each time.
    const meta = createMetaCache(broker, hooks, { cache: !cluster })
    let service: CommandService | null = null
    const adapter = attachBrokerCommands(broker, hooks, () => service!, now, err => log.warn({ err: err.message }, 'device acknowledgement or response not applied'), durable)
    const store = deps.store ?? (cluster ? createPgCommandStore(cluster.pg) : createSqliteCommandStore(db))
    // The record and its card (rooms on the same database) commit together; in a cluster they live in PostgreSQL, apart.
    const atomically = cluster ? <T>(fn: () => T): T => fn() : inTransaction(db)
    const commands = service = createCommandService({
      store, devices, meta, now, shared: cluster !== null, atomically,
      holdMs: HOLD_MS,
      onHoldError(err) { log.warn({ err: err.message }, 'command state not stored; retrying') },
      publish: adapter.publish,
      defaultTtlMs: config.commandDefaultTtlMs,
      responseTimeoutMs: config.commandResponseTimeoutMs,
      onPublishError(err, commandId) { log.warn({ commandId, err: err.message }, 'command publish failed; it will expire') },
      onIgnored(reason, deviceId) {
        ignored.inc({ reason })
        log.debug({ deviceId, reason }, 'command response ignored')
      },
    })
    new Gauge({
      name: 'tether_commands_open', help: 'Commands not yet in a final state', registers: [metrics.registry],
      collect() { try { this.set(commands.openCount()) } catch { /* store unreachable: keep the last value */ } },
    })
    const offChange = commands.onChange(record => {
      if (TERMINAL.has(record.status)) finished.inc({ status: record.status })
      events.emit('command.changed', record)
    })
    const stopCards = postCommandCards({ events, rooms, devices, onError: err => log.warn({ err: err.message }, 'command card not posted') })
    const pruned = new Counter({ name: 'tether_commands_pruned_total', help: 'Finished commands deleted by the retention window, with their cards', registers: [metrics.registry] })
    let stopping = false
    const retention = startCardRetention(commandRecords(store), {
      rooms, atomically, closing: () => stopping, retentionMs: config.commandRetentionDays * 86_400_000, now, logger: log,
      ...(cluster ? { claim: passClaim(cluster.redis, 'commands', cluster.nodeId) } : {}),
      onPruned: n => pruned.inc(n),
    })
    const forget = ({ deviceId }: { deviceId: string }) => meta.forget(deviceId)
    events.on('device.deleted', forget)
    const timer = setInterval(function sweepCommands() {
      try { commands.sweep() } catch (err) { log.warn({ err: (err as Error).message }, 'command sweep failed; retrying next time') }
    }, config.commandSweepMs)
    timer.unref()
    return {
      service: commands,
      routers: [{ path: '/api', router: commandsRouter({ commands, authenticate: deps.identity.authenticate, maxTtlMs: config.commandMaxTtlMs, logger: logger.child({ mod: 'api' }) }) }],
      chatHandlers: [commandHandler(commands, id => cardRoomOf(devices, rooms, id), config.commandMaxTtlMs)],
      // After the broker closed, so a device's last PUBACK or response still lands.
      stop() {
        stopping = true
        retention.stop()
        clearInterval(timer)
        try { commands.close() } catch (err) { log.warn({ err: (err as Error).message }, 'command states held at shutdown not stored') }
        offChange()
        stopCards()
        adapter.stop()
        meta.stop()
        events.off('device.deleted', forget)
      },
    }
  },
})
