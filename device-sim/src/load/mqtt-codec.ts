/**
 * The few MQTT 3.1.1 packets a load generator needs, encoded by hand so publishes can be
 * pre-encoded once and patched in place (no per-message object → bytes work), and a streaming
 * parser that tolerates packets split across or packed into WebSocket messages.
 * Pure: no sockets, no clocks.
 */

import { encodeRemainingLength as remainingLengthBytes } from '@tether/protocol'
export const PacketType = {
  CONNECT: 1, CONNACK: 2, PUBLISH: 3, PUBACK: 4, SUBSCRIBE: 8, SUBACK: 9, PINGREQ: 12, PINGRESP: 13, DISCONNECT: 14,
} as const

/** Remaining Length as the 1–4 byte varint of [MQTT-2.2.3]. */
export function encodeRemainingLength(n: number): Buffer {
  return Buffer.from(remainingLengthBytes(n))
}

function str(s: string | Buffer): Buffer {
  const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s
  const len = Buffer.allocUnsafe(2)
  len.writeUInt16BE(b.length)
  return Buffer.concat([len, b])
}

function packet(first: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([first]), encodeRemainingLength(body.length), body])
}

export interface ConnectOptions {
  clientId: string
  username?: string
  password?: string
  keepaliveSeconds: number
  clean: boolean
}

export function encodeConnect(o: ConnectOptions): Buffer {
  let flags = o.clean ? 0x02 : 0
  if (o.username !== undefined) flags |= 0x80
  if (o.password !== undefined) flags |= 0x40
  const head = Buffer.from([0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x04, flags, (o.keepaliveSeconds >> 8) & 0xff, o.keepaliveSeconds & 0xff])
  const parts = [head, str(o.clientId)]
  if (o.username !== undefined) parts.push(str(o.username))
  if (o.password !== undefined) parts.push(str(o.password))
  return packet(0x10, Buffer.concat(parts))
}

export function encodeSubscribe(packetId: number, filter: string, qos: 0 | 1): Buffer {
  const id = Buffer.from([packetId >> 8, packetId & 0xff])
  // [MQTT-3.8.1-1] SUBSCRIBE's fixed-header flags are 0010.
  return packet(0x82, Buffer.concat([id, str(filter), Buffer.from([qos])]))
}

export function encodePuback(packetId: number): Buffer {
  return Buffer.from([0x40, 0x02, packetId >> 8, packetId & 0xff])
}

export const PINGREQ = Buffer.from([0xc0, 0x00])
export const DISCONNECT = Buffer.from([0xe0, 0x00])

/** A PUBLISH with the offsets a sender patches per message. packetIdOffset is -1 at QoS 0. */
export interface PublishTemplate {
  bytes: Buffer
  packetIdOffset: number
  payloadOffset: number
}

export function encodePublishTemplate(topic: string, payload: Buffer, qos: 0 | 1): PublishTemplate {
  const t = str(topic)
  const idLen = qos > 0 ? 2 : 0
  const remaining = t.length + idLen + payload.length
  const rl = encodeRemainingLength(remaining)
  const bytes = Buffer.alloc(1 + rl.length + remaining)
  bytes[0] = 0x30 | (qos << 1)
  rl.copy(bytes, 1)
  let o = 1 + rl.length
  t.copy(bytes, o); o += t.length
  const packetIdOffset = qos > 0 ? o : -1
  if (qos > 0) { bytes.writeUInt16BE(1, o); o += 2 }
  payload.copy(bytes, o)
  return { bytes, packetIdOffset, payloadOffset: o }
}

export type PacketHandler = (type: number, flags: number, body: Buffer) => void

/**
 * Streaming parser: feed any byte chunks; it calls back once per whole packet with the body
 * (everything after the fixed header). A body may be a view into the chunk: use it synchronously.
 */
export class MqttStreamParser {
  private rest: Buffer | null = null

  constructor(private readonly onPacket: PacketHandler, private readonly maxPacketBytes = 16 * 1024 * 1024) {}

  feed(chunk: Buffer): void {
    let buf = this.rest ? Buffer.concat([this.rest, chunk]) : chunk
    this.rest = null
    let i = 0
    while (i < buf.length) {
      if (buf.length - i < 2) break
      let len = 0
      let mult = 1
      let j = i + 1
      let complete = false
      for (let k = 0; k < 4 && j < buf.length; k++) {
        const b = buf[j++]!
        len += (b & 0x7f) * mult
        mult *= 128
        if ((b & 0x80) === 0) { complete = true; break }
        if (k === 3) throw new Error('malformed remaining length')
      }
      if (!complete) break
      if (len > this.maxPacketBytes) throw new Error(`packet of ${len} bytes over limit`)
      if (buf.length - j < len) break
      const first = buf[i]!
      this.onPacket(first >> 4, first & 0x0f, buf.subarray(j, j + len))
      i = j + len
    }
    if (i < buf.length) this.rest = Buffer.from(buf.subarray(i))
  }
}

/** Topic and payload of a PUBLISH body (flags from the fixed header). */
export function readPublish(flags: number, body: Buffer): { topic: string; qos: number; packetId: number; payload: Buffer } {
  const topicLen = body.readUInt16BE(0)
  const qos = (flags >> 1) & 0x03
  let o = 2 + topicLen
  let packetId = 0
  if (qos > 0) { packetId = body.readUInt16BE(o); o += 2 }
  return { topic: body.toString('utf8', 2, 2 + topicLen), qos, packetId, payload: body.subarray(o) }
}

/** Offset of the payload in a PUBLISH body, without decoding the topic (hot path). */
export function publishPayloadOffset(flags: number, body: Buffer): number {
  const topicLen = (body[0]! << 8) | body[1]!
  return 2 + topicLen + (((flags >> 1) & 0x03) > 0 ? 2 : 0)
}
