/**
 * Device presence as the fleet shows it (#6): from the REST list, the retained
 * `devices/{id}/status` (plain `online`/`offline`, or a JSON object with state and reason),
 * telemetry arrivals (last seen) and `device` timeline entries. Pure.
 */
import type { Device, DevicePresenceState } from '../api/types'

export interface DevicePresence {
  state: DevicePresenceState; reason: string | null; since: number | null; lastSeen: number | null; detail?: string | null
  /** Set once the hub's explained presence (#6) was seen: the device's own `status` then no longer overrides it. */
  explained?: boolean
}
export type FleetPresence = Record<string, DevicePresence>

const STATES: DevicePresenceState[] = ['online', 'offline', 'lost', 'silent', 'flapping']

/**
 * Reads a device's `status` (`online`/`offline`, set by the device and its will) or the hub's
 * retained `presence` JSON (#6: `{"state":"lost","reason":"keepalive_expired","since":…,"lastSeen":…,"detail":"…"}`).
 */
export function parseStatus(payload: string): Partial<DevicePresence> | null {
  const text = payload.trim()
  if ((STATES as string[]).includes(text)) return { state: text as DevicePresenceState }
  try {
    const raw = JSON.parse(text) as Record<string, unknown>
    if (raw && typeof raw === 'object' && typeof raw.state === 'string' && (STATES as string[]).includes(raw.state)) {
      return {
        state: raw.state as DevicePresenceState,
        reason: typeof raw.reason === 'string' ? raw.reason : null,
        since: typeof raw.since === 'number' ? raw.since : null,
        ...(typeof raw.lastSeen === 'number' ? { lastSeen: raw.lastSeen } : {}),
        ...(typeof raw.detail === 'string' ? { detail: raw.detail } : {}),
      }
    }
  } catch { /* not JSON */ }
  return null
}

export type FleetAction =
  | { type: 'devices'; devices: Device[] }
  | { type: 'status'; id: string; payload: string; now: number; source?: 'status' | 'presence' }
  | { type: 'seen'; id: string; at: number }

const unknown = (): DevicePresence => ({ state: 'unknown', reason: null, since: null, lastSeen: null })

export function fleetReducer(s: FleetPresence, a: FleetAction): FleetPresence {
  switch (a.type) {
    case 'devices': {
      const next: FleetPresence = {}
      for (const d of a.devices) {
        const prev = s[d.id]
        next[d.id] = {
          state: d.state ?? prev?.state ?? 'unknown',
          reason: d.reason ?? prev?.reason ?? null,
          since: (d.since as number | null | undefined) ?? prev?.since ?? null,
          lastSeen: Math.max((d.lastSeen as number | null | undefined) ?? 0, prev?.lastSeen ?? 0) || null,
          detail: d.detail ?? prev?.detail ?? null,
          ...(prev?.explained || d.reason ? { explained: true } : {}),
        }
      }
      return next
    }
    case 'status': {
      const parsed = parseStatus(a.payload)
      if (!parsed) return s
      const prev = s[a.id] ?? unknown()
      // The device's `status` and will race the hub's `presence`; the hub's explained view wins.
      if (a.source !== 'presence' && prev.explained) return s
      const changed = parsed.state !== prev.state
      return {
        ...s,
        [a.id]: {
          ...prev,
          state: parsed.state ?? prev.state,
          reason: parsed.reason !== undefined ? parsed.reason : changed ? null : prev.reason,
          since: parsed.since ?? (changed ? a.now : prev.since),
          lastSeen: Math.max(parsed.lastSeen ?? 0, prev.lastSeen ?? 0) || null,
          detail: parsed.detail !== undefined ? parsed.detail : changed ? null : prev.detail ?? null,
          ...(a.source === 'presence' || prev.explained ? { explained: true } : {}),
        },
      }
    }
    case 'seen': {
      const prev = s[a.id] ?? unknown()
      if ((prev.lastSeen ?? 0) >= a.at) return s
      return { ...s, [a.id]: { ...prev, lastSeen: a.at } }
    }
  }
}
