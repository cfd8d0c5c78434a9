import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { RequestHandler } from 'express'

export type Encoding = 'br' | 'gzip'

/**
 * The encoding to send among the prebuilt ones, from Accept-Encoding: brotli before gzip, an
 * explicit `q=0` refuses one, `*` accepts both; null → the identity file.
 */
export function pickEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!acceptEncoding) return null
  const q = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const qp = params.map(p => p.trim()).find(p => p.startsWith('q='))
    const value = qp ? Number(qp.slice(2)) : 1
    q.set(name, Number.isFinite(value) ? value : 0)
  }
  const accepts = (e: Encoding) => (q.get(e) ?? (q.has('*') ? q.get('*')! : 0)) > 0
  for (const e of ['br', 'gzip'] as const) if (available.includes(e) && accepts(e)) return e
  return null
}

/** Hashed build output (`/assets/name-HASH.ext`) never changes: a year, immutable. Others revalidate. */
export function cacheControlFor(urlPath: string): string {
  return /^\/assets\/.+-[A-Za-z0-9_-]{6,}\.[a-z0-9]+$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/**
 * Serves the prebuilt `.br` / `.gz` of a dashboard file (dashboard/vite-precompress.ts) when the
 * client accepts it: `Content-Encoding`, `Vary: Accept-Encoding`, the original type and the cache
 * policy above. Anything else falls through to express.static (which sets the same cache policy).
 */
export function precompressedAssets(dir: string): RequestHandler {
  const root = path.resolve(dir)
  const seen = new Map<string, Encoding[]>()
  function available(file: string): Encoding[] {
    let list = seen.get(file)
    if (!list) {
      list = (['br', 'gzip'] as const).filter(e => existsSync(file + SUFFIX[e]) && statSync(file + SUFFIX[e]).isFile())
      seen.set(file, list)
    }
    return list
  }
  return function servePrecompressed(req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    let urlPath: string
    try { urlPath = decodeURIComponent(req.path) } catch { return next() }
    const file = path.resolve(root, '.' + urlPath)
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next()
    res.setHeader('Vary', 'Accept-Encoding')
    const encoding = pickEncoding(req.headers['accept-encoding'], available(file))
    if (!encoding) return next()
    res.setHeader('Content-Encoding', encoding)
    res.setHeader('Cache-Control', cacheControlFor(urlPath))
    res.type(path.extname(file))
    res.sendFile(file + SUFFIX[encoding], { dotfiles: 'deny', cacheControl: false, lastModified: true, etag: true }, err => { if (err) next(err) })
  }
}
