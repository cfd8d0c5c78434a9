import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { Aedes, type AedesOptions, type Client } from 'aedes'
import { Level } from 'level'
import levelPersistence from 'aedes-persistence-level'
import type { Logger } from '../../logger.js'
import type { MqttAccess, MqttPrincipal } from './access.js'
import type { BrokerHooks } from './broker-hooks.js'
import { isWellFormedMqttString } from './utf8.js'
import { guardEmitterRecursion, isGuardable } from './emitter-guard.js'

export interface BrokerOptions {
  dataDir: string | null
  /** Cluster mode: persistence and emitter shared through Redis (cluster/cluster.ts) instead of LevelDB under dataDir. */
  shared?: { persistence: unknown; mq: unknown; heartbeatIntervalMs: number }
  connectTimeoutMs: number
  drainTimeoutMs: number
  maxInflightInbound: number
  /** Where features attach: access (authentication + ACL), acknowledgement gates, observers, forward filters. */
  hooks: BrokerHooks
  logger: Logger
  /** Called for each client PUBLISH the ACL refused (and dropped). */
  onPublishDenied?: (principal: MqttPrincipal | undefined, topic: string) => void
}

/**
 * Where a refused PUBLISH goes. aedes 1.2 closes the connection when authorizePublish answers
 * with an error (lib/handlers/publish.js → runSeries → done(err) → clientError → close), but
 * the ACL must drop silently. MQTT 3.1.1 has no negative PUBACK: the server "MUST either make a
 * positive acknowledgement ... or close the Network Connection" [MQTT-3.3.5-2]. So a refused
 * packet is authorized *after* being rewritten to this topic with an empty payload and no retain:
 * the client gets its normal PUBACK/PUBREC, `#`/`+` never match a `$` topic [MQTT-4.7.2-1], no
 * client may subscribe to it, and authorizeForward drops it as a last guard.
 */
export const DROPPED_TOPIC = '$tether/dropped'

const PRINCIPAL = Symbol('tether.principal')
type ClientWithPrincipal = Client & { [PRINCIPAL]?: MqttPrincipal }

export function principalOf(client: Client | null): MqttPrincipal | undefined {
  return client ? (client as ClientWithPrincipal)[PRINCIPAL] : undefined
}

function authError(returnCode: number, message: string): Error & { returnCode: number } {
  return Object.assign(new Error(message), { returnCode })
}

/**
 * The embedded aedes broker. Sessions and retained messages persist in LevelDB under the data
 * directory, so a restart loses nothing promised to a client (clean=false subscriptions, queued
 * QoS 1/2). `dataDir: null` keeps them in memory (tests of the bare transport).
 */
export async function createBroker(opts: BrokerOptions): Promise<{ broker: Aedes; close(): Promise<void> }> {
  const { hooks } = opts
  const access = (): MqttAccess => {
    if (!hooks.access) throw new Error('no MQTT access provided')
    return hooks.access
  }
  let db: Level<string, unknown> | null = null
  let persistence: unknown
  if (opts.shared) {
    persistence = opts.shared.persistence
  } else if (opts.dataDir) {
    const dir = path.join(opts.dataDir, 'mqtt')
    mkdirSync(dir, { recursive: true })
    db = new Level(dir)
    await db.open()
    persistence = levelPersistence(db as never)
  }
  const options: AedesOptions = {
    ...(persistence ? { persistence } : {}),
    // Cluster: publishes reach every hub's subscribers; aedes announces `$SYS/<id>/new/clients` through
    // the emitter, so a client id connecting to another hub closes its connection here. Its heartbeat
    // also decides when a dead hub's stored wills are published by the others (3 missed beats).
    ...(opts.shared ? { mq: opts.shared.mq as AedesOptions['mq'], heartbeatInterval: opts.shared.heartbeatIntervalMs } : {}),
    connectTimeout: opts.connectTimeoutMs,
    drainTimeout: opts.drainTimeoutMs,
    maxInflightInbound: opts.maxInflightInbound,
    maxClientsIdLength: 64,
    preConnect(client, packet, done) {
      // [MQTT-1.5.3-1/2] ill-formed UTF-8 or U+0000 in client id or user name → refuse.
      const ok = isWellFormedMqttString(packet.clientId) &&
        (packet.username === undefined || isWellFormedMqttString(packet.username))
      if (ok) return done(null, true)
      opts.logger.info('mqtt connect refused: ill-formed UTF-8 in client id or user name')
      done(new Error('ill-formed UTF-8 in CONNECT'), false)
    },
    authenticate(client, username, password, done) {
      Promise.resolve().then(() => access().authenticate(client.id, username, password)).then(result => {
        // aedes keeps the CONNECT's will on `_will` until the session starts; a will the client
        // could not publish itself would otherwise be published on its behalf later.
        const will = (client as unknown as { _will?: { topic: string } | null })._will
        if (result.ok && will && !(isWellFormedMqttString(will.topic) && access().canPublish(result.principal, will.topic))) {
          result = { ok: false, returnCode: 5, reason: 'will topic not allowed' }
        }
        if (result.ok) {
          (client as ClientWithPrincipal)[PRINCIPAL] = result.principal
          done(null, true)
        } else {
          opts.logger.info({ clientId: safeId(client.id), returnCode: result.returnCode, reason: result.reason }, 'mqtt auth refused')
          done(authError(result.returnCode, result.reason) as never, false)
        }
      }, err => {
        opts.logger.error({ err }, 'mqtt authenticate failed')
        done(authError(3, 'server unavailable') as never, false)
      })
    },
    authorizePublish(client, packet, done) {
      if (!isWellFormedMqttString(packet.topic)) return done(new Error('ill-formed topic'))
      // client === null: the hub itself publishing (commands, status) — always allowed.
      if (client === null) return done(null)
      const principal = principalOf(client)
      if (principal && access().canPublish(principal, packet.topic)) {
        // The broker acknowledges once this returns: a feature may hold the PUBACK until it made the message durable.
        let gate: void | Promise<unknown>
        try { gate = hooks.runBeforeAck(packet, client, principal) } catch (err) { return done(err as Error) }
        if (!gate) return done(null)
        gate.then(() => done(null), (err: Error) => done(err))
        return
      }
      opts.onPublishDenied?.(principal, packet.topic)
      packet.topic = DROPPED_TOPIC
      packet.payload = Buffer.alloc(0)
      packet.retain = false
      done(null)
    },
    authorizeForward(client, packet) {
      if (packet.topic === DROPPED_TOPIC) return null
      return hooks.allowsForward(client, packet) ? packet : null
    },
    published(packet, client, done) {
      hooks.runAfterPublish(packet, client, principalOf(client))
      done(null)
    },
    authorizeSubscribe(client, sub, done) {
      // [MQTT-1.5.3-1] ill-formed UTF-8 → close the connection (an error makes aedes close it).
      if (!isWellFormedMqttString(sub.topic)) return done(new Error('ill-formed topic filter'), null)
      const principal = principalOf(client)
      if (!principal || !access().canSubscribe(principal, sub.topic)) {
        // null subscription → SUBACK 0x80 for this filter, others unaffected [MQTT-3.9.3-2].
        return done(null, null)
      }
      done(null, sub)
    },
  }
  const broker = await Aedes.createBroker(options)
  // A publish flood must not kill the hub through mqemitter's recursive queue drain .
  const mq = (broker as unknown as { mq?: unknown }).mq
  if (isGuardable(mq)) guardEmitterRecursion(mq)
  else opts.logger.warn('aedes emitter has an unexpected shape; stack-overflow guard not installed')
  broker.on('clientError', (client, err) => {
    opts.logger.debug({ clientId: safeId(client.id), err: err.message }, 'mqtt client error')
  })
  broker.on('connectionError', (_client, err) => {
    opts.logger.debug({ err: err.message }, 'mqtt connection error')
  })
  return {
    broker,
    async close() {
      await new Promise<void>(resolve => broker.close(() => resolve()))
      if (db) await db.close()
      if (opts.shared) await (broker as unknown as { persistence: { destroy(): Promise<void> } }).persistence.destroy().catch(() => {})
    },
  }
}

function safeId(id: string | undefined): string | undefined {
  return id === undefined ? undefined : id.slice(0, 80)
}
