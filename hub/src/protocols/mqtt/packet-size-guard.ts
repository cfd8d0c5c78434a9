/**
 * Tracks MQTT packet boundaries in a byte stream, only far enough to bound packet size.
 * Pure and incremental: feed it chunks as they arrive; it reads each fixed header
 * (type byte + Remaining Length varint, [MQTT-2.2.3]) and skips the body.
 *
 * Why: ws `maxPayload` bounds one WebSocket message, but one MQTT packet may span many
 * messages, and aedes/mqtt-packet buffer a whole packet with no size limit. The guard
 * refuses a packet as soon as its declared length is over the limit, before its body arrives.
 */
export type GuardVerdict =
  | { ok: true; packetsCompleted: number }
  | { ok: false; reason: 'too_large'; declaredBytes: number }
  | { ok: false; reason: 'malformed' }

export class PacketSizeGuard {
  private state: 'type' | 'length' | 'body' = 'type'
  private remaining = 0
  private multiplier = 1
  private lengthBytes = 0
  private failed = false

  constructor(private readonly maxPacketBytes: number) {}

  feed(chunk: Uint8Array): GuardVerdict {
    if (this.failed) return { ok: false, reason: 'malformed' }
    let completed = 0
    let i = 0
    while (i < chunk.length) {
      if (this.state === 'type') {
        i += 1
        this.state = 'length'
        this.remaining = 0
        this.multiplier = 1
        this.lengthBytes = 0
        continue
      }
      if (this.state === 'length') {
        const byte = chunk[i++]!
        this.lengthBytes += 1
        this.remaining += (byte & 0x7f) * this.multiplier
        this.multiplier *= 128
        if (byte & 0x80) {
          // [MQTT-2.2.3] Remaining Length uses at most four bytes.
          if (this.lengthBytes === 4) { this.failed = true; return { ok: false, reason: 'malformed' } }
          continue
        }
        const total = 1 + this.lengthBytes + this.remaining
        if (total > this.maxPacketBytes) {
          this.failed = true
          return { ok: false, reason: 'too_large', declaredBytes: total }
        }
        if (this.remaining === 0) { completed += 1; this.state = 'type' } else this.state = 'body'
        continue
      }
      const take = Math.min(this.remaining, chunk.length - i)
      i += take
      this.remaining -= take
      if (this.remaining === 0) { completed += 1; this.state = 'type' }
    }
    return { ok: true, packetsCompleted: completed }
  }
}
