import { hasRole, type Role } from '@tether/protocol'

/** Operators and admins may command devices and speak in rooms; viewers only watch. */
export const canCommand = (role: Role | undefined): boolean => hasRole(role, 'operator')
export const canSpeak = canCommand
/** Admins manage devices, accounts and rooms. */
export const isAdmin = (role: Role | undefined): boolean => hasRole(role, 'admin')
