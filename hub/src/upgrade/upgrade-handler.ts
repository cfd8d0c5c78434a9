import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import { HubError } from '../errors.js'
import type { Logger } from '../logger.js'
import { chooseSubprotocol, protocolFamily, SUPPORTED_SUBPROTOCOLS, type Subprotocol } from './subprotocol.js'
import { isOriginAllowed } from './origin.js'
import { rejectUpgrade } from './reject.js'

/** What a protocol layer receives: an open socket and the facts the handshake established. */
export interface UpgradeContext {
  protocol: Subprotocol
  remoteAddress: string
  origin: string | undefined
  userAgent: string | undefined
}

/** A protocol family owns a WebSocketServer (its own limits) and takes connections from there. */
export interface ProtocolEndpoint {
  accept(req: IncomingMessage, socket: Duplex, head: Buffer, protocol: Subprotocol,
    onOpen: (ws: WebSocket) => void): void
  handle(ws: WebSocket, ctx: UpgradeContext): void
}

export interface UpgradeHandlerOptions {
  /** Serves every subprotocol. */
  path: string
  /** Serves the MQTT subprotocols only, under the same rules: the path stock MQTT clients default to. */
  mqttPath?: string
  allowedOrigins: readonly string[]
  /** By protocol family; a family nobody serves is refused as unsupported. */
  endpoints: Partial<Record<'mqtt' | 'chat.v1', ProtocolEndpoint>>
  logger: Logger
  onRejected?: (code: string) => void
  isShuttingDown?: () => boolean
  /** The client's address (TETHER_TRUST_PROXY applied); default the socket's peer. */
  clientAddress?: (req: IncomingMessage) => string
}

/**
 * The single upgrade endpoint: decides path, Origin and subprotocol, then hands the socket to the
 * protocol's endpoint. Protocol code never sees handshake details beyond UpgradeContext.
 */
export function createUpgradeHandler(opts: UpgradeHandlerOptions) {
  const remoteOf = opts.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress ?? '')
  const reject = (socket: Duplex, error: HubError, req: IncomingMessage) => {
    opts.onRejected?.(error.code)
    opts.logger.info({ code: error.code, path: pathOf(req), remote: remoteOf(req) }, 'upgrade rejected')
    rejectUpgrade(socket, error)
  }

  return function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', onSocketError)
    if (opts.isShuttingDown?.()) return reject(socket, new HubError('HUB_ERR_SHUTTING_DOWN'), req)
    const path = pathOf(req)
    const supported = path === opts.path ? SUPPORTED_SUBPROTOCOLS : path === opts.mqttPath ? MQTT_SUBPROTOCOLS : null
    if (!supported) return reject(socket, new HubError('HUB_ERR_NOT_FOUND'), req)
    const origin = req.headers.origin
    if (!isOriginAllowed(origin, req.headers.host, opts.allowedOrigins)) {
      return reject(socket, new HubError('HUB_ERR_ORIGIN_FORBIDDEN', undefined, { origin }), req)
    }
    const choice = chooseSubprotocol(req.headers['sec-websocket-protocol'], supported)
    if (!choice.ok) {
      const code = choice.reason === 'missing' ? 'HUB_ERR_SUBPROTOCOL_MISSING'
        : choice.reason === 'malformed' ? 'HUB_ERR_SUBPROTOCOL_MALFORMED' : 'HUB_ERR_SUBPROTOCOL_UNSUPPORTED'
      return reject(socket, new HubError(code, undefined, { offered: choice.offered }), req)
    }
    const endpoint = opts.endpoints[protocolFamily(choice.protocol)]
    if (!endpoint) return reject(socket, new HubError('HUB_ERR_SUBPROTOCOL_UNSUPPORTED', undefined, { offered: choice.offered }), req)
    const ctx: UpgradeContext = {
      protocol: choice.protocol,
      remoteAddress: remoteOf(req),
      origin,
      userAgent: req.headers['user-agent'],
    }
    endpoint.accept(req, socket, head, choice.protocol, ws => {
      socket.off('error', onSocketError)
      endpoint.handle(ws, ctx)
    })
  }
}

const MQTT_SUBPROTOCOLS = SUPPORTED_SUBPROTOCOLS.filter(p => protocolFamily(p) === 'mqtt')

function onSocketError(): void {
  // A peer that resets mid-handshake; nothing to report beyond the closed socket.
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/'
  const q = url.indexOf('?')
  return q === -1 ? url : url.slice(0, q)
}
