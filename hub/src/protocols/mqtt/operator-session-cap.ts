import type { Aedes, Client } from 'aedes'
import type { MqttAccess } from './access.js'
import { principalOf } from './broker.js'

/**
 * A cap on concurrent MQTT sessions of one operator account (devices have one client id each,
 * so they need none). Wraps an MqttAccess: a CONNECT that authenticates as an operator who
 * already holds `max` sessions is refused with CONNACK 5 (not authorized) [MQTT-3.2.2-5 return
 * codes]. A reconnect with a client id the account already uses is allowed: aedes then closes
 * the old session ([MQTT-3.1.4-2] takeover), so the count does not grow.
 *
 * Counted: sessions the broker holds plus CONNECTs accepted here whose session has not started
 * yet (a reservation, so parallel CONNECTs cannot all slip past the count while authenticating).
 * A reservation ends when the session starts or after `reserveMs` (a CONNECT that failed later).
 */
export function capOperatorSessions(inner: MqttAccess, opts: { max: number; now: () => number; reserveMs?: number }) {
  const reserveMs = opts.reserveMs ?? 10_000
  /** clientId → { account, until } for accepted CONNECTs whose session has not started. */
  const reserved = new Map<string, { account: string; until: number }>()
  let clients: () => Iterable<Client> = () => []

  function sessionsOf(account: string, exceptClientId: string): number {
    const t = opts.now()
    let n = 0
    for (const c of clients()) {
      const p = principalOf(c)
      if (c.id !== exceptClientId && !c.closed && p?.kind === 'operator' && p.id === account) n++
    }
    for (const [clientId, r] of reserved) {
      if (r.until <= t) reserved.delete(clientId)
      else if (clientId !== exceptClientId && r.account === account) n++
    }
    return n
  }

  const access: MqttAccess = {
    ...inner,
    async authenticate(clientId, username, password) {
      const result = await inner.authenticate(clientId, username, password)
      if (!result.ok || result.principal.kind !== 'operator') return result
      if (sessionsOf(result.principal.id, clientId) >= opts.max) {
        return { ok: false, returnCode: 5, reason: `account already has ${opts.max} MQTT sessions` }
      }
      reserved.set(clientId, { account: result.principal.id, until: opts.now() + reserveMs })
      return result
    },
  }

  return {
    access,
    /** Counts the broker's live sessions from now on. */
    attach(broker: Aedes): void {
      clients = () => Object.values((broker as unknown as { clients: Record<string, Client> }).clients)
      broker.on('client', client => { reserved.delete(client.id) })
      broker.on('clientDisconnect', client => { reserved.delete(client.id) })
    },
  }
}
