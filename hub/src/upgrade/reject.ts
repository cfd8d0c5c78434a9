import type { Duplex } from 'node:stream'
import { STATUS_CODES } from 'node:http'
import { HubError } from '../errors.js'
import { SUPPORTED_SUBPROTOCOLS } from './subprotocol.js'

/**
 * Answers a refused upgrade with a plain HTTP response before any 101, so the reason is visible
 * (browsers otherwise report only "Sent non-empty Sec-WebSocket-Protocol header but no response").
 */
export function rejectUpgrade(socket: Duplex, error: HubError): void {
  const body = JSON.stringify({
    error: { code: error.code, message: error.message, ...error.details },
    supportedSubprotocols: SUPPORTED_SUBPROTOCOLS,
  })
  const head = [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    '',
  ].join('\r\n')
  if (socket.writable) socket.end(head + body)
  else socket.destroy()
}
