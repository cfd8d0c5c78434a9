import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { Aedes, type AedesOptions, type Client } from 'aedes'
import { Level } from 'level'
import levelPersistence from 'aedes-persistence-level'
import { writeToStream } from 'mqtt-packet'
import { ClientKeyIndex } from './client-key-index.js'
import { LevelWriteCoalescer } from './level-write-coalescer.js'
import type { Logger } from '../../logger.js'
import { createOncePerWindow } from './once-per-window.js'
import type { MqttAccess, MqttPrincipal } from './access.js'
import type { BrokerHooks } from './broker-hooks.js'
import { isWellFormedMqttString } from './utf8.js'
import { guardEmitterRecursion, isGuardable } from './emitter-guard.js'
import { DROP_TOPIC, MAX_TOPIC_LEVELS } from './packet-validator.js'
import { levelSessionRegistry, memorySessionRegistry, type SessionRegistry } from './session-registry.js'

export interface BrokerOptions {
  dataDir: string | null
  /** Cluster mode: persistence and emitter shared through Redis (cluster/cluster.ts) instead of LevelDB under dataDir. */
  shared?: { persistence: unknown; mq: unknown; sessions: SessionRegistry; heartbeatIntervalMs: number }
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
export const DROPPED_TOPIC = DROP_TOPIC

const PRINCIPAL = Symbol('tether.principal')
const CLEAN = Symbol('tether.clean')
/** `sessionExists` is read by aedes (patched, see patches/aedes+*.patch) for CONNACK's session present. */
type ClientWithPrincipal = Client & { [PRINCIPAL]?: MqttPrincipal; [CLEAN]?: boolean; sessionExists?: boolean }

/** Calls `done` once `gate` settles (at once when it returns nothing); a failure makes aedes close the client. */
function holdUntil(gate: () => void | Promise<unknown>, done: (err: Error | null) => void): void {
  let pending: void | Promise<unknown>
  try { pending = gate() } catch (err) { return done(err as Error) }
  if (!pending) return done(null)
  pending.then(() => done(null), (err: Error) => done(err))
}

export function principalOf(client: Client | null): MqttPrincipal | undefined {
  return client ? (client as ClientWithPrincipal)[PRINCIPAL] : undefined
}

function authError(returnCode: number, message: string): Error & { returnCode: number } {
  return Object.assign(new Error(message), { returnCode })
}

// aedes writes packets with mqtt-packet, which by default builds a table of 65 536 two-byte
// Buffers on first use for the numbers in a packet (topic lengths, packet ids): 6.8 MB of heap
// that every hub carried, where a 2-byte allocation per number costs nothing measurable.
writeToStream.cacheNumbers = false

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
  let levelWrites: LevelWriteCoalescer | null = null
  let persistence: unknown
  let sessions: SessionRegistry = memorySessionRegistry()
  if (opts.shared) {
    persistence = opts.shared.persistence
    sessions = opts.shared.sessions
  } else if (opts.dataDir) {
    const dir = path.join(opts.dataDir, 'mqtt')
    mkdirSync(dir, { recursive: true })
    const db = new Level<string, unknown>(dir)
    await db.open()
    levelWrites = new LevelWriteCoalescer(db as never)
    // What each client has stored, in memory: a clean CONNECT of a client with nothing stored costs no
    // LevelDB reads. The keys on disk are read in the background; until then reads go to LevelDB.
    const index = new ClientKeyIndex(levelWrites)
    const level = levelPersistence(index as never) as { outgoingQueueEmpty?: (client: { id: string }) => boolean }
    // Asked by aedes (patched) at each CONNECT: an empty queue needs no replay stream.
    level.outgoingQueueEmpty = client => index.nothingQueuedFor(client.id)
    persistence = level
    sessions = levelSessionRegistry(db.sublevel<string, string>('tether-sessions', { valueEncoding: 'utf8' }))
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
    // The validator routes deeper topics to DROPPED_TOPIC first, so aedes' close never fires.
    maxTopicLevels: MAX_TOPIC_LEVELS,
    preConnect(client, packet, done) {
      (client as ClientWithPrincipal)[CLEAN] = packet.clean
      // [MQTT-1.5.3-1/2] ill-formed UTF-8 or U+0000 in client id or user name → refuse.
      const ok = isWellFormedMqttString(packet.clientId) &&
        (packet.username === undefined || isWellFormedMqttString(packet.username))
      if (ok) return done(null, true)
      opts.logger.info('mqtt connect refused: ill-formed UTF-8 in client id or user name')
      done(new Error('ill-formed UTF-8 in CONNECT'), false)
    },
    authenticate(client, username, password, done) {
      Promise.resolve().then(() => access().authenticate(client.id, username, password)).then(async result => {
        // aedes keeps the CONNECT's will on `_will` until the session starts; a will the client
        // could not publish itself would otherwise be published on its behalf later.
        const will = (client as unknown as { _will?: { topic: string } | null })._will
        if (result.ok && will && !(isWellFormedMqttString(will.topic) && access().canPublish(result.principal, will.topic))) {
          result = { ok: false, returnCode: 5, reason: 'will topic not allowed' }
        }
        if (result.ok) {
          const c = client as ClientWithPrincipal
          c[PRINCIPAL] = result.principal
          // [MQTT-3.2.2-2] session present for any existing clean=0 session, even an empty one.
          try {
            if (c[CLEAN] === false) {
              c.sessionExists = await sessions.has(client.id)
              await sessions.add(client.id)
            } else {
              await sessions.delete(client.id)
            }
          } catch (err) {
            opts.logger.error({ err }, 'mqtt session record failed')
            return done(authError(3, 'server unavailable') as never, false)
          }
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
      if (principal && access().canPublish(principal, packet.topic)) return done(null)
      opts.onPublishDenied?.(principal, packet.topic)
      hooks.runDenied(packet, client, principal)
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
      const principal = principalOf(client)
      hooks.runAfterPublish(packet, client, principal)
      // The PUBACK (aedes patched: written after publishing) and the PUBREC wait for this callback,
      // which aedes calls once per message (a resent QoS 2 duplicate is answered before publishing):
      // subscribers get the message at once, its publisher's acknowledgement once it is durable. QoS 0: best effort.
      if (client === null || packet.topic === DROPPED_TOPIC) return done(null)
      if (packet.qos > 0) return holdUntil(() => hooks.runBeforeAck(packet, client, principal), done)
      try { void (hooks.runBeforeAck(packet, client, principal) as Promise<unknown> | undefined)?.catch(() => undefined) } catch { /* counted by the feature */ }
      done(null)
    },
    authorizeSubscribe(client, sub, done) {
      // [MQTT-1.5.3-1] ill-formed UTF-8 → close the connection (an error makes aedes close it).
      if (!isWellFormedMqttString(sub.topic)) return done(new Error('ill-formed topic filter'), null)
      // [MQTT-3.8.4-1] a filter too deep to hold arrives rewritten to DROPPED_TOPIC: 0x80.
      if (sub.topic === DROPPED_TOPIC) return done(null, null)
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
  // aedes emits 'error' when its store fails under a publish (lib: aedes.js DoEnqueues, "let's just
  // error the whole aedes"); without a listener that throws and ends the process. A store outage
  // (Redis gone in a cluster) is reported and outlived instead; the readiness check says it is down.
  const storeErrors = createOncePerWindow(10_000, Date.now)
  broker.on('error' as never, ((err: Error) => {
    if (storeErrors.shouldReport('store')) opts.logger.error({ err: err.message }, 'mqtt broker store error (repeats within 10 s not logged)')
  }) as never)
  return {
    broker,
    async close() {
      await new Promise<void>(resolve => broker.close(() => resolve()))
      // What aedes wrote last is in the store before it closes (the sessions' sublevel closes with it).
      await levelWrites?.close()
      if (opts.shared) await (broker as unknown as { persistence: { destroy(): Promise<void> } }).persistence.destroy().catch(() => {})
    },
  }
}

function safeId(id: string | undefined): string | undefined {
  return id === undefined ? undefined : id.slice(0, 80)
}
