/**
 * Device presence (docs/topics.md, docs/api.md § Devices): what the hub concludes from the
 * session, keepalive, will and telemetry cadence, and the device's own `status` word. Pure.
 */

export const PRESENCE_STATES = ['online', 'offline', 'lost', 'silent', 'flapping'] as const
export type PresenceState = (typeof PRESENCE_STATES)[number]

/** Why a device is in its state. */
export const PRESENCE_REASONS = [
  'never_connected',   // not seen since the hub started
  'connected',
  'clean_disconnect',  // MQTT DISCONNECT: the device said goodbye
  'will_fired',        // connection ended without DISCONNECT; the broker published its will
  'keepalive_expired', // no packet within 1.5 × keepalive [MQTT-3.1.2-24]
  'connection_lost',   // connection ended without DISCONNECT and without a will
  'no_telemetry',      // connected, but silent for k × its learned cadence
  'telemetry_resumed',
  'reconnecting',      // repeated reconnects within the flap window
  'stable',            // no reconnect for a whole flap window
] as const
export type PresenceReason = (typeof PRESENCE_REASONS)[number]

/**
 * The retained JSON on `devices/{id}/presence`, and `presence` of each device in
 * `GET /api/devices`. Times are epoch ms.
 */
export interface DevicePresence {
  state: PresenceState
  reason: PresenceReason
  /** When the current state began. */
  since: number
  /** Last time the device did anything; null if never. */
  lastSeen: number | null
  /** A sentence an operator can read: why the device is in this state. */
  detail: string
}

/** `data` of a `device` timeline entry [CHAT-16.3-1]; its `event` is the new state. */
export interface DevicePresenceEventData extends DevicePresence { from: PresenceState }

export function isPresenceState(value: unknown): value is PresenceState {
  return typeof value === 'string' && (PRESENCE_STATES as readonly string[]).includes(value)
}

export function isPresenceReason(value: unknown): value is PresenceReason {
  return typeof value === 'string' && (PRESENCE_REASONS as readonly string[]).includes(value)
}

/** Reads the hub's presence JSON, or null when it is not one (an empty retained payload clears it). */
export function parseDevicePresence(text: string): DevicePresence | null {
  let v: unknown
  try { v = JSON.parse(text) } catch { return null }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null
  const p = v as Record<string, unknown>
  if (!isPresenceState(p.state) || !isPresenceReason(p.reason) || typeof p.since !== 'number') return null
  if (p.lastSeen !== null && typeof p.lastSeen !== 'number') return null
  return { state: p.state, reason: p.reason, since: p.since, lastSeen: p.lastSeen, detail: typeof p.detail === 'string' ? p.detail : '' }
}

/** What a device says on its retained `devices/{id}/status`, its will saying `offline`. */
export const DEVICE_STATUSES = ['online', 'offline'] as const
export type DeviceStatus = (typeof DEVICE_STATUSES)[number]

/** Reads a `status` payload (exactly `online` or `offline`), or null. */
export function parseDeviceStatus(text: string): DeviceStatus | null {
  return (DEVICE_STATUSES as readonly string[]).includes(text) ? text as DeviceStatus : null
}

/** An operator's presence in chat.v1 [CHAT-9.1-1]. */
export const OPERATOR_PRESENCE_STATES = ['online', 'away', 'offline'] as const
export type OperatorPresence = (typeof OPERATOR_PRESENCE_STATES)[number]
