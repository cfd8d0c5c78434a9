import http from 'node:http'
import type { Express } from 'express'
import type { HubConfig } from '../config.js'
import type { Logger } from '../logger.js'
import type { HubMetrics } from '../metrics.js'
import { createUpgradeHandler, type UpgradeHandlerOptions } from '../upgrade/upgrade-handler.js'
import { capConnections } from './connection-cap.js'
import { onClientError, serverOptions } from './deadlines.js'
import { clientAddress, type TrustFn } from './proxy-trust.js'

/**
 * The one HTTP server: the express app, the deadlines and the per-address connection cap, and the
 * WebSocket upgrade endpoint (/ws for every subprotocol, /mqtt for MQTT only).
 */
export function createHttpServer(deps: {
  config: HubConfig; app: Express; trustProxy: TrustFn; metrics: HubMetrics; logger: Logger
  endpoints: UpgradeHandlerOptions['endpoints']; isShuttingDown: () => boolean
}): http.Server {
  const { config, trustProxy, metrics } = deps
  const server = http.createServer(serverOptions({ headersTimeoutMs: config.httpHeadersTimeoutMs, requestTimeoutMs: config.httpRequestTimeoutMs, keepAliveTimeoutMs: config.httpKeepAliveTimeoutMs }), deps.app)
  capConnections(server, { maxPerAddress: config.httpMaxConnectionsPerAddress, isTrustedProxy: a => trustProxy(a, 0), registry: metrics.registry })
  server.on('upgrade', createUpgradeHandler({
    path: '/ws',
    mqttPath: '/mqtt',
    allowedOrigins: config.allowedOrigins,
    endpoints: deps.endpoints,
    logger: deps.logger,
    onRejected: code => metrics.handshakesRejected.inc({ code }),
    isShuttingDown: deps.isShuttingDown,
    clientAddress: req => clientAddress(req.socket.remoteAddress ?? '', req.headers['x-forwarded-for'], trustProxy),
  }))
  server.on('clientError', onClientError)
  return server
}
