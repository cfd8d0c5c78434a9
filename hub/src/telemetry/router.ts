import { Router, type RequestHandler } from 'express'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import { parseHistoryQuery } from './history-query.js'
import { EXPORT_TYPES, csvHeader, csvRow, exportFilename, jsonlRow, pickFormat } from './export.js'
import { StoreQueryUnsupportedError, type TelemetryStore } from './store.js'
import { ID_PATTERN } from '@tether/protocol'

export interface TelemetryRouterDeps {
  store: TelemetryStore
  now: () => number
  maxPoints: number
  /** Auth chain: identity's `authenticate` + `requireRole('viewer')`. */
  guard: RequestHandler[]
  logger: Logger
}


/**
 * Mounted at /api:
 * GET /api/devices/:id/telemetry?field=&from=&to=&every=&agg= → { device, field, agg, every, from, to, points: [{t, v}] }
 *   (`?format=csv|jsonl` or Accept text/csv | application/x-ndjson: the points as a download, written row by row)
 * GET /api/devices/:id/latest → { device, fields: { name: { value, ts } } }
 * Same JSON from every store.
 */
export function telemetryRouter(deps: TelemetryRouterDeps): Router {
  const router = Router()

  function deviceParam(id: string): string {
    if (!ID_PATTERN.test(id)) throw new HubError('TELEMETRY_ERR_BAD_QUERY', 'id is not a valid device id.', { parameter: 'id' })
    return id
  }

  async function fromStore<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (err) {
      if (err instanceof StoreQueryUnsupportedError) throw new HubError('TELEMETRY_ERR_NO_FLUX')
      deps.logger.warn({ store: deps.store.kind, err: (err as Error).message }, 'telemetry query failed')
      throw new HubError('TELEMETRY_ERR_STORE_UNAVAILABLE')
    }
  }

  router.get('/devices/:id/latest', ...deps.guard, async (req, res) => {
    const device = deviceParam(req.params.id as string)
    const fields = await fromStore(() => deps.store.latest(device))
    res.json({ device, fields })
  })

  router.get('/devices/:id/telemetry', ...deps.guard, async (req, res) => {
    const device = deviceParam(req.params.id as string)
    const { format: formatParam, ...params } = req.query as Record<string, unknown>
    // An unknown format is refused, never silently answered with JSON.
    const picked = pickFormat(formatParam, req.headers.accept)
    if (!picked.ok) throw new HubError('TELEMETRY_ERR_BAD_QUERY', picked.message, { parameter: 'format' })
    const parsed = parseHistoryQuery(device, params, deps.now(), { maxPoints: deps.maxPoints, defaultRangeMs: 3600_000 })
    if (!parsed.ok) throw new HubError('TELEMETRY_ERR_BAD_QUERY', parsed.message, { parameter: parsed.parameter })
    const q = parsed.query
    const latest = await fromStore(() => deps.store.latest(device))
    const known = latest[q.field]
    if (!known) throw new HubError('TELEMETRY_ERR_BAD_QUERY', `field ${q.field} has no data for this device.`, { parameter: 'field' })
    if (typeof known.value !== 'number' && q.agg !== 'last') {
      throw new HubError('TELEMETRY_ERR_BAD_QUERY', `agg ${q.agg} needs a numeric field; use agg=last for ${typeof known.value} fields.`, { parameter: 'agg' })
    }
    const points = await fromStore(() => deps.store.query(q))
    if (picked.format === 'json') return void res.json({ device, field: q.field, agg: q.agg, every: q.everyMs, from: q.from, to: q.to, points })
    const format = picked.format
    res.status(200)
    res.setHeader('Content-Type', EXPORT_TYPES[format])
    res.setHeader('Content-Disposition', `attachment; filename="${exportFilename(device, q.field, q.from, q.to, format)}"`)
    res.setHeader('Cache-Control', 'no-store')
    // Rows are encoded and written in slices, waiting for the socket to drain, so a long range
    // never sits in memory twice (the query itself is bounded by TETHER_TELEMETRY_MAX_POINTS).
    if (format === 'csv') res.write(csvHeader(q.field, q.agg))
    const SLICE = 500
    for (let i = 0; i < points.length; i += SLICE) {
      let chunk = ''
      for (const p of points.slice(i, i + SLICE)) chunk += format === 'csv' ? csvRow(p.t, p.v) : jsonlRow(device, q.field, p.t, p.v)
      if (!res.write(chunk)) await new Promise<void>(resolve => { res.once('drain', resolve); res.once('close', resolve) })
      if (res.destroyed) return
    }
    res.end()
  })

  return router
}
