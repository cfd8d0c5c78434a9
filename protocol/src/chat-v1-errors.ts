/**
 * chat.v1 error codes (docs/protocols/chat-v1.md §11): the `code` of an `error` frame. The hub's
 * catalogue spells each as `CHAT_ERR_` + the code upper-cased.
 */
export const CHAT_ERROR_CODES = [
  'too_large', 'too_deep', 'bad_json', 'unknown_type', 'invalid_frame',
  'not_authenticated', 'already_authenticated', 'hello_timeout',
  'bad_token', 'account_gone', 'session_revoked', 'token_expired',
  'forbidden', 'no_such_room', 'not_joined',
  'no_such_device', 'no_meta', 'unknown_command', 'bad_params',
  'no_such_user', 'no_such_alarm', 'already_acknowledged', 'rate_limited', 'unavailable', 'internal',
] as const
export type ChatErrorCode = (typeof CHAT_ERROR_CODES)[number]

/**
 * Codes after which the hub closes with 1008 and a reconnect with the same token is pointless
 * [CHAT-2.1-4, CHAT-2.1-5, CHAT-2.2-1, CHAT-2.2-2]: log in again.
 */
export const CHAT_FATAL_AUTH_CODES: ReadonlySet<ChatErrorCode> = new Set<ChatErrorCode>(['bad_token', 'account_gone', 'session_revoked', 'token_expired'])

export function isChatErrorCode(value: unknown): value is ChatErrorCode {
  return typeof value === 'string' && (CHAT_ERROR_CODES as readonly string[]).includes(value)
}

/** `CHAT_ERR_RATE_LIMITED` → `rate_limited` [CHAT-11]; anything else is lower-cased as it is. */
export function chatWireCode(catalogueCode: string): string {
  return (catalogueCode.startsWith('CHAT_ERR_') ? catalogueCode.slice('CHAT_ERR_'.length) : catalogueCode).toLowerCase()
}
