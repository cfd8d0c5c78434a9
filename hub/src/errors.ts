/**
 * The one catalogue of errors the hub reports: a stable machine code, the sentence shown to
 * people, the HTTP status (for REST and rejected handshakes) and the WebSocket close code.
 * WebSocket close codes: 1002 protocol, 1003 bad data, 1007 invalid UTF-8, 1008 policy, 1009 too big, 1011 server.
 */
export const errorCatalogue = {
  HUB_ERR_NOT_FOUND: { status: 404, close: 1008, message: 'No WebSocket endpoint at this path; connect to /ws (or /mqtt for MQTT).' },
  HUB_ERR_ORIGIN_FORBIDDEN: { status: 403, close: 1008, message: 'This Origin is not allowed to connect; add it to TETHER_ALLOWED_ORIGINS.' },
  HUB_ERR_SUBPROTOCOL_MISSING: { status: 400, close: 1002, message: 'No Sec-WebSocket-Protocol offered; offer one of the supported subprotocols.' },
  HUB_ERR_SUBPROTOCOL_MALFORMED: { status: 400, close: 1002, message: 'Sec-WebSocket-Protocol is malformed (empty or duplicated token, or a character outside RFC 7230 tchar).' },
  HUB_ERR_SUBPROTOCOL_UNSUPPORTED: { status: 400, close: 1002, message: 'None of the offered subprotocols is supported (tokens are case-sensitive).' },
  HUB_ERR_BAD_UPGRADE: { status: 400, close: 1002, message: 'Not a valid WebSocket upgrade request.' },
  HUB_ERR_SHUTTING_DOWN: { status: 503, close: 1001, message: 'The hub is shutting down; reconnect shortly.' },
  HUB_ERR_UNAUTHORIZED: { status: 401, close: 1008, message: 'Missing or invalid credentials.' },
  HUB_ERR_FORBIDDEN: { status: 403, close: 1008, message: 'Your role does not allow this.' },
  HUB_ERR_VALIDATION: { status: 400, close: 1003, message: 'The request is invalid.' },
  HUB_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, close: 1003, message: 'Send the body as JSON with Content-Type: application/json.' },
  HUB_ERR_CONFLICT: { status: 409, close: 1008, message: 'The resource already exists.' },
  HUB_ERR_RATE_LIMITED: { status: 429, close: 1008, message: 'Too many requests; retry later.' },
  HUB_ERR_INTERNAL: { status: 500, close: 1011, message: 'Internal error.' },
  HUB_ERR_UNAVAILABLE: { status: 503, close: 1011, message: 'The database is unreachable; retry shortly.' },
  TELEMETRY_ERR_BAD_QUERY: { status: 400, close: 1003, message: 'The telemetry query is invalid.' },
  TELEMETRY_ERR_NO_FLUX: { status: 501, close: 1011, message: 'The telemetry store accepts writes but has no Flux query API, so history cannot be served; point INFLUX_URL at InfluxDB 2.x, or use TELEMETRY_STORE=influx-v1.' },
  TELEMETRY_ERR_STORE_UNAVAILABLE: { status: 503, close: 1011, message: 'The telemetry store is unreachable; history is unavailable for now (new points are kept).' },
  MQTT_ERR_TEXT_FRAME: { status: 400, close: 1003, message: 'MQTT over WebSocket requires binary frames [MQTT-6.0.0-1].' },
  MQTT_ERR_PACKET_TOO_LARGE: { status: 413, close: 1009, message: 'MQTT packet exceeds the size limit.' },
  MQTT_ERR_PRECONNECT_BUDGET: { status: 400, close: 1008, message: 'Too many bytes before CONNECT was accepted.' },
  MQTT_ERR_MALFORMED: { status: 400, close: 1002, message: 'Malformed MQTT fixed header.' },
  MQTT_ERR_PROTOCOL: { status: 400, close: 1002, message: 'MQTT packet breaks the standard; the close reason names the clause.' },
  MQTT_ERR_CONNECT_REFUSED: { status: 400, close: 1000, message: 'CONNECT refused with a CONNACK return code (unsupported protocol level or client identifier).' },
  MQTT_ERR_SLOW_CONSUMER: { status: 503, close: 1008, message: 'Send buffer over its limit; the client reads too slowly.' },
  CHAT_ERR_TOO_LARGE: { status: 413, close: 1009, message: 'Frame exceeds the size limit.' },
  CHAT_ERR_TOO_DEEP: { status: 400, close: 1003, message: 'Frame nesting exceeds the depth limit.' },
  CHAT_ERR_BAD_JSON: { status: 400, close: 1003, message: 'Frame is not a JSON object.' },
  CHAT_ERR_UNKNOWN_TYPE: { status: 400, close: 1003, message: 'Unknown frame type.' },
  CHAT_ERR_INVALID_FRAME: { status: 400, close: 1003, message: 'Frame does not match its schema.' },
  CHAT_ERR_NOT_AUTHENTICATED: { status: 401, close: 1008, message: 'Send hello with a token first.' },
  CHAT_ERR_ALREADY_AUTHENTICATED: { status: 400, close: 1008, message: 'This session already said hello.' },
  CHAT_ERR_HELLO_TIMEOUT: { status: 408, close: 1008, message: 'No hello in time.' },
  CHAT_ERR_BAD_TOKEN: { status: 401, close: 1008, message: 'The token is invalid or expired; log in again.' },
  CHAT_ERR_ACCOUNT_GONE: { status: 401, close: 1008, message: 'This account no longer exists.' },
  CHAT_ERR_SESSION_REVOKED: { status: 401, close: 1008, message: 'Your account changed; log in again.' },
  CHAT_ERR_TOKEN_EXPIRED: { status: 401, close: 1008, message: 'Your token expired; log in again and resume.' },
  CHAT_ERR_FORBIDDEN: { status: 403, close: 1008, message: 'Your role does not allow this.' },
  CHAT_ERR_NO_SUCH_ROOM: { status: 404, close: 1008, message: 'No such room.' },
  CHAT_ERR_NOT_JOINED: { status: 409, close: 1008, message: 'Join the room first.' },
  CHAT_ERR_NO_SUCH_USER: { status: 404, close: 1008, message: 'No such user.' },
  CHAT_ERR_RATE_LIMITED: { status: 429, close: 1008, message: 'Too many frames; slow down.' },
  CHAT_ERR_INTERNAL: { status: 500, close: 1011, message: 'Internal error; the frame had no effect.' },
  CHAT_ERR_UNAVAILABLE: { status: 503, close: 1011, message: 'The database is unreachable; send the frame again shortly (same id).' },
  // commands
  CHAT_ERR_NO_SUCH_DEVICE: { status: 404, close: 1008, message: 'No such device.' },
  CHAT_ERR_NO_META: { status: 409, close: 1008, message: 'The device has not published its meta (the commands it accepts); it cannot be commanded yet.' },
  CHAT_ERR_UNKNOWN_COMMAND: { status: 400, close: 1003, message: 'The device does not accept this command.' },
  CHAT_ERR_BAD_PARAMS: { status: 400, close: 1003, message: 'The command parameters do not match what the device declared.' },
  HUB_ERR_NO_META: { status: 409, close: 1008, message: 'The device has not published its meta (the commands it accepts); it cannot be commanded yet.' },
  HUB_ERR_UNKNOWN_COMMAND: { status: 400, close: 1003, message: 'The device does not accept this command.' },
  HUB_ERR_BAD_PARAMS: { status: 400, close: 1003, message: 'The command parameters do not match what the device declared.' },
  // alarms
  ALARM_ERR_NO_SUCH_RULE: { status: 404, close: 1008, message: 'No such alarm rule.' },
  ALARM_ERR_NO_SUCH_ALARM: { status: 404, close: 1008, message: 'No such alarm.' },
  ALARM_ERR_NO_SUCH_WEBHOOK: { status: 404, close: 1008, message: 'No such alarm webhook.' },
  ALARM_ERR_ALREADY_ACKNOWLEDGED: { status: 409, close: 1008, message: 'This alarm is already acknowledged.' },
  CHAT_ERR_NO_SUCH_ALARM: { status: 404, close: 1008, message: 'No such alarm.' },
  CHAT_ERR_ALREADY_ACKNOWLEDGED: { status: 409, close: 1008, message: 'This alarm is already acknowledged.' },
} as const

export type ErrorCode = keyof typeof errorCatalogue

/** An error that knows how it is reported on HTTP and WebSocket. */
export class HubError extends Error {
  readonly code: ErrorCode
  readonly status: number
  readonly closeCode: number
  readonly details: Record<string, unknown> | undefined

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    const entry = errorCatalogue[code]
    super(message ?? entry.message)
    this.name = 'HubError'
    this.code = code
    this.status = entry.status
    this.closeCode = entry.close
    this.details = details
  }

  toJSON(): Record<string, unknown> {
    return { error: { code: this.code, message: this.message, ...this.details } }
  }
}

