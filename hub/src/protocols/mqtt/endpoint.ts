import type { Aedes } from 'aedes'
import type { WebSocket } from 'ws'
import type { UpgradeContext } from '../../upgrade/upgrade-handler.js'
import type { HubMetrics } from '../../metrics.js'
import type { Logger } from '../../logger.js'
import { WebSocketBridge, type BridgeLimits } from './ws-bridge.js'
import type { InboundGate } from './inbound-gate.js'

/** ws → lean bridge → aedes. Thin on purpose: the broker owns the protocol. */
export function createMqttHandler(broker: Aedes, limits: BridgeLimits, gate: InboundGate, metrics: HubMetrics, logger?: Logger) {
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
