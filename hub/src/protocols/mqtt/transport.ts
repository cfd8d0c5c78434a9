import net from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Aedes } from 'aedes'
import type { HubConfig } from '../../config.js'
import type { HubMetrics } from '../../metrics.js'
import type { Logger } from '../../logger.js'
import { createWsEndpoint } from '../../upgrade/ws-endpoint.js'
import { createMqttHandler } from './endpoint.js'
import { TcpBridge } from './tcp-bridge.js'
import { WebSocketBridge } from './ws-bridge.js'
import { brokerBacklogGate } from './inbound-gate.js'

/** MQTT's ways in: the `mqtt` WebSocket endpoint on /ws and the optional plain-TCP listener. */
export function createMqttTransport(broker: Aedes, config: HubConfig, metrics: HubMetrics, logger: Logger) {
  // One gate for both ways in: a flood on either stops every connection reading.
  const gate = brokerBacklogGate(broker, config.mqttBacklogLimit)
  broker.on('client', client => {
    const conn = client.conn as unknown
    if (conn instanceof WebSocketBridge || conn instanceof TcpBridge) conn.markConnected()
  })
  broker.on('publish', (_packet, client) => { if (client) metrics.mqttPublishIn.inc() })
  const endpoint = createWsEndpoint(
    // A packet may span several messages; one message never needs to exceed one packet.
    { maxPayload: Math.min(config.wsMaxPayloadBytes, config.mqttMaxPacketBytes + 16), maxFragments: 1024, maxBufferedChunks: 4096 },
    createMqttHandler(broker, {
      maxPacketBytes: config.mqttMaxPacketBytes,
      preConnectBytes: config.mqttPreConnectBytes,
      sendBufferLimitBytes: config.wsSendBufferLimitBytes,
      slowConsumerMs: config.mqttSlowConsumerMs,
      sendHardLimitBytes: config.mqttSendHardLimitBytes,
    }, gate, metrics, logger),
  )
  let tcp: net.Server | null = null
  return {
    endpoint,
    /** Starts the TCP listener when `mqttTcpPort` is set; resolves to its bound port. */
    async listenTcp(): Promise<number | undefined> {
      if (config.mqttTcpPort <= 0) return undefined
      const limits = {
        maxPacketBytes: config.mqttMaxPacketBytes, preConnectBytes: config.mqttPreConnectBytes, sendBufferLimitBytes: config.wsSendBufferLimitBytes,
        slowConsumerMs: config.mqttSlowConsumerMs, sendHardLimitBytes: config.mqttSendHardLimitBytes,
      }
      tcp = net.createServer(socket => {
        socket.on('error', () => {})
        const remote = socket.remoteAddress
        metrics.connections.inc({ subprotocol: 'mqtt' })
        const bridge = new TcpBridge(socket, limits, e => logger.warn({ remote, transport: 'tcp', ...e }, 'mqtt slow consumer dropped'), gate)
        bridge.once('close', () => {
          metrics.connections.dec({ subprotocol: 'mqtt' })
          if (bridge.closedWith) metrics.mqttClosed.inc({ code: bridge.closedWith })
        })
        broker.handle(bridge)
      })
      await listen(tcp, config.mqttTcpPort, config.host)
      return (tcp.address() as AddressInfo).port
    },
    closeTcp(): void { tcp?.close() },
  }
}

export function listen(server: net.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => { server.off('error', reject); resolve() })
  })
}
