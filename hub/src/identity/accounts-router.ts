import { Router } from 'express'
import { z } from 'zod'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { TokenService } from './token-service.js'
import type { OperatorAccounts } from './operator-accounts.js'
import { ROLES } from '@tether/protocol'
import { ID_PATTERN, ID_RULE } from '@tether/protocol'
import { PASSWORD_MIN, PASSWORD_MAX } from './operator-accounts.js'
import { authenticate, requireRole } from './auth-middleware.js'
import { parseBody } from '../http/validate.js'

const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX)
const createBody = z.object({
  username: z.string().regex(ID_PATTERN, `must be ${ID_RULE}`),
  password,
  role: z.enum(ROLES),
}).strict()
const roleBody = z.object({ role: z.enum(ROLES) }).strict()
const passwordBody = z.object({ password }).strict()

/** /api/accounts: admin-only account management (create, list, change role, reset password, delete). */
export function accountsRouter(deps: { tokens: TokenService; operators: OperatorAccounts; logger: Logger }): Router {
  const router = Router()
  router.use('/accounts', authenticate(deps.tokens, deps.operators), requireRole('admin'))
  const audit = (action: string, actor: string, target: string) => deps.logger.info({ action, actor, target }, 'account changed')

  router.post('/accounts', async (req, res) => {
    const body = parseBody(createBody, req.body)
    const account = await deps.operators.create(body)
    audit('create', req.operator!.id, account.id)
    res.status(201).json({ account })
  })
  router.get('/accounts', (_req, res) => { res.json({ accounts: deps.operators.list() }) })
  router.get('/accounts/:id', (req, res) => {
    const account = deps.operators.get(req.params.id)
    if (!account) throw new HubError('HUB_ERR_NOT_FOUND', 'No such account.', { id: req.params.id })
    res.json({ account })
  })
  router.patch('/accounts/:id', (req, res) => {
    const { role } = parseBody(roleBody, req.body)
    const account = deps.operators.setRole(req.params.id, role)
    audit('role', req.operator!.id, account.id)
    res.json({ account })
  })
  router.put('/accounts/:id/password', async (req, res) => {
    const body = parseBody(passwordBody, req.body)
    await deps.operators.resetPassword(req.params.id, body.password)
    audit('password', req.operator!.id, req.params.id)
    res.status(204).end()
  })
  router.delete('/accounts/:id', (req, res) => {
    deps.operators.delete(req.params.id)
    audit('delete', req.operator!.id, req.params.id)
    res.status(204).end()
  })
  return router
}
