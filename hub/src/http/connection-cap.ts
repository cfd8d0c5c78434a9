import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import { Counter, type Registry } from 'prom-client'
import { normalizeAddress } from './proxy-trust.js'

/**
 * A cap on open HTTP connections per client address that have not authenticated, so a single
 * host cannot hold hundreds of sockets open by sending slowly. A connection stops counting when
 * a request on it authenticates (`markAuthenticated`, called by the bearer middleware) or when
 * it becomes a WebSocket (each protocol then has its own pre-authentication deadline: MQTT
 * CONNECT, chat.v1 hello). Peers that are trusted proxies are exempt (all clients share their
 * address). Over the cap a new connection is answered 429 and closed before anything is parsed.
 */
const RELEASE = Symbol('tether.connection-cap.release')
type Tracked = Socket & { [RELEASE]?: () => void }

const REFUSAL = (() => {
  const body = JSON.stringify({ error: { code: 'HUB_ERR_RATE_LIMITED', message: 'Too many open connections from this address; retry later.' } })
  return `HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nRetry-After: 1\r\nConnection: close\r\n\r\n${body}`
})()

export function capConnections(server: Server, opts: { maxPerAddress: number; isTrustedProxy: (address: string) => boolean; registry?: Registry }) {
  const open = new Map<string, number>()
  const refused = new Counter({ name: 'tether_http_connections_refused_total', help: 'HTTP connections refused: too many unauthenticated ones from one address', registers: opts.registry ? [opts.registry] : [] })

  server.on('connection', function countConnection(socket: Tracked) {
    const address = normalizeAddress(socket.remoteAddress ?? '')
    if (opts.isTrustedProxy(address)) return
    const n = open.get(address) ?? 0
    if (n >= opts.maxPerAddress) {
      refused.inc()
      socket.on('error', () => {})
      // Destroyed as soon as the answer is written: no request on it reaches the app.
      socket.write(REFUSAL, () => socket.destroy())
      return
    }
    open.set(address, n + 1)
    let counted = true
    const release = () => {
      if (!counted) return
      counted = false
      delete socket[RELEASE]
      const left = (open.get(address) ?? 1) - 1
      if (left <= 0) open.delete(address)
      else open.set(address, left)
    }
    socket[RELEASE] = release
    socket.once('close', release)
  })
  server.on('upgrade', function releaseUpgraded(_req, socket: Tracked) { socket[RELEASE]?.() })

  return { openFrom: (address: string) => open.get(address) ?? 0 }
}

/** The connection carried an authenticated request: it no longer counts against its address. */
export function markAuthenticated(socket: Socket): void {
  (socket as Tracked)[RELEASE]?.()
}
