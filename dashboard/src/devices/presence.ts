/**
 * Device presence as the fleet shows it: seeded from `GET /api/devices` (each device's
 * `presence`), then kept live by the hub's retained `devices/{id}/presence`, the device's own
 * `devices/{id}/status` (`online`/`offline`, until the hub's explained view is known) and
 * telemetry arrivals (last seen). Pure.
 */
import { parseDevicePresence, parseDeviceStatus, type DeviceJson, type PresenceReason, type PresenceState } from '@tether/protocol'

/** `unknown`: nothing heard yet about this device. */
export type DevicePresenceState = PresenceState | 'unknown'

export interface DevicePresence {
  state: DevicePresenceState
  reason: PresenceReason | null
  since: number | null
  lastSeen: number | null
  detail: string | null
  /** Set once the hub's explained presence was seen: the device's own `status` then no longer overrides it. */
  explained?: boolean
}
export type FleetPresence = Record<string, DevicePresence>

export type FleetAction =
  | { type: 'devices'; devices: DeviceJson[] }
  /** A payload on `devices/{id}/presence`. */
  | { type: 'presence'; id: string; payload: string }
  /** A payload on `devices/{id}/status`, received at `now`. */
  | { type: 'status'; id: string; payload: string; now: number }
  | { type: 'seen'; id: string; at: number }

const unknown = (): DevicePresence => ({ state: 'unknown', reason: null, since: null, lastSeen: null, detail: null })
const latest = (a: number | null, b: number | null): number | null => Math.max(a ?? 0, b ?? 0) || null

export function fleetReducer(s: FleetPresence, a: FleetAction): FleetPresence {
  switch (a.type) {
    case 'devices': {
      const next: FleetPresence = {}
      for (const d of a.devices) {
        const prev = s[d.id] ?? unknown()
        const p = d.presence
        // The list may be older than what arrived live: a newer live state is kept.
        next[d.id] = p && (p.since >= (prev.since ?? 0) || !prev.explained)
          ? { state: p.state, reason: p.reason, since: p.since, lastSeen: latest(p.lastSeen, prev.lastSeen), detail: p.detail, explained: true }
          : prev
      }
      return next
    }
    case 'presence': {
      const p = parseDevicePresence(a.payload)
      if (!p) return s
      const prev = s[a.id] ?? unknown()
      return { ...s, [a.id]: { state: p.state, reason: p.reason, since: p.since, lastSeen: latest(p.lastSeen, prev.lastSeen), detail: p.detail, explained: true } }
    }
    case 'status': {
      const state = parseDeviceStatus(a.payload)
      const prev = s[a.id] ?? unknown()
      // The device's `status` and will race the hub's `presence`; the hub's explained view wins.
      if (!state || prev.explained || state === prev.state) return s
      return { ...s, [a.id]: { ...prev, state, reason: null, since: a.now, detail: null } }
    }
    case 'seen': {
      const prev = s[a.id] ?? unknown()
      if ((prev.lastSeen ?? 0) >= a.at) return s
      return { ...s, [a.id]: { ...prev, lastSeen: a.at } }
    }
  }
}
