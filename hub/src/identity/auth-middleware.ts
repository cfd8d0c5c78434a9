import type { RequestHandler } from 'express'
import { HubError } from '../errors.js'
import type { OperatorIdentity } from './types.js'
import type { TokenService } from './token-service.js'
import type { OperatorDirectory } from './operator-accounts.js'
import { hasRole, type Role } from '@tether/protocol'
import { markAuthenticated } from '../http/connection-cap.js'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `authenticate`: the operator making the request, with the account's *current* role. */
      operator?: OperatorIdentity
    }
  }
}

/**
 * Requires `Authorization: Bearer <operator JWT>`. On success sets `req.operator`; otherwise
 * 401 `HUB_ERR_UNAUTHORIZED` (missing, malformed, expired or forged token, or a token of an
 * account that was deleted since). The role comes from the account, not the token, so a demotion
 * applies at once. Usage, in any router:
 *
 *   router.use(authenticate(hub.services.tokens, hub.services.operators))
 *   router.post('/things', requireRole('admin'), handler)
 */
/**
 * The token of an `Authorization: Bearer <token>` header, or null. The scheme is
 * case-insensitive and may be followed by several spaces (RFC 9110 §11.1, §11.4); the token is
 * RFC 6750's b64token.
 */
export function bearerToken(header: string | undefined): string | null {
  if (typeof header !== 'string') return null
  const match = /^bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header)
  return match ? match[1]! : null
}

export function authenticate(tokens: TokenService, operators: Pick<OperatorDirectory, 'get'>): RequestHandler {
  return async function authenticateOperator(req, res, next) {
    const token = bearerToken(req.headers.authorization)
    const identity = token ? await tokens.verify(token) : null
    const account = identity ? operators.get(identity.id) : undefined
    if (!identity || !account) {
      res.setHeader('WWW-Authenticate', 'Bearer')
      return next(new HubError('HUB_ERR_UNAUTHORIZED'))
    }
    req.operator = { id: account.id, username: account.username, role: account.role, expiresAt: identity.expiresAt }
    markAuthenticated(req.socket)
    next()
  }
}

/** 403 `HUB_ERR_FORBIDDEN` unless `req.operator` has at least `role` (viewer < operator < admin). Use after `authenticate`. */
export function requireRole(role: Role): RequestHandler {
  return function requireOperatorRole(req, _res, next) {
    if (!req.operator) return next(new HubError('HUB_ERR_UNAUTHORIZED'))
    if (!hasRole(req.operator.role, role)) return next(new HubError('HUB_ERR_FORBIDDEN', `This needs the ${role} role.`, { required: role }))
    next()
  }
}
