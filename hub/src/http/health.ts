import { Router } from 'express'
import type { Registry } from 'prom-client'

export type ReadinessCheck = () => { name: string; ok: boolean; detail?: string }

/** /healthz: the process answers. /readyz: broker and stores ready, else 503. /metrics: Prometheus. */
export function healthRouter(checks: ReadinessCheck[], registry: Registry): Router {
  const router = Router()
  router.get('/healthz', (_req, res) => { res.json({ status: 'ok' }) })
  router.get('/readyz', (_req, res) => {
    const results = checks.map(check => check())
    const ready = results.every(r => r.ok)
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: results })
  })
  router.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics())
  })
  return router
}
