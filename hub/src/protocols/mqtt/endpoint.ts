import type { Aedes } from 'aedes'
import type { WebSocket } from 'ws'
import type { UpgradeContext } from '../../upgrade/upgrade-handler.js'
import type { HubMetrics } from '../../metrics.js'
import type { Logger } from '../../logger.js'
import { WebSocketBridge, type BridgeLimits } from './ws-bridge.js'
import { InboundGate } from './inbound-gate.js'

/** ws → lean bridge → aedes. Thin on purpose: the broker owns the protocol. */
export function createMqttHandler(broker: Aedes, limits: BridgeLimits & { backlogHigh: number }, metrics: HubMetrics, logger?: Logger) {
  // aedes keeps its emitter at `broker.mq` (untyped); `length` is the queued-message count.
  const mq = (broker as unknown as { mq?: { length?: number } }).mq
  const gate = new InboundGate(() => mq?.length ?? 0, limits.backlogHigh, Math.floor(limits.backlogHigh / 4))

  broker.on('client', client => {
    const conn = client.conn as unknown
    if (conn instanceof WebSocketBridge) conn.markConnected()
  })
  broker.on('publish', (_packet, client) => { if (client) metrics.mqttPublishIn.inc() })

  const countMessageOut = () => metrics.mqttMessagesOut.inc()

  return function handleMqtt(ws: WebSocket, ctx: UpgradeContext): void {
    metrics.connections.inc({ subprotocol: 'mqtt' })
    const bridge = new WebSocketBridge(ws, limits, countMessageOut, gate)
    bridge.on('error', () => { /* aedes reports client errors; the socket closes itself */ })
    ws.once('close', () => {
      metrics.connections.dec({ subprotocol: 'mqtt' })
      if (bridge.closedWith) metrics.mqttClosed.inc({ code: bridge.closedWith })
      // One line per dropped connection, never one per undelivered message.
      if (bridge.slowConsumer) logger?.warn({ remote: ctx.remoteAddress, ...bridge.slowConsumer }, 'mqtt slow consumer dropped')
    })
    broker.handle(bridge, { socket: { remoteAddress: ctx.remoteAddress }, headers: {} } as never)
  }
}
