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
  // One function for every connection (not a closure each): an idle connection's memory is the goal.
  const closed = (bridge: WebSocketBridge): void => {
    metrics.connections.dec({ subprotocol: 'mqtt' })
    if (bridge.closedWith) metrics.mqttClosed.inc({ code: bridge.closedWith })
    // One line per dropped connection, never one per undelivered message.
    if (bridge.slowConsumer) logger?.warn({ remote: bridge.remoteAddress, ...bridge.slowConsumer }, 'mqtt slow consumer dropped')
  }

  return function handleMqtt(ws: WebSocket, ctx: UpgradeContext): void {
    metrics.connections.inc({ subprotocol: 'mqtt' })
    const bridge = new WebSocketBridge(ws, limits, countMessageOut, gate, closed)
    bridge.remoteAddress = ctx.remoteAddress
    bridge.on('error', ignoreError)
    broker.handle(bridge, { socket: { remoteAddress: ctx.remoteAddress }, headers: {} } as never)
  }
}

/** aedes reports client errors; the socket closes itself. */
function ignoreError(): void {}
