import { Router, type RequestHandler } from 'express'
import { z } from 'zod'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import { COMMAND_NAME_PATTERN, ID_PATTERN } from '@tether/protocol'
import type { CommandService } from './command-service.js'
import { requireRole } from '../identity/auth-middleware.js'
import { parseBody } from '../http/validate.js'


export function issueBody(maxTtlMs: number) {
  return z.object({
    name: z.string().regex(COMMAND_NAME_PATTERN, 'must be 1–64 letters, digits, _ . or -'),
    params: z.record(z.string(), z.unknown()).optional(),
    ttlMs: z.int().min(1000).max(maxTtlMs).optional(),
    clientId: z.string().min(1).max(64).optional(),
  }).strict()
}

const intParam = (v: unknown, name: string, min: number, max: number, fallback?: number): number | undefined => {
  if (v === undefined || v === '') return fallback
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new HubError('HUB_ERR_VALIDATION', `${name}: must be a whole number between ${min} and ${max}.`, { field: name })
  }
  return Number(v)
}

/**
 * Commands over REST (docs/api.md): operators issue (`POST /api/devices/:id/commands`), every
 * signed-in role reads the audit trail (`GET /api/commands?device=&since=&limit=`).
 */
export function commandsRouter(deps: { commands: CommandService; authenticate: RequestHandler; maxTtlMs: number; logger: Logger }): Router {
  const router = Router()
  const auth = deps.authenticate
  const body = issueBody(deps.maxTtlMs)

  router.post('/devices/:id/commands', auth, requireRole('operator'), async (req, res) => {
    const input = parseBody(body, req.body)
    const op = req.operator!
    const { record, duplicate } = await deps.commands.issue({
      deviceId: req.params.id as string, name: input.name, params: input.params ?? {}, issuedBy: { id: op.id, username: op.username },
      ...(input.ttlMs !== undefined ? { ttlMs: input.ttlMs } : {}), ...(input.clientId !== undefined ? { clientId: input.clientId } : {}),
    })
    if (!duplicate) deps.logger.info({ commandId: record.id, deviceId: record.deviceId, name: record.name, actor: op.id }, 'command issued')
    res.status(duplicate ? 200 : 202).json({ command: record, duplicate })
  })

  router.get('/commands', auth, (req, res) => {
    const device = req.query.device
    if (device !== undefined && (typeof device !== 'string' || !ID_PATTERN.test(device))) {
      throw new HubError('HUB_ERR_VALIDATION', 'device: must be a device id.', { field: 'device' })
    }
    const since = intParam(req.query.since, 'since', 0, Number.MAX_SAFE_INTEGER)
    const limit = intParam(req.query.limit, 'limit', 1, 1000, 100)!
    res.json({ commands: deps.commands.list({ ...(device ? { deviceId: device } : {}), ...(since !== undefined ? { since } : {}), limit }) })
  })

  router.get('/commands/:id', auth, (req, res) => {
    const command = deps.commands.get(req.params.id as string)
    if (!command) throw new HubError('HUB_ERR_NOT_FOUND', 'No such command.', { id: req.params.id })
    res.json({ command })
  })
  return router
}
