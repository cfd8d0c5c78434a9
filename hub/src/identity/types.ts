import type { Role } from '@tether/protocol'

/** Who is on an operator connection or request, as carried in a verified token. */
export interface OperatorIdentity {
  /** Stable account id. */
  id: string
  username: string
  role: Role
  /** Token expiry, epoch ms. */
  expiresAt: number
}

/** A registered device as other modules see it (never its token). */
export interface DeviceRecord {
  id: string
  name: string
  room: string | null
  model: string | null
  createdAt: number
}

/** Read side of the device registry, injected into telemetry, presence and commands. */
export interface DeviceDirectory {
  get(id: string): DeviceRecord | undefined
  list(): DeviceRecord[]
}
