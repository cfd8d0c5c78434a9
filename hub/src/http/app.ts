import express, { type Express, type ErrorRequestHandler, type RequestHandler } from 'express'
import helmet from 'helmet'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { TrustFn } from './proxy-trust.js'
import { refuseDeclaredOversize } from './deadlines.js'
import { requireJsonBody } from './json-content-type.js'
import { answerWhenDurable } from './durable-answers.js'
import type { CommitSync } from '../storage/durable-commits.js'
import { cacheControlFor, precompressedAssets } from './static-assets.js'

export interface AppParts {
  /** Routers mounted in order (health, api…). */
  routers: Array<{ path: string; router: RequestHandler }>
  dashboardDir: string
  logger: Logger
  jsonLimitBytes?: number
  /** Which peers may name the client in X-Forwarded-For (TETHER_TRUST_PROXY); default nobody. */
  trustProxy?: TrustFn
  /** The embedded database's commits: answers to writes wait until they are on disk. */
  durable?: CommitSync
}

/** The express 5 app: security headers, JSON body limits, routers, the dashboard, JSON errors. */
export function createApp(parts: AppParts): Express {
  const app = express()
  app.disable('x-powered-by')
  // req.ip: X-Forwarded-For only from the proxies TETHER_TRUST_PROXY names (http/proxy-trust.ts).
  app.set('trust proxy', parts.trustProxy ?? (() => false))
  app.use(helmet({
    // Plain HTTP by default: HSTS and upgrade-insecure-requests would break http://localhost.
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'upgrade-insecure-requests': null,
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'img-src': ["'self'", 'data:'],
      },
    },
  }))
  app.use(refuseDeclaredOversize(parts.jsonLimitBytes ?? 64 * 1024))
  app.use('/api', requireJsonBody())
  app.use(express.json({ limit: parts.jsonLimitBytes ?? 64 * 1024 }))
  if (parts.durable) app.use('/api', answerWhenDurable(parts.durable, parts.logger))
  for (const { path: p, router } of parts.routers) app.use(p, router)
  app.use('/api', (_req, _res, next) => next(new HubError('HUB_ERR_NOT_FOUND', 'No such API route.')))

  const dist = parts.dashboardDir
  if (dist && existsSync(path.join(dist, 'index.html'))) {
    // Prebuilt brotli/gzip first; hashed assets cached for a year, the rest revalidated.
    const assets = precompressedAssets(dist)
    app.use(assets)
    app.use(express.static(dist, {
      index: false,
      setHeaders(res, file) { res.setHeader('Cache-Control', cacheControlFor('/' + path.relative(dist, file).split(path.sep).join('/'))) },
    }))
    app.get('/{*splat}', (req, res) => {
      // The app shell, compressed when the client accepts it; never cached, so a new build shows at once.
      req.url = '/index.html'
      assets(req, res, () => { res.setHeader('Cache-Control', 'no-cache'); res.sendFile(path.join(dist, 'index.html')) })
    })
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Tether hub is running. Dashboard not built: run `npm run build`.\n')
    })
  }

  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    if (err instanceof HubError) {
      if (err.status === 503) res.setHeader('Retry-After', '1')
      return void res.status(err.status).json(err.toJSON())
    }
    const status = typeof err?.status === 'number' ? err.status : 500
    if (status >= 500) parts.logger.error({ err }, 'request failed')
    const code = status === 413 ? 'HUB_ERR_VALIDATION' : status === 400 ? 'HUB_ERR_VALIDATION' : 'HUB_ERR_INTERNAL'
    const message = status === 413 ? 'Request body too large.' : status === 400 ? 'Request body is not valid JSON.' : 'Internal error.'
    res.status(status).json({ error: { code, message } })
  }
  app.use(onError)
  return app
}
