import net from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Aedes } from 'aedes'
import type { HubConfig } from '../../config.js'
import type { HubMetrics } from '../../metrics.js'
import type { Logger } from '../../logger.js'
import { createWsEndpoint } from '../../upgrade/ws-endpoint.js'
import { createMqttHandler } from './endpoint.js'
import { TcpBridge } from './tcp-bridge.js'

/** MQTT's ways in: the `mqtt` WebSocket endpoint on /ws and the optional plain-TCP listener. */
export function createMqttTransport(broker: Aedes, config: HubConfig, metrics: HubMetrics, logger: Logger) {
  const endpoint = createWsEndpoint(
    // A packet may span several messages; one message never needs to exceed one packet.
    { maxPayload: Math.min(config.wsMaxPayloadBytes, config.mqttMaxPacketBytes + 16), maxFragments: 1024, maxBufferedChunks: 4096 },
    createMqttHandler(broker, {
      maxPacketBytes: config.mqttMaxPacketBytes,
      preConnectBytes: config.mqttPreConnectBytes,
      sendBufferLimitBytes: config.wsSendBufferLimitBytes,
      slowConsumerMs: config.mqttSlowConsumerMs,
      sendHardLimitBytes: config.mqttSendHardLimitBytes,
      backlogHigh: config.mqttBacklogLimit,
    }, metrics, logger),
  )
  let tcp: net.Server | null = null
  return {
    endpoint,
    /** Starts the TCP listener when `mqttTcpPort` is set; resolves to its bound port. */
    async listenTcp(): Promise<number | undefined> {
      if (config.mqttTcpPort <= 0) return undefined
      const limits = {
        maxPacketBytes: config.mqttMaxPacketBytes, sendBufferLimitBytes: config.wsSendBufferLimitBytes,
        slowConsumerMs: config.mqttSlowConsumerMs, sendHardLimitBytes: config.mqttSendHardLimitBytes,
      }
      tcp = net.createServer(socket => {
        socket.on('error', () => {})
        const remote = socket.remoteAddress
        broker.handle(new TcpBridge(socket, limits, e => {
          metrics.mqttClosed.inc({ code: 'MQTT_ERR_SLOW_CONSUMER' })
          logger.warn({ remote, transport: 'tcp', ...e }, 'mqtt slow consumer dropped')
        }))
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
