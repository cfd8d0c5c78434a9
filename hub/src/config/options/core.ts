import { fileURLToPath } from 'node:url'
import { dir, int, list, oneOf, text } from '../option.js'

/** The dashboard bundle next to the hub in this repository (and in the Docker image). */
const bundledDashboard = fileURLToPath(new URL('../../../../dashboard/dist', import.meta.url))

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/** Listening, files, logging and the shared WebSocket limits. */
export const coreOptions = {
  port: int({ env: 'TETHER_PORT', aliases: ['PORT'], unit: 'TCP port', default: 8080, min: 0, max: 65535,
    doc: 'HTTP + WebSocket port (0 = any free port)' }),
  host: text({ env: 'TETHER_HOST', aliases: ['HOST'], default: '0.0.0.0',
    doc: 'bind address' }),
  dataDir: dir({ env: 'TETHER_DATA_DIR', default: './data',
    doc: 'embedded state: MQTT sessions and retained messages, SQLite stores, JWT secret' }),
  dashboardDir: dir({ env: 'TETHER_DASHBOARD_DIR', default: '', whenUnset: bundledDashboard, keepEmpty: true,
    defaultDoc: '`dashboard/dist` of this repository', unsetMeans: 'to serve the bundled dashboard',
    doc: 'dashboard bundle to serve; empty = none' }),
  logLevel: oneOf<string>({ env: 'TETHER_LOG_LEVEL', aliases: ['LOG_LEVEL'], default: 'info', values: LOG_LEVELS,
    doc: 'pino log level' }),
  shutdownTimeoutMs: int({ env: 'TETHER_SHUTDOWN_TIMEOUT_MS', unit: 'ms', default: 10_000, min: 100, max: 600_000,
    doc: 'graceful shutdown budget' }),
  allowedOrigins: list({ env: 'TETHER_ALLOWED_ORIGINS', default: ['http://localhost:5173', 'http://127.0.0.1:5173'],
    item: { pattern: /^(\*|https?:\/\/[^/\s]+)$/, what: 'an origin', example: 'https://hub.example.com,http://localhost:5173' },
    doc: 'browser Origins allowed to upgrade besides the hub\'s own (comma-separated)' }),
  wsMaxPayloadBytes: int({ env: 'TETHER_WS_MAX_PAYLOAD_BYTES', aliases: ['TETHER_WS_MAX_PAYLOAD'], unit: 'bytes',
    default: 512 * 1024, min: 1024, max: 64 * 1024 * 1024,
    doc: 'largest single WebSocket message accepted (ws defaults to 100 MiB)' }),
  wsSendBufferLimitBytes: int({ env: 'TETHER_WS_SEND_BUFFER_BYTES', unit: 'bytes', default: 1024 * 1024, min: 16 * 1024, max: 1024 * 1024 * 1024,
    doc: 'per-connection bytes queued for send before a slow consumer is dropped' }),
}
