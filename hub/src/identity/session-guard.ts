import type { Aedes, Client } from 'aedes'
import type { HubEvents } from '../events.js'
import type { Logger } from '../logger.js'
import { principalOf } from '../protocols/mqtt/broker.js'

/**
 * Ends live MQTT sessions whose credentials stopped being valid:
 * - a device whose token was rotated or which was deleted (aedes keeps clients by id);
 * - an operator whose account was deleted or whose role changed (the token's role is stale);
 * - an operator whose JWT expired, checked every `sweepMs` against the injected clock
 *   (so tests advance a fake clock instead of waiting an hour).
 * Closing (not a clean DISCONNECT) lets aedes publish the client's will, like any lost client.
 */
export function startSessionGuard(deps: { broker: Aedes; events: HubEvents; now: () => number; sweepMs: number; logger: Logger }) {
  const { broker, events, now, logger } = deps
  /** Operator sessions by client id (few: dashboards), so the sweep never walks device sessions. */
  const operators = new Map<string, Client>()

  function end(client: Client, reason: string): void {
    logger.info({ clientId: client.id, reason }, 'mqtt session ended')
    client.close()
  }

  function onClient(client: Client): void {
    if (principalOf(client)?.kind === 'operator') operators.set(client.id, client)
  }
  function onClientGone(client: Client): void {
    if (operators.get(client.id) === client) operators.delete(client.id)
  }
  function onDeviceCredentialsGone({ deviceId }: { deviceId: string }): void {
    const client = (broker as unknown as { clients: Record<string, Client | undefined> }).clients[deviceId]
    const principal = client && principalOf(client)
    if (client && principal?.kind === 'device' && principal.id === deviceId) end(client, 'device credentials revoked')
  }
  function onOperatorChanged({ userId }: { userId: string }): void {
    for (const client of [...operators.values()]) {
      if (principalOf(client)?.id === userId) end(client, 'account deleted or role changed')
    }
  }
  function sweep(): void {
    const t = now()
    for (const client of [...operators.values()]) {
      const principal = principalOf(client)
      if (principal?.kind === 'operator' && principal.expiresAt !== undefined && principal.expiresAt <= t) end(client, 'token expired')
    }
  }

  broker.on('client', onClient)
  broker.on('clientDisconnect', onClientGone)
  events.on('device.tokenRotated', onDeviceCredentialsGone)
  events.on('device.deleted', onDeviceCredentialsGone)
  events.on('operator.deleted', onOperatorChanged)
  events.on('operator.roleChanged', onOperatorChanged)
  const timer = setInterval(sweep, deps.sweepMs)
  timer.unref()

  return {
    sweep,
    stop(): void {
      clearInterval(timer)
      broker.off('client', onClient)
      broker.off('clientDisconnect', onClientGone)
      events.off('device.tokenRotated', onDeviceCredentialsGone)
      events.off('device.deleted', onDeviceCredentialsGone)
      events.off('operator.deleted', onOperatorChanged)
      events.off('operator.roleChanged', onOperatorChanged)
    },
  }
}
