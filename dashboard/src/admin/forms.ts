/**
 * Checks the management forms make before calling the hub (which checks again): the same id
 * rules as @tether/protocol, and the account password length of docs/api.md.
 */
import { ID_RULE, isValidId, isValidRoomId } from '@tether/protocol'

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 256

/** Problems of a device registration form, keyed by field; empty when it may be sent. */
export function deviceFormErrors(f: { id: string; name: string; room: string }): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!isValidId(f.id.trim())) errors.id = `Device id: ${ID_RULE}.`
  if (f.name.trim().length > 128) errors.name = 'Name: at most 128 characters.'
  if (f.room.trim() !== '' && !isValidRoomId(f.room.trim())) errors.room = 'Room: lower-case letters, digits, "-" or "_", starting with a letter or digit.'
  return errors
}

/** Problems of a new account form, keyed by field. */
export function accountFormErrors(f: { username: string; password: string }): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!isValidId(f.username.trim())) errors.username = `Username: ${ID_RULE}.`
  if (f.password.length < PASSWORD_MIN || f.password.length > PASSWORD_MAX) errors.password = `Password: ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`
  return errors
}

/** Problems of a new room form, keyed by field. */
export function roomFormErrors(f: { id: string; name: string; topic: string }): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!isValidRoomId(f.id.trim())) errors.id = 'Room id: lower-case letters, digits, "-" or "_", starting with a letter or digit, up to 64.'
  if (f.name.trim().length < 1 || f.name.trim().length > 100) errors.name = 'Name: 1 to 100 characters.'
  if (f.topic.length > 500) errors.topic = 'Topic: at most 500 characters.'
  return errors
}

/** The body of a device registration: blanks are left out (the hub's defaults apply). */
export function deviceBody(f: { id: string; name: string; room: string; model: string }): { id: string; name?: string; room?: string; model?: string } {
  const id = f.id.trim()
  return {
    id,
    ...(f.name.trim() ? { name: f.name.trim() } : {}),
    ...(f.room.trim() ? { room: f.room.trim() } : {}),
    ...(f.model.trim() ? { model: f.model.trim() } : {}),
  }
}
