import { PacketFramer } from './packet-framer.js'
import { validatePacket, type ProtocolLevel } from './packet-validator.js'
import type { ErrorCode } from '../../errors.js'

/** What to pass to the broker from one chunk, and whether the connection must end after it. */
export interface CheckResult {
  /** Whole, checked packets for aedes (possibly rewritten), or null. */
  accepted: Buffer | null
  stop?: { code: ErrorCode; clause?: string; connack?: Buffer }
}

/**
 * One connection's inbound side, transport-blind: cuts the byte stream into whole packets
 * (bounded by size), checks each against the standard, remembers the protocol level of the
 * accepted CONNECT. Used by the WebSocket bridge and by the plain-TCP listener alike.
 */
export class InboundChecker {
  private readonly framer: PacketFramer
  private level: ProtocolLevel = null

  constructor(maxPacketBytes: number) {
    this.framer = new PacketFramer(maxPacketBytes)
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
    const joined = accepted.length === 0 ? null
      : !stop && unchanged ? framed.whole
        : accepted.length === 1 ? accepted[0]! : Buffer.concat(accepted)
    return stop ? { accepted: joined, stop } : { accepted: joined }
  }
}
