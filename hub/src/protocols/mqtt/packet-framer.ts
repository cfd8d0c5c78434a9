import { PacketSizeGuard, type GuardVerdict } from './packet-size-guard.js'

export type FramerVerdict =
  /** `whole`: the packets as one contiguous buffer (no copy), or null when there are none. */
  | { ok: true; packets: Buffer[]; whole: Buffer | null }
  | Exclude<GuardVerdict, { ok: true }>

/**
 * Cuts a byte stream into whole MQTT packets (fixed header included), so each can be validated
 * before the broker's parser sees it. The size guard refuses an over-size packet from its fixed
 * header, so at most one packet under the limit is ever buffered. Pure and incremental.
 */
export class PacketFramer {
  private readonly guard: PacketSizeGuard
  private pending: Buffer[] = []
  private pendingBytes = 0

  constructor(maxPacketBytes: number) {
    this.guard = new PacketSizeGuard(maxPacketBytes)
  }

  feed(chunk: Buffer): FramerVerdict {
    const verdict = this.guard.feed(chunk)
    if (!verdict.ok) return verdict
    this.pending.push(chunk)
    this.pendingBytes += chunk.length
    if (verdict.packetsCompleted === 0) return { ok: true, packets: [], whole: null }
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes)
    const packets: Buffer[] = []
    let at = 0
    for (let n = 0; n < verdict.packetsCompleted; n++) {
      let length = 0
      let multiplier = 1
      let i = at + 1
      for (;;) {
        const byte = all[i++]!
        length += (byte & 0x7f) * multiplier
        multiplier *= 128
        if ((byte & 0x80) === 0) break
      }
      packets.push(at === 0 && i + length === all.length ? all : all.subarray(at, i + length))
      at = i + length
    }
    const whole = at === all.length ? all : all.subarray(0, at)
    if (at === all.length) {
      this.pending = []
      this.pendingBytes = 0
    } else {
      this.pending = [all.subarray(at)]
      this.pendingBytes = all.length - at
    }
    return { ok: true, packets, whole }
  }
}
