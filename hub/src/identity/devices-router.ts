import { Router } from 'express'
import { z } from 'zod'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { TokenService } from './token-service.js'
import type { OperatorDirectory } from './operator-accounts.js'
import type { DeviceRegistry } from './device-registry.js'
import { ID_PATTERN, ID_RULE } from '@tether/protocol'
import { authenticate, requireRole } from './auth-middleware.js'
import { parseBody } from '../http/validate.js'

/** Adds a feature's view of a device (e.g. `presence`) to every device the API returns. */
export type DeviceView = (deviceId: string) => Record<string, unknown>

const id = z.string().regex(ID_PATTERN, `must be ${ID_RULE}`)
const name = z.string().trim().min(1).max(128)
const model = z.string().trim().min(1).max(64)
const createBody = z.object({ id, name: name.optional(), room: id.nullable().optional(), model: model.nullable().optional() }).strict()
const patchBody = z.object({ name: name.optional(), room: id.nullable().optional(), model: model.nullable().optional() }).strict()

/**
 * /api/devices: the registry. Any signed-in role reads; admins create, edit, delete and rotate.
 * A token is in the response of create and rotate only, never again.
 */
export function devicesRouter(deps: { tokens: TokenService; operators: OperatorDirectory; devices: DeviceRegistry; logger: Logger; views: readonly DeviceView[] }): Router {
  const withViews = <D extends { id: string }>(d: D) => {
    let out: D & Record<string, unknown> = d
    for (const view of deps.views) out = { ...out, ...view(d.id) }
    return out
  }
  const router = Router()
  router.use('/devices', authenticate(deps.tokens, deps.operators))
  const admin = requireRole('admin')
  const audit = (action: string, actor: string, deviceId: string) => deps.logger.info({ action, actor, deviceId }, 'device changed')

  router.post('/devices', admin, (req, res) => {
    const body = parseBody(createBody, req.body)
    const { device, token } = deps.devices.create(body)
    audit('create', req.operator!.id, device.id)
    res.status(201).json({ device, token })
  })
  router.get('/devices', (_req, res) => { res.json({ devices: deps.devices.list().map(withViews) }) })
  router.get('/devices/:id', (req, res) => {
    const device = deps.devices.get((req.params.id as string))
    if (!device) throw new HubError('HUB_ERR_NOT_FOUND', 'No such device.', { id: (req.params.id as string) })
    res.json({ device: withViews(device) })
  })
  router.patch('/devices/:id', admin, (req, res) => {
    const body = parseBody(patchBody, req.body)
    const device = deps.devices.update((req.params.id as string), body)
    audit('update', req.operator!.id, device.id)
    res.json({ device })
  })
  router.delete('/devices/:id', admin, (req, res) => {
    deps.devices.delete((req.params.id as string))
    audit('delete', req.operator!.id, (req.params.id as string))
    res.status(204).end()
  })
  router.post('/devices/:id/token', admin, (req, res) => {
    const { device, token } = deps.devices.rotateToken((req.params.id as string))
    audit('rotate', req.operator!.id, device.id)
    res.json({ device, token })
  })
  return router
}
