import type { Readable } from 'node:stream'
import { PacketFramer } from './packet-framer.js'
import type { InboundGate } from './inbound-gate.js'
import { validatePacket, type ProtocolLevel } from './packet-validator.js'
import type { ErrorCode } from '../../errors.js'

/** What to pass to the broker from one chunk, and whether the connection must end after it. */
export interface CheckResult {
  /** Whole, checked packets for aedes (possibly rewritten; at most `maxBatch` of them, see `holding`), or null. */
  accepted: Buffer | null
  stop?: { code: ErrorCode; clause?: string; connack?: Buffer }
}

/**
 * Packets handed to the broker at once. aedes reads a connection's next bytes only once it has
 * handled every packet of its last read, so this bounds what one connection puts in the broker's
 * queue: one TCP read of 64 KiB holds ~5 000 small PUBLISHes, each ~850 bytes of heap while queued.
 */
export const MAX_BATCH_PACKETS = 64

/**
 * One connection's inbound side, transport-blind: cuts the byte stream into whole packets
 * (bounded by size), checks each against the standard, remembers the protocol level of the
 * accepted CONNECT, and hands the packets on at most `maxBatch` at a time: the rest of a read wait
 * here (`holding`, `next()`; see `handOnHeld`) while the bridge stops reading. Used by the WebSocket
 * bridge and by the plain-TCP listener alike.
 */
export class InboundChecker {
  private readonly framer: PacketFramer
  private level: ProtocolLevel = null
  /** Checked packets not yet handed on, oldest first; null when none (the usual case). */
  private held: Buffer[] | null = null

  constructor(maxPacketBytes: number, private readonly maxBatch = MAX_BATCH_PACKETS) {
    this.framer = new PacketFramer(maxPacketBytes)
  }

  /** Checked packets are waiting for `next()`. */
  get holding(): boolean {
    return this.held !== null
  }

  /** The next checked packets (at most `maxBatch`), or null when none is held. */
  next(): Buffer | null {
    const held = this.held
    if (held === null) return null
    const batch = held.length <= this.maxBatch ? held : held.splice(0, this.maxBatch)
    if (batch === held) this.held = null
    return batch.length === 1 ? batch[0]! : Buffer.concat(batch)
  }

  check(chunk: Buffer): CheckResult {
    const framed = this.framer.feed(chunk)
    if (!framed.ok) return { accepted: null, stop: { code: framed.reason === 'too_large' ? 'MQTT_ERR_PACKET_TOO_LARGE' : 'MQTT_ERR_MALFORMED' } }
    const accepted: Buffer[] = []
    let unchanged = true
    let stop: CheckResult['stop']
    for (const packet of framed.packets) {
      const verdict = validatePacket(packet, this.level)
      if (verdict.kind === 'pass') {
        if (verdict.level) this.level = verdict.level
        if (verdict.packet !== packet) unchanged = false
        accepted.push(verdict.packet)
        continue
      }
      // [MQTT-3.2.2-5] a refused CONNECT gets its CONNACK, then the connection closes.
      stop = verdict.kind === 'refuse'
        ? { code: 'MQTT_ERR_CONNECT_REFUSED', clause: verdict.clause, connack: Buffer.from([0x20, 0x02, 0x00, verdict.returnCode]) }
        : { code: 'MQTT_ERR_PROTOCOL', clause: verdict.clause }
      break // what came before the offending packet still reaches the broker, in order
    }
    if (stop) {
      // Everything checked before the offending packet goes to the broker now, ahead of the close.
      const all = this.held === null ? accepted : [...this.held, ...accepted]
      this.held = null
      return { accepted: all.length === 0 ? null : all.length === 1 ? all[0]! : Buffer.concat(all), stop }
    }
    if (this.held !== null) {
      for (const p of accepted) this.held.push(p)
      return { accepted: null }
    }
    if (accepted.length > this.maxBatch) {
      // A read of many packets (a burst, a flood): handed on in batches as the broker takes them.
      this.held = accepted
      return { accepted: this.next() }
    }
    const joined = accepted.length === 0 ? null
      : unchanged ? framed.whole
        : accepted.length === 1 ? accepted[0]! : Buffer.concat(accepted)
    return { accepted: joined }
  }
}

const NOTHING = Buffer.alloc(0)

/**
 * A bridge's `_read` calls this first. While its checker holds packets, it hands aedes the next
 * batch once aedes has taken the last one (the readable side is empty), or, with the gate shut,
 * waits for the gate (`onGateOpen` then pushes the next batch). True while packets are still held:
 * the bridge keeps its socket paused. Every call that hands on nothing pushes an empty chunk, so the
 * stream calls `_read` again when aedes next reads.
 */
export function handOnHeld(stream: Readable, checker: InboundChecker, gate: InboundGate, onGateOpen: () => void): boolean {
  if (!checker.holding) return false
  if (!gate.open) gate.wait(onGateOpen)
  else if (stream.readableLength > 0) stream.push(NOTHING)
  else stream.push(checker.next())
  return checker.holding
}

/**
 * What a bridge does when the gate it waited on opens: the next batch of held packets first (its
 * socket resumes once aedes has taken the last of them, in `_read`), else the socket resumes, unless
 * the readable side is still full (then `_read` resumes it when aedes reads).
 */
export function gateOpened(stream: Readable, checker: InboundChecker, source: { resume(): unknown }): void {
  if (stream.destroyed) return
  if (checker.holding) stream.push(checker.next())
  else if (stream.readableLength < stream.readableHighWaterMark) source.resume()
}
