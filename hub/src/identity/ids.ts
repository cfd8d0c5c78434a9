/** Device ids, usernames and room ids: lower-case letters, digits, `-`, `_`, 1–64 characters. */
export const ID_PATTERN = /^[a-z0-9_-]{1,64}$/

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value)
}

export const ID_RULE = 'lower-case letters, digits, "-" or "_", 1 to 64 characters'
