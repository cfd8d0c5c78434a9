/**
 * The client side of RFC 6455, as much as a load generator needs: the opening request,
 * masked binary frames (pre-encodable), and a streaming parser of the server's frames.
 * Pure: no sockets.
 */
import { createHash } from 'node:crypto'

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'

export function handshakeRequest(host: string, port: number, path: string, protocol: string, key: string): string {
  return `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`
}

/** RFC 6455 §4.2.2: the Sec-WebSocket-Accept the server must answer for `key`. */
export function acceptFor(key: string): string {
  return createHash('sha1').update(key + GUID).digest('base64')
}

/** Checks a 101 response head; returns an error sentence or null when the upgrade is good. */
export function checkHandshakeResponse(head: string, key: string, protocol: string): string | null {
  const [status, ...lines] = head.split('\r\n')
  if (!/^HTTP\/1\.1 101/.test(status ?? '')) return `upgrade refused: ${status}`
  const headers = new Map<string, string>()
  for (const line of lines) {
    const c = line.indexOf(':')
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim())
  }
  if (headers.get('sec-websocket-accept') !== acceptFor(key)) return 'bad Sec-WebSocket-Accept'
  if (headers.get('sec-websocket-protocol') !== protocol) return `subprotocol not echoed (got ${headers.get('sec-websocket-protocol') ?? 'none'})`
  return null
}

/** Header length of a masked client frame carrying `payloadLength` bytes. */
export function clientHeaderLength(payloadLength: number): number {
  return (payloadLength < 126 ? 2 : payloadLength < 65536 ? 4 : 10) + 4
}

/**
 * Writes one masked frame (FIN set) at `out[offset]`: header, mask, payload XOR mask.
 * Returns the offset after it. opcode 2 = binary, 10 = pong, 8 = close.
 */
export function writeClientFrame(out: Buffer, offset: number, opcode: number, payload: Buffer, mask: Buffer): number {
  const n = payload.length
  out[offset++] = 0x80 | opcode
  if (n < 126) {
    out[offset++] = 0x80 | n
  } else if (n < 65536) {
    out[offset++] = 0x80 | 126
    out.writeUInt16BE(n, offset); offset += 2
  } else {
    out[offset++] = 0x80 | 127
    out.writeUInt32BE(Math.floor(n / 2 ** 32), offset); out.writeUInt32BE(n >>> 0, offset + 4); offset += 8
  }
  mask.copy(out, offset, 0, 4); offset += 4
  for (let i = 0; i < n; i++) out[offset + i] = payload[i]! ^ mask[i & 3]!
  return offset + n
}

export function encodeClientFrame(opcode: number, payload: Buffer, mask: Buffer): Buffer {
  const out = Buffer.allocUnsafe(clientHeaderLength(payload.length) + payload.length)
  writeClientFrame(out, 0, opcode, payload, mask)
  return out
}

export interface FrameHandlers {
  /** Payload bytes of data frames (binary, text, continuation), in order. */
  data(bytes: Buffer, opcode: number): void
  /** A whole data message ended (FIN). */
  messageEnd?(): void
  control(opcode: number, payload: Buffer): void
}

/** Streams server→client frames (unmasked, RFC 6455 §5.1), handing data bytes on without copying. */
export class ServerFrameParser {
  private rest: Buffer | null = null
  private remaining = 0
  private opcode = 0
  private fin = false

  constructor(private readonly h: FrameHandlers) {}

  feed(chunk: Buffer): void {
    let buf = chunk
    if (this.rest) { buf = Buffer.concat([this.rest, chunk]); this.rest = null }
    let i = 0
    while (i < buf.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, buf.length - i)
        this.h.data(buf.subarray(i, i + take), this.opcode)
        i += take
        this.remaining -= take
        if (this.remaining === 0 && this.fin) this.h.messageEnd?.()
        continue
      }
      if (buf.length - i < 2) break
      const b0 = buf[i]!, b1 = buf[i + 1]!
      if (b1 & 0x80) throw new Error('server frames must not be masked (RFC 6455 §5.1)')
      let len = b1 & 0x7f
      let h = 2
      if (len === 126) { if (buf.length - i < 4) break; len = buf.readUInt16BE(i + 2); h = 4 }
      else if (len === 127) { if (buf.length - i < 10) break; len = buf.readUInt32BE(i + 2) * 2 ** 32 + buf.readUInt32BE(i + 6); h = 10 }
      const opcode = b0 & 0x0f
      const fin = (b0 & 0x80) !== 0
      if (opcode >= 8) {
        if (buf.length - i < h + len) break
        this.h.control(opcode, buf.subarray(i + h, i + h + len))
        i += h + len
        continue
      }
      if (opcode !== 0) this.opcode = opcode
      this.fin = fin
      i += h
      this.remaining = len
      if (len === 0 && fin) this.h.messageEnd?.()
    }
    if (i < buf.length) this.rest = Buffer.from(buf.subarray(i))
  }
}
