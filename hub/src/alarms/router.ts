import { Router, type RequestHandler } from 'express'
import { z } from 'zod'
import { requireRole } from '../identity/auth-middleware.js'
import { ID_PATTERN } from '@tether/protocol'
import { parseBody } from '../http/validate.js'
import { HubError } from '../errors.js'
import type { AlarmService } from './alarm-service.js'
import type { WebhookNotifier } from './webhook-notifier.js'
import { ruleBody } from './rule-schema.js'
import { ALARM_STATES, SEVERITIES } from './types.js'

const listQuery = z.strictObject({
  state: z.enum([...ALARM_STATES, 'open']).optional(),
  device: z.string().regex(ID_PATTERN).optional(),
  room: z.string().regex(ID_PATTERN).optional(),
  severity: z.enum(SEVERITIES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
})
const ackBody = z.strictObject({ note: z.string().max(500).optional() })
const webhookBody = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
  rooms: z.array(z.string().regex(ID_PATTERN)).min(1).max(100).nullable().default(null),
  minSeverity: z.enum(SEVERITIES).default('warning'),
})

/**
 * Alarm rules, alarms and webhooks over REST (docs/alarms.md): viewers read, operators write rules
 * and acknowledge alarms, admins manage webhooks.
 */
export function alarmsRouter(deps: { alarms: AlarmService; webhooks: WebhookNotifier; authenticate: RequestHandler }): Router {
  const { alarms } = deps
  const router = Router()
  const viewer = [deps.authenticate, requireRole('viewer')]
  const operator = [deps.authenticate, requireRole('operator')]
  const admin = [deps.authenticate, requireRole('admin')]

  router.get('/alarm-rules', ...viewer, (_req, res) => { res.json({ rules: alarms.listRules() }) })
  router.get('/alarm-rules/:id', ...viewer, (req, res) => {
    const rule = alarms.getRule(String(req.params.id))
    if (!rule) throw new HubError('ALARM_ERR_NO_SUCH_RULE')
    res.json({ rule })
  })
  router.post('/alarm-rules', ...operator, (req, res) => {
    const op = req.operator!
    res.status(201).json({ rule: alarms.createRule(parseBody(ruleBody, req.body), { id: op.id, username: op.username }) })
  })
  router.put('/alarm-rules/:id', ...operator, (req, res) => {
    res.json({ rule: alarms.updateRule(String(req.params.id), parseBody(ruleBody, req.body)) })
  })
  router.delete('/alarm-rules/:id', ...operator, (req, res) => {
    alarms.deleteRule(String(req.params.id))
    res.status(204).end()
  })

  router.get('/alarms', ...viewer, (req, res) => {
    const q = parseBody(listQuery, req.query)
    const filter = { deviceId: q.device, room: q.room, severity: q.severity }
    if (q.state === 'open') {
      const open = alarms.open(q.device).filter(a => (q.room === undefined || a.room === q.room) && (q.severity === undefined || a.severity === q.severity))
      res.json({ alarms: open.sort((a, b) => b.raisedAt - a.raisedAt).slice(0, q.limit) })
      return
    }
    res.json({ alarms: alarms.list({ ...filter, state: q.state, limit: q.limit }) })
  })
  router.get('/alarms/:id', ...viewer, (req, res) => {
    const alarm = alarms.get(String(req.params.id))
    if (!alarm) throw new HubError('ALARM_ERR_NO_SUCH_ALARM')
    res.json({ alarm })
  })
  router.post('/alarms/:id/ack', ...operator, (req, res) => {
    const { note } = parseBody(ackBody, req.body)
    const op = req.operator!
    res.json({ alarm: alarms.acknowledge(String(req.params.id), { id: op.id, username: op.username }, note?.trim() ? note.trim() : null) })
  })

  // Webhooks reach outside the hub: admins only.
  router.get('/alarm-webhooks', ...admin, (_req, res) => { res.json({ webhooks: deps.webhooks.list() }) })
  router.post('/alarm-webhooks', ...admin, (req, res) => { res.status(201).json({ webhook: deps.webhooks.add(parseBody(webhookBody, req.body)) }) })
  router.delete('/alarm-webhooks/:id', ...admin, (req, res) => {
    if (!deps.webhooks.remove(String(req.params.id))) throw new HubError('ALARM_ERR_NO_SUCH_WEBHOOK')
    res.status(204).end()
  })
  return router
}
