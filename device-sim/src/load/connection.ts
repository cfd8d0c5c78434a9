/**
 * One MQTT-over-WebSocket client connection on a raw TCP socket: handshake, CONNECT, then
 * pre-encoded masked frames written as they are. Everything protocol-shaped is in the pure
 * codecs; this file only moves bytes.
 */
import net from 'node:net'
import { randomBytes } from 'node:crypto'
import { handshakeRequest, checkHandshakeResponse, encodeClientFrame, ServerFrameParser } from './ws-frame.js'
import { MqttStreamParser, PacketType, encodeConnect, PINGREQ, DISCONNECT, type ConnectOptions } from './mqtt-codec.js'

export interface Target {
  host: string
  port: number
  path: string
  protocol: string
}

export function parseTarget(url: string): Target {
  const u = new URL(url)
  if (u.protocol !== 'ws:') throw new Error(`only ws:// URLs are supported by the load generator (got ${u.protocol})`)
  return { host: u.hostname, port: Number(u.port || 80), path: u.pathname + u.search, protocol: 'mqtt' }
}

export type PacketListener = (type: number, flags: number, body: Buffer) => void

export class LoadConnection {
  /** Per-connection mask key: frames are pre-masked once per template, not per message. */
  readonly mask = randomBytes(4)
  onPacket: PacketListener = () => {}
  onClose: (err?: Error) => void = () => {}
  closed = false

  private constructor(readonly socket: net.Socket) {}

  static open(target: Target, connect: ConnectOptions, timeoutMs = 10_000): Promise<LoadConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: target.host, port: target.port, noDelay: true })
      const conn = new LoadConnection(socket)
      const key = randomBytes(16).toString('base64')
      let head = Buffer.alloc(0)
      let upgraded = false
      let settled = false
      const timer = setTimeout(() => fail(new Error('connect timed out')), timeoutMs)
      function fail(err: Error): void {
        if (settled) return
        settled = true
        clearTimeout(timer)
        socket.destroy()
        reject(err)
      }
      const frames = new ServerFrameParser({
        data: bytes => mqtt.feed(bytes),
        control: (opcode, payload) => {
          if (opcode === 9) socket.write(encodeClientFrame(10, Buffer.from(payload), conn.mask))
          else if (opcode === 8) { socket.end(); }
        },
      })
      const mqtt = new MqttStreamParser((type, flags, body) => {
        if (!settled && type === PacketType.CONNACK) {
          const rc = body[1] ?? 255
          if (rc !== 0) return fail(new Error(`CONNACK return code ${rc}`))
          settled = true
          clearTimeout(timer)
          return resolve(conn)
        }
        conn.onPacket(type, flags, body)
      })
      socket.on('error', err => { fail(err); conn.closeWith(err) })
      socket.on('close', () => { fail(new Error('socket closed during connect')); conn.closeWith() })
      socket.on('connect', () => socket.write(handshakeRequest(target.host, target.port, target.path, target.protocol, key)))
      socket.on('data', (chunk: Buffer) => {
        if (upgraded) return frames.feed(chunk)
        head = Buffer.concat([head, chunk])
        const end = head.indexOf('\r\n\r\n')
        if (end < 0) { if (head.length > 16384) fail(new Error('oversized handshake response')); return }
        const problem = checkHandshakeResponse(head.toString('latin1', 0, end), key, target.protocol)
        if (problem) return fail(new Error(problem))
        upgraded = true
        socket.write(encodeClientFrame(2, encodeConnect(connect), conn.mask))
        if (head.length > end + 4) frames.feed(head.subarray(end + 4))
      })
    })
  }

  private closeWith(err?: Error): void {
    if (this.closed) return
    this.closed = true
    this.onClose(err)
  }

  /** Queues already-framed bytes; false when the socket's buffer is past its high-water mark. */
  write(frames: Buffer): boolean {
    return this.socket.write(frames)
  }

  /** One MQTT packet as one binary frame (not the hot path). */
  sendPacket(packet: Buffer): void {
    this.socket.write(encodeClientFrame(2, packet, this.mask))
  }

  ping(): void { this.sendPacket(PINGREQ) }

  /** Polite end: DISCONNECT, then FIN. */
  end(): void {
    if (this.closed) return
    this.sendPacket(DISCONNECT)
    this.socket.end()
  }
}
