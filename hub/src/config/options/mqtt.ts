import { int } from '../option.js'

/** The MQTT broker (aedes) and its WebSocket bridge. */
export const mqttOptions = {
  mqttMaxPacketBytes: int({ env: 'TETHER_MQTT_MAX_PACKET_BYTES', aliases: ['TETHER_MQTT_MAX_PACKET'], unit: 'bytes',
    default: 256 * 1024, min: 128, max: 256 * 1024 * 1024,
    doc: 'largest MQTT packet (fixed header + remaining length); bigger → connection closed 1009' }),
  mqttPreConnectBytes: int({ env: 'TETHER_MQTT_PRECONNECT_BYTES', unit: 'bytes', default: 16 * 1024, min: 64, max: 1024 * 1024,
    doc: 'bytes a connection may send before its CONNECT is accepted' }),
  mqttConnectTimeoutMs: int({ env: 'TETHER_MQTT_CONNECT_TIMEOUT_MS', unit: 'ms', default: 10_000, min: 100, max: 600_000,
    doc: 'time a client has to send CONNECT after the upgrade' }),
  mqttDrainTimeoutMs: int({ env: 'TETHER_MQTT_DRAIN_TIMEOUT_MS', unit: 'ms', default: 10_000, min: 0, max: 600_000,
    doc: 'time a slow subscriber\'s stream may stay blocked before it is dropped (0 = never)' }),
  mqttMaxInflightInbound: int({ env: 'TETHER_MQTT_MAX_INFLIGHT_PACKETS', unit: 'packets', default: 64, min: 1, max: 65_535,
    doc: 'QoS 1/2 packets in flight per client before the client is paused' }),
  mqttBacklogLimit: int({ env: 'TETHER_MQTT_BACKLOG_MESSAGES', aliases: ['TETHER_MQTT_BACKLOG_LIMIT'], unit: 'messages',
    default: 512, min: 8, max: 100_000,
    doc: 'messages queued in the broker before every MQTT connection stops reading (resumes at a quarter); bounds memory and latency under a publish flood' }),
  mqttTcpPort: int({ env: 'TETHER_MQTT_TCP_PORT', unit: 'TCP port', default: 0, min: 0, max: 65535,
    doc: 'optional plain-TCP MQTT listener (0 = off)' }),
  mqttSessionSweepMs: int({ env: 'TETHER_MQTT_SESSION_SWEEP_MS', unit: 'ms', default: 1000, min: 10, max: 600_000,
    doc: 'how often live operator MQTT sessions are checked for an expired token' }),
  mqttSlowConsumerMs: int({ env: 'TETHER_MQTT_SLOW_CONSUMER_MS', unit: 'ms', default: 5_000, min: 100, max: 600_000,
    doc: 'time a connection\'s outgoing queue may stay above `TETHER_WS_SEND_BUFFER_BYTES` before it is dropped' }),
  mqttSendHardLimitBytes: int({ env: 'TETHER_MQTT_SEND_HARD_LIMIT_BYTES', unit: 'bytes', default: 4 * 1024 * 1024, min: 64 * 1024, max: 1024 * 1024 * 1024,
    doc: 'outgoing bytes queued for one MQTT connection above which it is dropped at once' }),
  mqttMaxSessionsPerOperator: int({ env: 'TETHER_MQTT_MAX_SESSIONS_PER_OPERATOR', unit: 'sessions', default: 8, min: 1, max: 10_000,
    doc: 'concurrent MQTT sessions of one operator account; one more is refused (CONNACK 5)' }),
}
