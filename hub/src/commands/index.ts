import type { Aedes } from 'aedes'
import { Counter, Gauge, type Registry } from 'prom-client'
import type { HubConfig } from '../config.js'
import type { HubEvents } from '../events.js'
import type { Logger } from '../logger.js'
import type { SqliteDatabase } from '../storage/sqlite.js'
import type { DeviceDirectory } from '../identity/types.js'
import { attachBrokerCommands } from './broker-commands.js'
import { createCommandService, type CommandService } from './command-service.js'
import type { CommandStore } from './command-store.js'
import { createMetaCache } from './meta-cache.js'
import { createSqliteCommandStore } from './sqlite-command-store.js'
import { TERMINAL } from './lifecycle.js'

export type { CommandService } from './command-service.js'

/** Commands against the broker: the service, its aedes adapter, metrics and the sweep timer. */
export function startCommands(deps: {
  broker: Aedes; db: SqliteDatabase; store?: CommandStore; devices: DeviceDirectory; events: HubEvents
  now: () => number; config: HubConfig; registry: Registry; logger: Logger
}): { commands: CommandService; stop(): void } {
  const { broker, events, logger, now } = deps
  const ignored = new Counter({ name: 'tether_command_responses_ignored_total', help: 'Device responses counted and ignored, by reason (unknown_id, wrong_device, late, duplicate, malformed)', labelNames: ['reason'], registers: [deps.registry] })
  const finished = new Counter({ name: 'tether_commands_finished_total', help: 'Commands that reached a final state, by state', labelNames: ['status'], registers: [deps.registry] })
  const meta = createMetaCache(broker)
  let service: CommandService | null = null
  const adapter = attachBrokerCommands(broker, () => service!, now)
  service = createCommandService({
    store: deps.store ?? createSqliteCommandStore(deps.db),
    devices: deps.devices, meta, now,
    publish: adapter.publish,
    defaultTtlMs: deps.config.commandDefaultTtlMs,
    responseTimeoutMs: deps.config.commandResponseTimeoutMs,
    onPublishError(err, commandId) { logger.warn({ commandId, err: err.message }, 'command publish failed; it will expire') },
    onIgnored(reason, deviceId) {
      ignored.inc({ reason })
      logger.debug({ deviceId, reason }, 'command response ignored')
    },
  })
  const commands = service
  new Gauge({ name: 'tether_commands_open', help: 'Commands not yet in a final state', registers: [deps.registry], collect() { this.set(commands.openCount()) } })
  const off = commands.onChange(r => {
    if (TERMINAL.has(r.status)) finished.inc({ status: r.status })
    events.emit('command.changed', { commandId: r.id, deviceId: r.deviceId, status: r.status })
  })
  const forget = ({ deviceId }: { deviceId: string }) => meta.forget(deviceId)
  events.on('device.deleted', forget)
  const timer = setInterval(commands.sweep, deps.config.commandSweepMs)
  timer.unref()
  return {
    commands,
    stop(): void {
      clearInterval(timer)
      off()
      adapter.stop()
      meta.stop()
      events.off('device.deleted', forget)
    },
  }
}
