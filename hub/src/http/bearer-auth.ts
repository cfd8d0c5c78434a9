import type { RequestHandler } from 'express'
import { HubError } from '../errors.js'
import type { TokenService } from '../identity/token-service.js'
import type { OperatorIdentity } from '../identity/types.js'
import { hasRole, type Role } from '../identity/roles.js'

/**
 * Minimal `Authorization: Bearer <jwt>` check putting the operator on `res.locals.user`.
 * Stand-in for identity's `authenticate` middleware (issue #3) until it is on main.
 */
export function createBearerAuth(tokens: Pick<TokenService, 'verify'>): RequestHandler {
  return async function bearerAuth(req, res, next) {
    const header = req.headers.authorization ?? ''
    const match = /^Bearer ([^\s]+)$/.exec(header)
    const user = match ? await tokens.verify(match[1]!) : null
    if (!user) return next(new HubError('HUB_ERR_UNAUTHORIZED'))
    res.locals.user = user
    next()
  }
}

/** 403 unless `res.locals.user` has at least `role`. */
export function requireRoleOf(role: Role): RequestHandler {
  return function requireRole(_req, res, next) {
    const user = res.locals.user as OperatorIdentity | undefined
    if (!user) return next(new HubError('HUB_ERR_UNAUTHORIZED'))
    if (!hasRole(user.role, role)) return next(new HubError('HUB_ERR_FORBIDDEN'))
    next()
  }
}
