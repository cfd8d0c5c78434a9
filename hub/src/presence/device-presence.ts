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

export function createDevicePresence(opts: PresenceOptions, startedAt: number) {
  const alpha = opts.cadenceAlpha ?? 0.3
  let view: PresenceView = { state: 'offline', reason: 'never_connected', since: startedAt, lastSeen: null, detail: 'not seen since the hub started', cadenceMs: null }
  let connected = false
  let connectedAt = 0
  let lastTelemetry: number | null = null
  let samples = 0
  let lastDisconnect: { cause: DisconnectCause; at: number } | null = null
  let lastChangeAt = startedAt
  let reconnects: number[] = []

  function publish(state: PresenceState, reason: PresenceReason, t: number, detail: string): PresenceChange | null {
    if (state === view.state && reason === view.reason) return null
    const from = view.state
    view = { ...view, state, reason, since: t, detail }
    return { ...view, from }
  }

  /** The state the connection itself implies, ignoring flapping. */
  function underlying(t: number): PresenceChange | null {
    if (connected) return publish('online', 'stable', t, `no reconnect for ${secs(opts.flapWindowMs)}`)
    const cause = lastDisconnect?.cause ?? 'dropped'
    return publish(cause === 'clean' ? 'offline' : 'lost', CAUSE_TO_REASON[cause], t, `${CAUSE_DETAIL[cause]}; no reconnect since`)
  }

  return {
    view: (): PresenceView => ({ ...view }),

    connected(t: number): PresenceChange | null {
      view.lastSeen = t
      const isReconnect = lastDisconnect !== null
      connected = true
      connectedAt = t
      lastChangeAt = t
      // An interval spanning a disconnection says nothing about the cadence.
      lastTelemetry = null
      if (isReconnect) {
        reconnects = [...reconnects.filter(r => r > t - opts.flapWindowMs), t]
      }
      // Flapping is reported once; the reconnects inside it are coalesced.
      if (view.state === 'flapping') return null
      if (reconnects.length >= opts.flapReconnects) {
        return publish('flapping', 'reconnecting', t, `${reconnects.length} reconnects within ${secs(opts.flapWindowMs)}`)
      }
      return publish('online', 'connected', t, isReconnect ? `reconnected after ${secs(t - lastDisconnect!.at)}` : 'connected')
    },

    disconnected(t: number, cause: DisconnectCause): PresenceChange | null {
      view.lastSeen = t
      if (!connected) return null
      connected = false
      lastDisconnect = { cause, at: t }
      lastChangeAt = t
      if (view.state === 'flapping') return null
      return publish(cause === 'clean' ? 'offline' : 'lost', CAUSE_TO_REASON[cause], t, CAUSE_DETAIL[cause])
    },

    /** The hub holding the connection died (cluster): the connection is gone without a word. */
    hubLost(t: number): PresenceChange | null {
      connected = false
      lastDisconnect = { cause: 'dropped', at: t }
      lastChangeAt = t
      return publish('lost', 'connection_lost', t, 'the hub holding its connection stopped answering')
    },

    telemetry(t: number): PresenceChange | null {
      view.lastSeen = t
      if (!connected) return null
      if (lastTelemetry !== null && view.state !== 'silent') {
        const interval = t - lastTelemetry
        view.cadenceMs = view.cadenceMs === null ? interval : alpha * interval + (1 - alpha) * view.cadenceMs
        samples++
      }
      lastTelemetry = t
      if (view.state === 'silent') return publish('online', 'telemetry_resumed', t, `telemetry resumed after ${secs(t - view.since)} of silence`)
      return null
    },

    /** Any other sign of life (PINGREQ, other publishes): counts as seen, not as telemetry. */
    seen(t: number): void { view.lastSeen = t },

    /** Evaluates the time-based transitions: silence, and the end of flapping. */
    tick(t: number): PresenceChange | null {
      if (view.state === 'flapping') {
        return t - lastChangeAt >= opts.flapWindowMs ? underlying(t) : null
      }
      if (view.state !== 'online' || !connected || samples < opts.minCadenceSamples || view.cadenceMs === null) return null
      const threshold = Math.max(opts.silentFloorMs, opts.silentFactor * view.cadenceMs)
      const quietSince = lastTelemetry ?? connectedAt
      if (t - quietSince < threshold) return null
      return publish('silent', 'no_telemetry', t,
        `no telemetry for ${secs(t - quietSince)} (over ${opts.silentFactor} × its ${secs(view.cadenceMs)} cadence, at least ${secs(opts.silentFloorMs)})`)
    },
  }
}

export type DevicePresence = ReturnType<typeof createDevicePresence>
