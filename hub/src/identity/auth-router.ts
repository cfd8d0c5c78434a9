import { Router } from 'express'
import { z } from 'zod'
import { createHash } from 'node:crypto'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { TokenService } from './token-service.js'
import type { OperatorAccounts } from './operator-accounts.js'
import type { LoginLimiter } from './login-limiter.js'
import { authenticate } from './auth-middleware.js'
import { parseBody } from '../http/validate.js'
import { KdfBusyError } from './kdf-pool.js'
import { normalizeAddress } from '../http/proxy-trust.js'

const loginBody = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
})

/**
 * How a login's user name appears in logs: as typed when it names an existing account, else
 * "unknown" plus a short hash, so a password typed into the user-name box never lands in a log
 * while repeated guesses of one name can still be told apart.
 */
export function loggableUsername(username: string, exists: boolean): string {
  return exists ? username : `unknown:${createHash('sha256').update(username).digest('hex').slice(0, 8)}`
}

function retryLater(res: { setHeader(name: string, value: string): unknown }, retryAfterMs: number, message: string): HubError {
  res.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfterMs / 1000))))
  return new HubError('HUB_ERR_RATE_LIMITED', message, { retryAfterMs })
}

/** POST /api/auth/login (public, rate-limited), POST /api/auth/refresh and GET /api/auth/me. */
export function authRouter(deps: { tokens: TokenService; operators: OperatorAccounts; limiter: LoginLimiter; logger: Logger }): Router {
  const router = Router()
  router.post('/auth/login', async (req, res) => {
    const { username, password } = parseBody(loginBody, req.body)
    // req.ip follows TETHER_TRUST_PROXY (see http/proxy-trust.ts); the socket's peer without it.
    const address = normalizeAddress(req.ip ?? req.socket.remoteAddress ?? '')
    const who = () => loggableUsername(username, deps.operators.getByUsername(username) !== undefined)
    // Reserve the attempt before verifying: a burst of guesses consumes one attempt each.
    const verdict = deps.limiter.begin(address, username)
    if (!verdict.ok) {
      deps.logger.warn({ username: who(), address, scope: verdict.scope, reason: verdict.reason }, 'login rate-limited')
      throw retryLater(res, verdict.retryAfterMs, verdict.reason === 'busy'
        ? 'Too many logins in progress; retry later.' : 'Too many failed logins; retry later.')
    }
    let user
    try {
      user = await deps.operators.verifyCredentials(username, password)
    } catch (err) {
      verdict.attempt.cancel()
      if (err instanceof KdfBusyError) {
        deps.logger.warn({ address }, 'login refused: password verification queue full')
        throw retryLater(res, 1000, 'The hub is busy verifying passwords; retry later.')
      }
      throw err
    }
    if (!user) {
      verdict.attempt.fail()
      deps.logger.info({ username: who(), address }, 'login failed')
      throw new HubError('HUB_ERR_UNAUTHORIZED', 'Wrong username or password.')
    }
    verdict.attempt.succeed()
    const { token, expiresAt } = await deps.tokens.issue(user)
    deps.logger.info({ userId: user.id, username: user.username, address }, 'login')
    res.json({ token, expiresAt, user: { id: user.id, username: user.username, role: user.role } })
  })
  // A still-valid token buys a fresh one with the account's current role, so a wall screen
  // stays logged in; an expired, forged or deleted account's token is refused (401) as anywhere.
  router.post('/auth/refresh', authenticate(deps.tokens, deps.operators), async (req, res) => {
    const op = req.operator!
    const { token, expiresAt } = await deps.tokens.issue({ id: op.id, username: op.username, role: op.role })
    deps.logger.info({ userId: op.id, username: op.username }, 'token refreshed')
    res.json({ token, expiresAt, user: { id: op.id, username: op.username, role: op.role } })
  })
  router.get('/auth/me', authenticate(deps.tokens, deps.operators), (req, res) => {
    const op = req.operator!
    res.json({ user: { id: op.id, username: op.username, role: op.role }, expiresAt: op.expiresAt })
  })
  return router
}
