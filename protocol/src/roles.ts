/** Operator roles, weakest first: viewer watches, operator also chats and commands, admin also manages. */
export const ROLES = ['viewer', 'operator', 'admin'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** True when `role` is at least `required`; no role is below every role. */
export function hasRole(role: Role | undefined, required: Role): boolean {
  if (role === undefined) return false
  return ROLES.indexOf(role) >= ROLES.indexOf(required)
}
