import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import type { ProtocolEndpoint, UpgradeContext } from './upgrade-handler.js'
import type { Subprotocol } from './subprotocol.js'

export interface WsLimits {
  maxPayload: number
  maxFragments: number
  maxBufferedChunks: number
}

/**
 * A `ws` server in noServer mode with explicit limits, bound to one protocol family.
 * The token chosen by the upgrade layer is echoed exactly.
 */
export function createWsEndpoint(limits: WsLimits, handle: (ws: WebSocket, ctx: UpgradeContext) => void): ProtocolEndpoint & { wss: WebSocketServer } {
  const chosen = new WeakMap<IncomingMessage, Subprotocol>()
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: true,
    perMessageDeflate: false,
    maxPayload: limits.maxPayload,
    maxFragments: limits.maxFragments,
    maxBufferedChunks: limits.maxBufferedChunks,
    handleProtocols: (_offered, req) => chosen.get(req) ?? false,
  } as ConstructorParameters<typeof WebSocketServer>[0])
  wss.on('error', () => { /* per-connection errors are handled on each socket */ })
  return {
    wss,
    accept(req: IncomingMessage, socket: Duplex, head: Buffer, protocol: Subprotocol, onOpen: (ws: WebSocket) => void) {
      chosen.set(req, protocol)
      wss.handleUpgrade(req, socket, head, onOpen)
    },
    handle,
  }
}
