/**
 * The one id rule, the device registry's: device ids, usernames and the `{id}` of every device
 * topic are lower-case letters, digits, `-` and `_`, 1 to 64 characters. Nothing that needs
 * escaping in a topic or a URL, and never `/`, `+`, `#` or `:` (an operator's MQTT client id is
 * `{username}:…`, so no device id can collide with it).
 */
export const ID_PATTERN = /^[a-z0-9_-]{1,64}$/

/** The rule as a sentence, for error messages: "id must be …". */
export const ID_RULE = 'lower-case letters, digits, "-" or "_", 1 to 64 characters'

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

/** Room ids (chat.v1 §4): the id rule, but starting with a letter or digit. */
export const ROOM_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/

export function isValidRoomId(value: unknown): value is string {
  return typeof value === 'string' && ROOM_ID_PATTERN.test(value)
}
