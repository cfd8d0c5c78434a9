/** REST shapes the dashboard consumes (issues #3, #5, #6; docs/api.md is authoritative). */
import type { Role } from '../session/roles'

export interface User {
  id: string
  username: string
  role: Role
}

export interface LoginResponse {
  token: string
  /** Epoch ms or RFC 3339; normalised by the session. */
  expiresAt: number | string
  user: User
}

export type DevicePresenceState = 'online' | 'offline' | 'lost' | 'silent' | 'flapping' | 'unknown'

export interface Device {
  id: string
  name: string
  room: string | null
  model: string | null
  createdAt?: number | string
  /** Presence (#6); absent until presence lands, then filled by the status topic. */
  state?: DevicePresenceState
  reason?: string | null
  since?: number | string | null
  lastSeen?: number | string | null
  /** A sentence saying why the device is in this state (#6). */
  detail?: string | null
}

export interface SeriesPoint { t: number; v: number | null }

export interface TelemetrySeries {
  field: string
  every: string | null
  points: SeriesPoint[]
}

export type CommandState = 'accepted' | 'sent' | 'delivered' | 'succeeded' | 'failed' | 'timed_out' | 'expired' | 'rejected'

export interface CommandRecord {
  id: string
  device: string
  name: string
  params: Record<string, unknown>
  state: CommandState
  issuedBy: string
  issuedAt: number
  updatedAt?: number
  result?: unknown
  error?: string | null
}

export interface ApiErrorBody { error: { code: string; message: string } }
