/** Mirrors hub/src/identity/roles.ts: viewer watches, operator also chats and commands, admin manages. */
export const ROLES = ['viewer', 'operator', 'admin'] as const
export type Role = (typeof ROLES)[number]

export function hasRole(role: Role | undefined, required: Role): boolean {
  if (!role) return false
  return ROLES.indexOf(role) >= ROLES.indexOf(required)
}

/** Operators and admins may command devices and speak in rooms; viewers only watch. */
export const canCommand = (role: Role | undefined): boolean => hasRole(role, 'operator')
export const canSpeak = canCommand
