import { Registry, Counter, Gauge, collectDefaultMetrics } from 'prom-client'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * Prometheus metrics of one hub instance (own registry, so tests can run several hubs).
 * Other modules register theirs on `registry`.
 */
export function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'tether_' })
  const loop = monitorEventLoopDelay({ resolution: 10 })
  loop.enable()
  const metrics = {
    registry,
    connections: new Gauge({ name: 'tether_connections', help: 'Open connections by subprotocol (mqtt: over WebSocket and the plain-TCP listener)', labelNames: ['subprotocol'], registers: [registry] }),
    handshakesRejected: new Counter({ name: 'tether_handshakes_rejected_total', help: 'Refused upgrades by reason code', labelNames: ['code'], registers: [registry] }),
    mqttPublishIn: new Counter({ name: 'tether_mqtt_publish_in_total', help: 'PUBLISH packets received from clients', registers: [registry] }),
    mqttMessagesOut: new Counter({ name: 'tether_mqtt_ws_messages_out_total', help: 'WebSocket messages sent on mqtt connections (one per coalesced batch of packets)', registers: [registry] }),
    mqttClosed: new Counter({ name: 'tether_mqtt_connections_closed_total', help: 'MQTT connections closed by the hub for a limit or protocol error', labelNames: ['code'], registers: [registry] }),
    eventLoopLag: new Gauge({
      name: 'tether_event_loop_lag_seconds', help: 'Event-loop delay p99 over the last scrape interval', registers: [registry],
      collect() { this.set(loop.percentile(99) / 1e9); loop.reset() },
    }),
    stop() { loop.disable() },
  }
  return metrics
}

export type HubMetrics = ReturnType<typeof createMetrics>
