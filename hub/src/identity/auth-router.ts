import { Router } from 'express'
import { z } from 'zod'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { TokenService } from './token-service.js'
import type { OperatorAccounts } from './operator-accounts.js'
import type { LoginLimiter } from './login-limiter.js'
import { authenticate } from './auth-middleware.js'
import { parseBody } from '../http/validate.js'

const loginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
})

/** POST /api/auth/login (public, rate-limited) and GET /api/auth/me. */
export function authRouter(deps: { tokens: TokenService; operators: OperatorAccounts; limiter: LoginLimiter; logger: Logger }): Router {
  const router = Router()
  router.post('/auth/login', async (req, res) => {
    const { username, password } = parseBody(loginBody, req.body)
    const address = req.ip ?? req.socket.remoteAddress ?? ''
    const verdict = deps.limiter.check(address, username)
    if (!verdict.ok) {
      res.setHeader('Retry-After', String(Math.ceil(verdict.retryAfterMs / 1000)))
      deps.logger.warn({ username, address, scope: verdict.scope }, 'login rate-limited')
      throw new HubError('HUB_ERR_RATE_LIMITED', 'Too many failed logins; retry later.', { retryAfterMs: verdict.retryAfterMs })
    }
    const user = await deps.operators.verifyCredentials(username, password)
    if (!user) {
      deps.limiter.recordFailure(address, username)
      deps.logger.info({ username, address }, 'login failed')
      throw new HubError('HUB_ERR_UNAUTHORIZED', 'Wrong username or password.')
    }
    deps.limiter.recordSuccess(address, username)
    const { token, expiresAt } = await deps.tokens.issue(user)
    deps.logger.info({ userId: user.id, username: user.username }, 'login')
    res.json({ token, expiresAt, user: { id: user.id, username: user.username, role: user.role } })
  })
  router.get('/auth/me', authenticate(deps.tokens, deps.operators), (req, res) => {
    const op = req.operator!
    res.json({ user: { id: op.id, username: op.username, role: op.role }, expiresAt: op.expiresAt })
  })
  return router
}
