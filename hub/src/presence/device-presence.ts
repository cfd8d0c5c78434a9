/**
 * The presence of one device as a pure state machine: inputs are what the broker saw (connect,
 * disconnect with its cause, telemetry) and the passing of time (`tick`); each input returns the
 * published change, or null when nothing an operator should see changed. No timers, no sockets:
 * the caller passes the time, so every transition is tested with a fake clock.
 */
import type { DevicePresence as PresenceJson, PresenceReason, PresenceState } from '@tether/protocol'

export type { PresenceReason, PresenceState }

export type DisconnectCause = 'clean' | 'will' | 'keepalive' | 'dropped'

export interface PresenceOptions {
  /** Silent after this many × the learned telemetry cadence, factor. */
  silentFactor: number
  /** Never silent sooner than this after the last telemetry, ms. */
  silentFloorMs: number
  /** Telemetry intervals needed before the cadence is trusted, count. */
  minCadenceSamples: number
  /** Window in which reconnects are counted, ms; also the calm time that ends flapping. */
  flapWindowMs: number
  /** Reconnects within the window that make a device flapping, count. */
  flapReconnects: number
  /** EWMA weight of the newest interval, 0..1. */
  cadenceAlpha?: number
}

/** The published presence (@tether/protocol `DevicePresence`) plus what the hub learned. */
export interface PresenceView extends PresenceJson {
  /** Learned telemetry cadence (EWMA of intervals), ms; null until learned. */
  cadenceMs: number | null
}

export interface PresenceChange extends PresenceView { from: PresenceState }

const CAUSE_TO_REASON: Record<DisconnectCause, PresenceReason> = {
  clean: 'clean_disconnect', will: 'will_fired', keepalive: 'keepalive_expired', dropped: 'connection_lost',
}
const CAUSE_DETAIL: Record<DisconnectCause, string> = {
  clean: 'disconnected cleanly',
  will: 'connection lost without DISCONNECT; its last will was published',
  keepalive: 'keepalive expired: no packet within 1.5 × its keepalive',
  dropped: 'connection lost without DISCONNECT',
}

const secs = (ms: number) => `${Math.round(ms / 100) / 10} s`

/**
 * A class, not a closure per method: the hub holds one per device, and nine closures with their
 * context cost ~0.5 KiB more per device than one object whose methods live on the prototype.
 */
export class DevicePresence {
  private readonly alpha: number
  private current: PresenceView
  private isConnected = false
  private connectedAt = 0
  private lastTelemetry: number | null = null
  private samples = 0
  private lastDisconnect: { cause: DisconnectCause; at: number } | null = null
  private lastChangeAt: number
  private reconnects: number[] = []

  constructor(private readonly opts: PresenceOptions, startedAt: number) {
    this.alpha = opts.cadenceAlpha ?? 0.3
    this.current = { state: 'offline', reason: 'never_connected', since: startedAt, lastSeen: null, detail: 'not seen since the hub started', cadenceMs: null }
    this.lastChangeAt = startedAt
  }

  view(): PresenceView {
    return { ...this.current }
  }

  /** After a restart: when the device was last seen before it (from its retained presence), until it is seen again. */
  remembered(lastSeen: number): void {
    if (this.current.lastSeen === null) this.current.lastSeen = lastSeen
  }

  connected(t: number): PresenceChange | null {
    const { opts } = this
    this.current.lastSeen = t
    const isReconnect = this.lastDisconnect !== null
    this.isConnected = true
    this.connectedAt = t
    this.lastChangeAt = t
    // An interval spanning a disconnection says nothing about the cadence.
    this.lastTelemetry = null
    if (isReconnect) {
      this.reconnects = [...this.reconnects.filter(r => r > t - opts.flapWindowMs), t]
    }
    // Flapping is reported once; the reconnects inside it are coalesced.
    if (this.current.state === 'flapping') return null
    if (this.reconnects.length >= opts.flapReconnects) {
      return this.publish('flapping', 'reconnecting', t, `${this.reconnects.length} reconnects within ${secs(opts.flapWindowMs)}`)
    }
    return this.publish('online', 'connected', t, isReconnect ? `reconnected after ${secs(t - this.lastDisconnect!.at)}` : 'connected')
  }

  disconnected(t: number, cause: DisconnectCause): PresenceChange | null {
    this.current.lastSeen = t
    if (!this.isConnected) return null
    this.isConnected = false
    this.lastDisconnect = { cause, at: t }
    this.lastChangeAt = t
    if (this.current.state === 'flapping') return null
    return this.publish(cause === 'clean' ? 'offline' : 'lost', CAUSE_TO_REASON[cause], t, CAUSE_DETAIL[cause])
  }

  /** The hub holding the connection died (cluster): the connection is gone without a word. */
  hubLost(t: number): PresenceChange | null {
    this.isConnected = false
    this.lastDisconnect = { cause: 'dropped', at: t }
    this.lastChangeAt = t
    return this.publish('lost', 'connection_lost', t, 'the hub holding its connection stopped answering')
  }

  telemetry(t: number): PresenceChange | null {
    const view = this.current
    view.lastSeen = t
    if (!this.isConnected) return null
    if (this.lastTelemetry !== null && view.state !== 'silent') {
      const interval = t - this.lastTelemetry
      view.cadenceMs = view.cadenceMs === null ? interval : this.alpha * interval + (1 - this.alpha) * view.cadenceMs
      this.samples++
    }
    this.lastTelemetry = t
    if (view.state === 'silent') return this.publish('online', 'telemetry_resumed', t, `telemetry resumed after ${secs(t - view.since)} of silence`)
    return null
  }

  /** Any other sign of life (PINGREQ, other publishes): counts as seen, not as telemetry. */
  seen(t: number): void {
    this.current.lastSeen = t
  }

  /** Evaluates the time-based transitions: silence, and the end of flapping. */
  tick(t: number): PresenceChange | null {
    const { opts, current: view } = this
    if (view.state === 'flapping') {
      return t - this.lastChangeAt >= opts.flapWindowMs ? this.underlying(t) : null
    }
    if (view.state !== 'online' || !this.isConnected || this.samples < opts.minCadenceSamples || view.cadenceMs === null) return null
    const threshold = Math.max(opts.silentFloorMs, opts.silentFactor * view.cadenceMs)
    const quietSince = this.lastTelemetry ?? this.connectedAt
    if (t - quietSince < threshold) return null
    return this.publish('silent', 'no_telemetry', t,
      `no telemetry for ${secs(t - quietSince)} (over ${opts.silentFactor} × its ${secs(view.cadenceMs)} cadence, at least ${secs(opts.silentFloorMs)})`)
  }

  private publish(state: PresenceState, reason: PresenceReason, t: number, detail: string): PresenceChange | null {
    if (state === this.current.state && reason === this.current.reason) return null
    const from = this.current.state
    this.current = { ...this.current, state, reason, since: t, detail }
    return { ...this.current, from }
  }

  /** The state the connection itself implies, ignoring flapping. */
  private underlying(t: number): PresenceChange | null {
    if (this.isConnected) return this.publish('online', 'stable', t, `no reconnect for ${secs(this.opts.flapWindowMs)}`)
    const cause = this.lastDisconnect?.cause ?? 'dropped'
    return this.publish(cause === 'clean' ? 'offline' : 'lost', CAUSE_TO_REASON[cause], t, `${CAUSE_DETAIL[cause]}; no reconnect since`)
  }
}
