import type { RequestHandler } from 'express'
import { HubError } from '../errors.js'

/** True when a request carries a body: a non-zero Content-Length, or a chunked transfer. */
export function hasBody(headers: { 'content-length'?: string; 'transfer-encoding'?: string }): boolean {
  if (headers['transfer-encoding'] !== undefined) return true
  const length = headers['content-length']
  return length !== undefined && length !== '0'
}

/** True for `application/json` and `application/<anything>+json`, parameters allowed. */
export function isJsonType(contentType: string | undefined): boolean {
  if (!contentType) return false
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

/**
 * 415 for an API body that is not declared JSON. Without it express.json leaves the body unread
 * and the route's validation names the first missing field (`username`), which sends the caller
 * looking in the wrong place.
 */
export function requireJsonBody(): RequestHandler {
  return function requireJsonContentType(req, _res, next) {
    if (!hasBody(req.headers) || isJsonType(req.headers['content-type'])) return next()
    const got = req.headers['content-type'] ? `got ${req.headers['content-type'].split(';')[0]!.trim()}` : 'no Content-Type was sent'
    next(new HubError('HUB_ERR_UNSUPPORTED_MEDIA_TYPE', `Send the body as JSON with Content-Type: application/json (${got}).`))
  }
}
