/**
 * JSON bodies of the hub's REST API (docs/api.md) that more than one workspace reads. Types only.
 */
import type { CommandRecordJson } from './commands.js'
import type { DevicePresence } from './presence.js'
import type { Role } from './roles.js'

/** An `{error}` body: the catalogue's code (`HUB_ERR_*`, `TELEMETRY_ERR_*`…), a sentence, and details. */
export interface ApiErrorBody { error: { code: string; message: string; [detail: string]: unknown } }

export interface SessionUser { id: string; username: string; role: Role }

/** `POST /api/auth/login`; `expiresAt` epoch ms. */
export interface LoginResponse { token: string; expiresAt: number; user: SessionUser }
/** `GET /api/auth/me`. */
export interface MeResponse { user: SessionUser; expiresAt: number }

/** A registered device. `presence` is present when the hub runs presence (reads only). */
export interface DeviceJson {
  id: string
  name: string
  room: string | null
  model: string | null
  createdAt: number
  presence?: DevicePresence
}

/** `GET /api/devices`. */
export interface DeviceListResponse { devices: DeviceJson[] }
/** `GET /api/devices/:id`, `PATCH /api/devices/:id`. */
export interface DeviceResponse { device: DeviceJson }

/** `GET /api/commands?device=&since=&limit=`, oldest first. */
export interface CommandListResponse { commands: CommandRecordJson[] }
/** `POST /api/devices/:id/commands`: 202 new, 200 `duplicate` (same `clientId`). */
export interface IssueCommandResponse { command: CommandRecordJson; duplicate: boolean }

/** `POST /api/devices` (201) and `POST /api/devices/:id/token`: the only answers carrying the device token. */
export interface DeviceTokenResponse { device: DeviceJson; token: string }

/** An operator account; never its password or hash. */
export interface AccountJson { id: string; username: string; role: Role; createdAt: number }
/** `GET /api/accounts`, by creation time. */
export interface AccountListResponse { accounts: AccountJson[] }
/** `POST /api/accounts` (201), `GET`/`PATCH /api/accounts/:id`. */
export interface AccountResponse { account: AccountJson }
