/**
 * Commands (docs/topics.md, chat.v1 §16): the lifecycle states, the refusal codes, the card every
 * room member sees, and the JSON a device receives and answers with. Pure.
 *
 *   accepted → sent → delivered → succeeded | failed
 *        ↘       ↘ expired (not delivered before expiresAt)
 *                      ↘ timed_out (delivered, no response within the response timeout)
 */
import type { UserRef } from './users.js'

export const COMMAND_STATES = ['accepted', 'sent', 'delivered', 'succeeded', 'failed', 'timed_out', 'expired'] as const
export type CommandStatus = (typeof COMMAND_STATES)[number]

/** States a command never leaves. */
export const TERMINAL_COMMAND_STATES: ReadonlySet<CommandStatus> = new Set<CommandStatus>(['succeeded', 'failed', 'timed_out', 'expired'])

/** The happy path, in order; a failure replaces its last step. */
export const COMMAND_HAPPY_PATH = ['accepted', 'sent', 'delivered', 'succeeded'] as const satisfies readonly CommandStatus[]

export function isCommandStatus(value: unknown): value is CommandStatus {
  return typeof value === 'string' && (COMMAND_STATES as readonly string[]).includes(value)
}

export function isTerminalCommandStatus(status: CommandStatus): boolean {
  return TERMINAL_COMMAND_STATES.has(status)
}

/**
 * Why a command is refused before anything is sent [CHAT-16.1-2], as chat.v1 error codes; REST
 * answers the same refusals as `HUB_ERR_NOT_FOUND` and `HUB_ERR_` + the code upper-cased.
 */
export const COMMAND_ERROR_CODES = ['no_such_device', 'no_meta', 'unknown_command', 'bad_params'] as const
export type CommandErrorCode = (typeof COMMAND_ERROR_CODES)[number]

/** A command name: 1–64 of `A-Za-z0-9_.-` [CHAT-16.1-1]. */
export const COMMAND_NAME_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/

/** A device's answer keeps at most this many characters of `error`. */
export const COMMAND_ERROR_MAX_CHARS = 500

/** The card of one command, carried whole by every revision [CHAT-16.2-1]. Times epoch ms or null. */
export interface CommandCard {
  commandId: string
  deviceId: string
  name: string
  params: Record<string, unknown>
  status: CommandStatus
  issuedBy: UserRef
  createdAt: number
  expiresAt: number
  sentAt: number | null
  deliveredAt: number | null
  completedAt: number | null
  /** What the device answered with `ok: true`, else null. */
  result: unknown
  /** The device's reason with `ok: false`, or the hub's for `expired`/`timed_out`; else null. */
  error: string | null
}

/** A command as REST lists it (`GET /api/commands`, `POST /api/devices/:id/commands`). */
export interface CommandRecordJson {
  id: string
  deviceId: string
  name: string
  params: Record<string, unknown>
  issuedBy: UserRef
  clientId: string | null
  status: CommandStatus
  createdAt: number
  expiresAt: number
  sentAt: number | null
  deliveredAt: number | null
  completedAt: number | null
  result: unknown
  error: string | null
  updatedAt: number
}

/** What the hub publishes on `devices/{id}/commands`, QoS 1, not retained. */
export interface CommandMessage {
  id: string
  name: string
  params: Record<string, unknown>
  /** The issuing operator's username. */
  issuedBy: string
  /** Epoch ms; a device ignores a command past it by its own clock. */
  expiresAt: number
}

/** What a device publishes once per command on `devices/{id}/responses`. */
export type CommandResponse =
  | { id: string; ok: true; result?: unknown }
  | { id: string; ok: false; error: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A `commands` payload as a device reads it: what it needs to act, with what it could not read as null. */
export interface ReceivedCommand {
  id: string
  name: string
  params: Record<string, unknown>
  issuedBy: string | null
  /** Epoch ms (RFC 3339 is read too), or null when absent or unreadable: then it never expires. */
  expiresAt: number | null
}

/** Reads a `commands` payload; one without a string `id` cannot be answered: null. */
export function parseCommandMessage(text: string): ReceivedCommand | null {
  let v: unknown
  try { v = JSON.parse(text) } catch { return null }
  if (!isObject(v) || typeof v.id !== 'string') return null
  const expiresAt = typeof v.expiresAt === 'number' ? v.expiresAt : typeof v.expiresAt === 'string' ? Date.parse(v.expiresAt) : Number.NaN
  return {
    id: v.id,
    name: typeof v.name === 'string' ? v.name : '',
    params: isObject(v.params) ? v.params : {},
    issuedBy: typeof v.issuedBy === 'string' ? v.issuedBy : null,
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : null,
  }
}

/** True once a received command's `expiresAt` is reached by the device's clock. */
export function isCommandExpired(cmd: Pick<ReceivedCommand, 'expiresAt'>, now: number): boolean {
  return cmd.expiresAt !== null && cmd.expiresAt <= now
}

/** Reads a `responses` payload, or null when it is not `{id: string, ok: boolean, error?: string}`. */
export function parseCommandResponse(text: string): CommandResponse | null {
  let v: unknown
  try { v = JSON.parse(text) } catch { return null }
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.ok !== 'boolean') return null
  if (v.error !== undefined && typeof v.error !== 'string') return null
  if (v.ok) return { id: v.id, ok: true, ...(v.result !== undefined ? { result: v.result } : {}) }
  return { id: v.id, ok: false, error: typeof v.error === 'string' ? v.error.slice(0, COMMAND_ERROR_MAX_CHARS) : 'failed without a reason' }
}
