/**
 * A chat.v1 server frame framed once for a whole fan-out: the RFC 6455 header and the UTF-8 payload
 * in one Buffer, so every session gets the same bytes in one socket write. Server frames are never
 * masked (RFC 6455 §5.1); FIN set, opcode 1 (text) [CHAT-1.2-1]; no extension bits, so only valid
 * on a connection without permessage-deflate (the upgrade layer turns it off).
 */
export interface WireFrame {
  /** The payload alone (UTF-8 JSON), for the fallback through ws.send. */
  readonly payload: Buffer
  /** Header + payload, ready for the socket. */
  readonly wire: Buffer
}

const FIN_TEXT = 0x81

/** Frames `payload` (UTF-8) as one unmasked, final text frame. Pure. */
export function wireTextFrame(payload: Buffer): WireFrame {
  const n = payload.length
  const headerBytes = n < 126 ? 2 : n < 65536 ? 4 : 10
  const wire = Buffer.allocUnsafe(headerBytes + n)
  wire[0] = FIN_TEXT
  if (n < 126) {
    wire[1] = n
  } else if (n < 65536) {
    wire[1] = 126
    wire.writeUInt16BE(n, 2)
  } else {
    wire[1] = 127
    wire.writeUInt32BE(Math.floor(n / 2 ** 32), 2)
    wire.writeUInt32BE(n >>> 0, 6)
  }
  payload.copy(wire, headerBytes)
  return { payload, wire }
}

/** `wireTextFrame` of a JSON text. */
export function wireTextFrameOf(text: string): WireFrame {
  return wireTextFrame(Buffer.from(text))
}
