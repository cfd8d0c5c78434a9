import { EventEmitter } from 'node:events'
import mqtt, { type MqttClient } from 'mqtt'
import { runCommand } from '../models/index.js'
import type { DeviceModel, Telemetry } from '../models/types.js'
import { systemRandom, uniform, type Random } from '../random.js'
import { silentLog, type Log } from '../log.js'
import { backoffDelay, type BackoffOptions } from '@tether/protocol'

/** A device's reconnect schedule: 0.5 s doubling to 30 s, half of it jittered. */
const DEVICE_BACKOFF: BackoffOptions = { initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.5 }
import { FaultSet, type FaultSpec } from './faults.js'
import { deviceTopic, isCommandExpired, parseCommandMessage, type CommandResponse } from '@tether/protocol'

export interface SimDeviceOptions {
  id: string
  token: string
  /** Hub URL; the scheme picks the transport as in MQTT.js (ws://…/ws, wss://, mqtt://, mqtts://). */
  url: string
  model: DeviceModel<any>
  room?: string
  rng?: Random
  now?: () => number
  /** MQTT keepalive, s. */
  keepaliveS?: number
  /** Telemetry period, ms (default: the model's own). */
  intervalMs?: number
  backoff?: BackoffOptions
  /** Time a device takes to act on a command and answer, ms [min, max]. */
  responseDelayMs?: [number, number]
  /** Time a reboot keeps the device away, ms. */
  rebootMs?: number
  /** A connection held this long resets the backoff, ms. */
  stableMs?: number
  connectTimeoutMs?: number
  log?: Log
}

export type DeviceStatus = 'idle' | 'connecting' | 'online' | 'offline' | 'stopped'

export interface DeviceSnapshot {
  id: string
  model: string
  room: string | undefined
  status: DeviceStatus
  connects: number
  telemetrySent: number
  commandsReceived: number
  responsesSent: number
  faults: ReturnType<FaultSet['list']>
}

/**
 * One simulated device: a model ticking on a timer, an MQTT.js client speaking the topic scheme,
 * its own reconnect schedule, and fault injection. Events: 'online', 'subscribed' (SUBACK for its
 * commands), 'offline', 'telemetry', 'command', 'response'.
 */
export class SimDevice extends EventEmitter {
  readonly id: string
  readonly model: DeviceModel<any>
  readonly room: string | undefined
  #o: Required<Omit<SimDeviceOptions, 'room'>>
  #state: unknown
  #client: MqttClient | null = null
  #status: DeviceStatus = 'idle'
  #attempt = 0
  #lastTick = 0
  #timers = new Set<NodeJS.Timeout>()
  #tickTimer: NodeJS.Timeout | null = null
  #burstTimer: NodeJS.Timeout | null = null
  #reconnectTimer: NodeJS.Timeout | null = null
  #stableTimer: NodeJS.Timeout | null = null
  #lastTelemetry: Telemetry | null = null
  #rebooting = false
  /** Recent command ids → their response (null while pending): a QoS 1 redelivery is not re-executed. */
  #handled = new Map<string, CommandResponse | null>()
  readonly faults = new FaultSet()
  readonly counters = { connects: 0, telemetrySent: 0, commandsReceived: 0, responsesSent: 0 }

  constructor(opts: SimDeviceOptions) {
    super()
    this.id = opts.id
    this.model = opts.model
    this.room = opts.room
    this.#o = {
      rng: systemRandom, now: Date.now, keepaliveS: 30, intervalMs: opts.model.intervalMs,
      backoff: DEVICE_BACKOFF, responseDelayMs: [150, 800], rebootMs: 3_000, stableMs: 10_000,
      connectTimeoutMs: 10_000, log: silentLog,
      ...stripUndefined(opts),
    } as Required<Omit<SimDeviceOptions, 'room'>>
    this.#state = this.model.init(this.#o.rng, this.#o.now())
  }

  get status(): DeviceStatus { return this.#status }
  get state(): unknown { return this.#state }

  snapshot(): DeviceSnapshot {
    return { id: this.id, model: this.model.meta.model, room: this.room, status: this.#status, ...this.counters, faults: this.faults.list(this.#o.now()) }
  }

  /** Connects and starts reporting; reconnects on its own until `stop()`. */
  start(): void {
    if (this.#client) return
    this.#status = 'connecting'
    this.#lastTick = this.#o.now()
    this.#tickTimer = setInterval(() => this.#tick(), this.#o.intervalMs)
    const client = mqtt.connect(this.#o.url, {
      clientId: this.id,
      username: this.id,
      password: this.#o.token,
      clean: false,
      keepalive: this.#o.keepaliveS,
      protocolVersion: 4,
      reconnectPeriod: 0,
      connectTimeout: this.#o.connectTimeoutMs,
      resubscribe: false,
      will: { topic: deviceTopic(this.id, 'status'), payload: Buffer.from('offline'), qos: 1, retain: true },
    })
    this.#client = client
    client.on('connect', packet => this.#onConnect(packet.sessionPresent))
    client.on('close', () => this.#onClose())
    client.on('message', (topic, payload) => this.#onMessage(topic, payload))
    client.on('error', err => this.#o.log('warn', 'mqtt error', { device: this.id, err: err.message }))
  }

  /** Clean shutdown: retained `offline`, then DISCONNECT (so the will does not fire). */
  async stop(): Promise<void> {
    if (this.#status === 'stopped') return
    const wasOnline = this.#status === 'online'
    this.#status = 'stopped'
    this.#clearTimers()
    const client = this.#client
    if (!client) return
    const said = wasOnline && await withTimeout(client.publishAsync(deviceTopic(this.id, 'status'), 'offline', { qos: 1, retain: true }), 3_000).then(() => true, () => false)
    if (wasOnline && !said) {
      // The hub did not confirm our offline in time: drop the link instead, so its will says it.
      this.#dropLink()
      client.end(true)
    } else {
      await withTimeout(client.endAsync(false), 2_000).catch(() => client.end(true))
    }
    this.emit('offline', 'stopped')
  }

  injectFault(spec: FaultSpec): void {
    const now = this.#o.now()
    this.faults.add(spec, now)
    this.#o.log('info', 'fault injected', { device: this.id, mode: spec.mode, durationMs: spec.durationMs })
    if (spec.mode === 'drop') this.#dropLink()
    if (spec.mode === 'burst') this.#startBurst()
  }

  clearFaults(): void {
    this.faults.clear()
    this.#stopBurst()
  }

  #onConnect(sessionPresent: boolean): void {
    const client = this.#client!
    if (this.#status === 'stopped') return
    this.#status = 'online'
    this.counters.connects++
    // The first connect is routine (debug); a reconnect is news.
    this.#o.log(this.counters.connects > 1 ? 'info' : 'debug', this.counters.connects > 1 ? 'device reconnected' : 'device online', { device: this.id, sessionPresent })
    this.#stableTimer = setTimeout(() => { this.#attempt = 0 }, this.#o.stableMs)
    const retained = { qos: 1 as const, retain: true }
    const warnOnError = (what: string) => (err?: Error) => { if (err) this.#o.log('warn', `${what} not published`, { device: this.id, err: err.message }) }
    client.publish(deviceTopic(this.id, 'status'), 'online', retained, warnOnError('status'))
    client.publish(deviceTopic(this.id, 'meta'), JSON.stringify(this.model.meta), retained, warnOnError('meta'))
    // A persistent session keeps the subscription; subscribing again is harmless and covers a hub
    // that lost its session store.
    client.subscribe(deviceTopic(this.id, 'commands'), { qos: 1 }, err => {
      if (err) this.#o.log('warn', 'subscribe failed', { device: this.id, err: err.message })
      else this.emit('subscribed')
    })
    // Like a real sensor, report the current state on (re)connect; a sparse one might otherwise
    // stay unseen until its next event or heartbeat.
    if (this.#lastTelemetry && !this.faults.has('silent', this.#o.now())) this.#publishTelemetry(this.#lastTelemetry)
    this.emit('online', sessionPresent)
  }

  #onClose(): void {
    if (this.#stableTimer) { clearTimeout(this.#stableTimer); this.#stableTimer = null }
    if (this.#status === 'stopped') return
    if (this.#status === 'online') {
      if (!this.#rebooting) this.#o.log('info', 'link lost', { device: this.id })
      this.emit('offline', 'closed')
    }
    this.#status = 'offline'
    if (this.#reconnectTimer || this.#rebooting) return
    const drop = this.faults.get('drop', this.#o.now())
    const delay = drop ? drop.until - this.#o.now() : backoffDelay(this.#attempt++, this.#o.backoff, () => this.#o.rng.next())
    this.#o.log('debug', 'reconnect scheduled', { device: this.id, delayMs: delay })
    this.#reconnectTimer = setTimeout(() => this.#reconnect(), delay)
  }

  #reconnect(): void {
    this.#reconnectTimer = null
    if (this.#status === 'stopped' || !this.#client) return
    // A drop injected while we were waiting keeps the link down until it ends.
    const drop = this.faults.get('drop', this.#o.now())
    if (drop) { this.#reconnectTimer = setTimeout(() => this.#reconnect(), drop.until - this.#o.now()); return }
    this.#status = 'connecting'
    // Fresh MQTT.js stores: a response unacknowledged at a link loss is lost (the hub times the
    // command out). Passing the old stores to reconnect() made MQTT.js's replay swallow the next
    // QoS 1 publish (our `online` status) in about half of the drop tests.
    this.#client.reconnect()
  }

  /** Abrupt link loss: the socket is destroyed without DISCONNECT, so the hub fires the will. */
  #dropLink(): void {
    const stream = (this.#client as unknown as { stream?: { destroy(): void } } | null)?.stream
    stream?.destroy()
  }

  #tick(): void {
    const now = this.#o.now()
    const dtMs = Math.max(0, now - this.#lastTick)
    this.#lastTick = now
    // Physics runs whether or not the link is up.
    const { state, telemetry } = this.model.step(this.#state, { now, dtMs }, this.#o.rng)
    this.#state = state
    if (!telemetry) return
    this.#lastTelemetry = telemetry
    if (this.faults.has('silent', now)) return
    this.#publishTelemetry(telemetry)
  }

  #publishTelemetry(telemetry: Telemetry): void {
    if (this.#status !== 'online' || !this.#client) return
    this.#client.publish(deviceTopic(this.id, 'telemetry'), JSON.stringify({ ...telemetry, ts: this.#o.now() }), { qos: 0 })
    this.counters.telemetrySent++
    this.emit('telemetry', telemetry)
  }

  #startBurst(): void {
    this.#stopBurst()
    const fault = this.faults.get('burst', this.#o.now())
    if (!fault) return
    this.#burstTimer = setInterval(() => {
      if (!this.faults.has('burst', this.#o.now())) return this.#stopBurst()
      if (this.#lastTelemetry && !this.faults.has('silent', this.#o.now())) this.#publishTelemetry(this.#lastTelemetry)
    }, Math.max(1, Math.round(1000 / fault.rate)))
  }

  #stopBurst(): void {
    if (this.#burstTimer) clearInterval(this.#burstTimer)
    this.#burstTimer = null
  }

  #onMessage(topic: string, payload: Buffer): void {
    if (topic !== deviceTopic(this.id, 'commands')) return
    const cmd = parseCommandMessage(payload.toString('utf8'))
    if (!cmd) { this.#o.log('warn', 'unreadable command ignored', { device: this.id }); return }
    this.counters.commandsReceived++
    this.emit('command', cmd)
    const now = this.#o.now()
    // An expired command is not acted on; the hub has already marked it expired.
    if (isCommandExpired(cmd, now)) { this.#o.log('info', 'expired command ignored', { device: this.id, command: cmd.id }); return }
    if (this.#handled.has(cmd.id)) {
      const previous = this.#handled.get(cmd.id)
      this.#o.log('debug', 'duplicate command', { device: this.id, command: cmd.id })
      if (previous) this.#client?.publish(deviceTopic(this.id, 'responses'), JSON.stringify(previous), { qos: 1 })
      return
    }
    this.#handled.set(cmd.id, null)
    if (this.#handled.size > HANDLED_LIMIT) this.#handled.delete(this.#handled.keys().next().value!)
    const delayFault = this.faults.get('delay-responses', now)
    // Decided on receipt: the device acts, but its answer never leaves (the hub's timeout path).
    const withhold = this.faults.has('withhold-responses', now)
    const delay = uniform(this.#o.rng, ...this.#o.responseDelayMs) + (delayFault ? delayFault.delayMs : 0)
    this.#later(delay, () => {
      const outcome = runCommand(this.model, this.#state, cmd.name, cmd.params, this.#o.now())
      if (outcome.ok) this.#state = outcome.state
      const response: CommandResponse = outcome.ok
        ? { id: cmd.id, ok: true, ...(outcome.result ? { result: outcome.result } : {}) }
        : { id: cmd.id, ok: false, error: outcome.error }
      if (this.#handled.has(cmd.id)) this.#handled.set(cmd.id, response)
      if (withhold) {
        this.#o.log('info', 'response withheld', { device: this.id, command: cmd.id })
        return
      }
      this.#client?.publish(deviceTopic(this.id, 'responses'), JSON.stringify(response), { qos: 1 }, err => {
        if (err) { this.#o.log('warn', 'response not published', { device: this.id, command: cmd.id, err: err.message }); return }
        this.counters.responsesSent++
        this.emit('response', response)
        if (outcome.ok && outcome.effect === 'reboot') this.#reboot()
      })
    })
  }

  /** Goes offline cleanly, stays away for `rebootMs`, comes back with a fresh uptime. */
  #reboot(): void {
    const client = this.#client
    if (!client || this.#status !== 'online') return
    this.#rebooting = true
    this.#o.log('info', 'rebooting', { device: this.id })
    client.publish(deviceTopic(this.id, 'status'), 'offline', { qos: 1, retain: true }, () => {
      client.end(false, {}, () => {
        this.#later(this.#o.rebootMs, () => {
          this.#rebooting = false
          this.#reconnect()
        })
      })
    })
  }

  #later(ms: number, fn: () => void): void {
    const t = setTimeout(() => { this.#timers.delete(t); if (this.#status !== 'stopped') fn() }, ms)
    this.#timers.add(t)
  }

  #clearTimers(): void {
    for (const t of this.#timers) clearTimeout(t)
    this.#timers.clear()
    for (const t of [this.#tickTimer, this.#reconnectTimer, this.#stableTimer]) if (t) clearTimeout(t)
    this.#tickTimer = this.#reconnectTimer = this.#stableTimer = null
    this.#stopBurst()
  }
}

const HANDLED_LIMIT = 256

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timed out')), ms)
    p.then(v => { clearTimeout(t); resolve(v) }, e => { clearTimeout(t); reject(e) })
  })
}
