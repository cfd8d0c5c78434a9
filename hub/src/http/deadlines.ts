import type { ServerOptions } from 'node:http'
import type { Duplex } from 'node:stream'
import type { RequestHandler } from 'express'

export interface HttpDeadlines {
  /** Time to send a request's headers, ms. */
  headersTimeoutMs: number
  /** Time to send a whole request, headers and body, ms. */
  requestTimeoutMs: number
  /** Idle time of a keep-alive connection between requests, ms. */
  keepAliveTimeoutMs: number
}

/**
 * http.Server options that bound how long a client may take to send a request. Node enforces
 * headersTimeout and requestTimeout on a periodic sweep (connectionsCheckingInterval, 30 s by
 * default, which would let a slow client live up to 30 s past its deadline): the sweep runs
 * here at a tenth of the shorter deadline, at most once a second. So a request that is not
 * complete in time gets 408 and is closed within deadline + sweep.
 */
export function serverOptions(d: HttpDeadlines): ServerOptions {
  return {
    headersTimeout: d.headersTimeoutMs,
    requestTimeout: d.requestTimeoutMs,
    keepAliveTimeout: d.keepAliveTimeoutMs,
    connectionsCheckingInterval: sweepMs(d),
  }
}

export function sweepMs(d: HttpDeadlines): number {
  return Math.max(50, Math.min(1000, Math.floor(Math.min(d.headersTimeoutMs, d.requestTimeoutMs) / 10)))
}

/**
 * 413 at once when Content-Length declares more than the body limit, before any body byte is
 * read, and the connection is closed after the answer. (express.json would also refuse it, but
 * only after draining the whole declared body.)
 */
export function refuseDeclaredOversize(limitBytes: number): RequestHandler {
  return function refuseOversizeBody(req, res, next) {
    const declared = req.headers['content-length']
    if (declared !== undefined && Number(declared) > limitBytes) {
      res.setHeader('Connection', 'close')
      return next(Object.assign(new Error('request body too large'), { status: 413, expose: true }))
    }
    next()
  }
}

const TIMED_OUT = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'

/**
 * http.Server 'clientError': a request that missed its deadline gets 408 (so the client knows
 * why), anything else (a malformed request, a reset) is closed without an answer.
 */
export function onClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' && socket.writable) {
    socket.end(TIMED_OUT)
    setTimeout(() => socket.destroy(), 1000).unref()
    return
  }
  socket.destroy()
}
