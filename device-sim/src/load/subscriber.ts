/**
 * The measuring subscriber: one connection on a filter, counting deliveries and the latency
 * from the payload's send time to arrival. QoS 1 deliveries are acknowledged in one write per tick.
 */
import { LoadConnection, parseTarget } from './connection.js'
import { encodeSubscribe, encodePuback, PacketType, publishPayloadOffset } from './mqtt-codec.js'
import { readSendTime } from './payload.js'
import { Reservoir } from './percentiles.js'
import { clientHeaderLength, writeClientFrame } from './ws-frame.js'
import { wallMicros } from './protocol.js'

export interface SubscriberOptions {
  url: string
  filter: string
  qos: 0 | 1
  clientId: string
  username?: string
  password?: string
  reservoirSize: number
  /** false: a persistent session (the broker stores each QoS 1 message until its PUBACK). Default true. */
  clean?: boolean
}

export class MeasuringSubscriber {
  received = 0
  receivedInWindow = 0
  windowStartMs = Infinity
  windowEndMs = Infinity
  readonly latencyMicros: Reservoir
  private acks: number[] = []
  private ackScheduled = false

  private constructor(private readonly conn: LoadConnection, opts: SubscriberOptions) {
    this.latencyMicros = new Reservoir(opts.reservoirSize)
    conn.onPacket = this.onPacket
  }

  static async open(opts: SubscriberOptions): Promise<MeasuringSubscriber> {
    const conn = await LoadConnection.open(parseTarget(opts.url), { clientId: opts.clientId, username: opts.username, password: opts.password, keepaliveSeconds: 300, clean: opts.clean ?? true })
    const sub = new MeasuringSubscriber(conn, opts)
    const granted = await new Promise<number>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no SUBACK')), 10_000)
      sub.onSuback = code => { clearTimeout(t); resolve(code) }
      conn.sendPacket(encodeSubscribe(1, opts.filter, opts.qos))
    })
    if (granted === 0x80) throw new Error(`subscription to ${opts.filter} refused (SUBACK 0x80)`)
    return sub
  }

  private onSuback: (code: number) => void = () => {}

  private readonly onPacket = (type: number, flags: number, body: Buffer): void => {
    if (type === PacketType.PUBLISH) {
      this.received += 1
      const now = Date.now()
      if (now >= this.windowStartMs && now < this.windowEndMs) {
        this.receivedInWindow += 1
        const sent = readSendTime(body, publishPayloadOffset(flags, body))
        if (sent > 0) this.latencyMicros.add(wallMicros() - sent)
      }
      if ((flags & 0x06) !== 0) this.ack(body)
    } else if (type === PacketType.SUBACK) {
      this.onSuback(body[2] ?? 0x80)
    }
  }

  private ack(body: Buffer): void {
    const topicLen = (body[0]! << 8) | body[1]!
    this.acks.push(body.readUInt16BE(2 + topicLen))
    if (!this.ackScheduled) { this.ackScheduled = true; setImmediate(this.flushAcks) }
  }

  private readonly flushAcks = (): void => {
    this.ackScheduled = false
    const frame = clientHeaderLength(4) + 4
    const out = Buffer.allocUnsafe(frame * this.acks.length)
    let off = 0
    for (const id of this.acks) off = writeClientFrame(out, off, 2, encodePuback(id), this.conn.mask)
    this.acks = []
    this.conn.write(out)
  }

  close(): void { this.conn.end() }
}
