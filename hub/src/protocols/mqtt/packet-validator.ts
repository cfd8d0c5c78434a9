import { mqttStringFault } from './utf8.js'
import { encodeRemainingLength } from '@tether/protocol'

/**
 * Checks each complete client packet against MQTT 3.1.1 (and 3.1, `MQIsdp`) before aedes'
 * parser sees it. Pure: bytes in, verdict out. The parser is lenient where the standard says
 * MUST (packet id 0, surplus bytes, will QoS 3, empty UNSUBSCRIBE, ill-formed UTF-8 decoded to
 * U+FFFD...), so everything the broker must refuse is refused here, with the clause that says so.
 *
 * Verdicts: `pass` (maybe rewritten: an MQTT 3.1 packet made 3.1.1-shaped, a too-deep topic
 * routed to the drop topic), `close` (close without answering [MQTT-4.8.0-1]), `refuse`
 * (CONNACK with a return code, then close).
 */
export type Verdict =
  | { kind: 'pass'; packet: Buffer; level?: 3 | 4 }
  | { kind: 'close'; clause: string; why: string }
  | { kind: 'refuse'; returnCode: 1 | 2; clause: string; why: string }

/** Protocol level of the accepted CONNECT, null before it. */
export type ProtocolLevel = 3 | 4 | null

/** qlobber's (and so aedes') ceiling: a deeper topic would close the connection in aedes. */
export const MAX_TOPIC_LEVELS = 100

/**
 * Where too-deep topics go. The broker answers a PUBLISH to it normally and forwards it to
 * nobody, and refuses a subscription to it with 0x80 (see broker.ts, DROPPED_TOPIC).
 */
export const DROP_TOPIC = '$tether/dropped'

/** Sub-validators answer SAME for "pass the packet unchanged". */
const SAME: Verdict = { kind: 'pass', packet: Buffer.alloc(0) }
const close = (clause: string, why: string): Verdict => ({ kind: 'close', clause, why })
const refuse = (returnCode: 1 | 2, clause: string, why: string): Verdict => ({ kind: 'refuse', returnCode, clause, why })

class Reader {
  pos = 0
  constructor(private readonly buf: Buffer) {}
  get left(): number { return this.buf.length - this.pos }
  u8(): number | null { return this.left >= 1 ? this.buf[this.pos++]! : null }
  u16(): number | null {
    if (this.left < 2) return null
    const v = this.buf.readUInt16BE(this.pos)
    this.pos += 2
    return v
  }
  /** A two-byte-length-prefixed field [MQTT-1.5.3], or null when truncated. */
  field(): Buffer | null {
    const n = this.u16()
    if (n === null || this.left < n) return null
    const out = this.buf.subarray(this.pos, this.pos + n)
    this.pos += n
    return out
  }
}


function frame(firstByte: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([firstByte, ...encodeRemainingLength(body.length)]), body])
}

function field(bytes: Buffer | string): Buffer {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  return Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b])
}

function levels(topic: Buffer): number {
  let n = 1
  for (const b of topic) if (b === 0x2f) n++
  return n
}

function stringVerdict(bytes: Buffer, what: string): Verdict | null {
  const fault = mqttStringFault(bytes)
  if (fault === 'ill-formed') return close('MQTT-1.5.3-1', `${what} is ill-formed UTF-8`)
  if (fault === 'null') return close('MQTT-1.5.3-2', `${what} holds U+0000`)
  if (fault === 'noncharacter') return close('MQTT-1.5.3-1', `${what} holds a Unicode noncharacter`)
  return null
}

/** Validates one complete packet (fixed header included) sent by a client at `level`. */
export function validatePacket(packet: Buffer, level: ProtocolLevel): Verdict {
  const first = packet[0]!
  const type = first >> 4
  const flags = first & 0x0f
  let h = 1
  while (packet[h]! & 0x80) h++
  if (type === 3 && level !== null) {
    const verdict = validatePublish(first, packet, h + 1)
    return verdict === SAME ? { kind: 'pass', packet } : verdict
  }
  const body = packet.subarray(h + 1)

  if (type === 1) return level === null ? validateConnect(flags, body) : close('MQTT-3.1.0-2', 'second CONNECT')
  if (level === null) return close('MQTT-3.1.0-1', 'first packet is not CONNECT')
  const verdict = validateOther(type, first, flags, body, level)
  return verdict === SAME ? { kind: 'pass', packet } : verdict
}

function validateOther(type: number, first: number, flags: number, body: Buffer, level: ProtocolLevel): Verdict {
  switch (type) {
    case 4: case 5: case 7: case 6: return validateAck(type, flags, body, level)
    case 8: case 10: return validateSubscription(type, flags, body)
    case 12: case 14:
      if (flags !== 0) return close('MQTT-2.2.2-2', 'reserved flags are not 0')
      return body.length === 0 ? SAME : close('MQTT-4.8.0-1', 'remaining length must be 0')
    case 2: case 9: case 11: case 13: return close('MQTT-4.8.0-1', 'packet type sent only by a server')
    default: return close('MQTT-4.8.0-1', 'reserved packet type')
  }
}

function validateConnect(flags: number, body: Buffer): Verdict {
  if (flags !== 0) return close('MQTT-2.2.2-2', 'CONNECT reserved flags are not 0')
  const r = new Reader(body)
  const name = r.field()
  if (name === null) return close('MQTT-4.8.0-1', 'truncated CONNECT')
  const protocol = name.toString('latin1')
  if (protocol !== 'MQTT' && protocol !== 'MQIsdp') return close('MQTT-3.1.2-1', 'unknown protocol name')
  const rawLevel = r.u8()
  if (rawLevel === null) return close('MQTT-4.8.0-1', 'truncated CONNECT')
  const v31 = protocol === 'MQIsdp'
  // 0x80 is the bridge bit some brokers set; the level is the low seven bits.
  if ((rawLevel & 0x7f) !== (v31 ? 3 : 4)) return refuse(1, 'MQTT-3.1.2-2', 'unsupported protocol level')
  const flagsAt = r.pos
  let connectFlags = r.u8()
  if (connectFlags === null || r.u16() === null) return close('MQTT-4.8.0-1', 'truncated CONNECT')
  if (connectFlags & 0x01) {
    // MQTT 3.1 left the bit unspecified: clear it rather than refuse the client.
    if (!v31) return close('MQTT-3.1.2-3', 'CONNECT reserved flag is not 0')
    connectFlags &= ~0x01
  }
  const will = (connectFlags & 0x04) !== 0
  const willQos = (connectFlags >> 3) & 0x03
  const willRetain = (connectFlags & 0x20) !== 0
  if (willQos === 3) return close('MQTT-3.1.2-14', 'will QoS 3')
  if (!will && (willQos !== 0 || willRetain)) {
    if (!v31) return close(willQos !== 0 ? 'MQTT-3.1.2-13' : 'MQTT-3.1.2-15', 'will QoS or retain without a will')
    connectFlags &= ~0x38
  }
  const hasUser = (connectFlags & 0x80) !== 0
  const hasPassword = (connectFlags & 0x40) !== 0
  if (!hasUser && hasPassword && !v31) return close('MQTT-3.1.2-22', 'password flag without user name flag')

  const clientId = r.field()
  if (clientId === null) return close('MQTT-4.8.0-1', 'truncated client identifier')
  const idFault = stringVerdict(clientId, 'client identifier')
  if (idFault) return idFault
  if (clientId.length === 0) {
    // MQTT 3.1 requires 1..23 characters; 3.1.1 allows empty only with clean session.
    if (v31) return refuse(2, 'MQTT-3.1.3-8', 'MQTT 3.1 requires a client identifier')
    if ((connectFlags & 0x02) === 0) return refuse(2, 'MQTT-3.1.3-8', 'empty client identifier without clean session')
  }
  if (will) {
    const topic = r.field()
    if (topic === null || r.field() === null) return close('MQTT-3.1.2-9', 'truncated will topic or message')
    if (topic.length === 0) return close('MQTT-4.7.3-1', 'zero-length will topic')
    const topicFault = stringVerdict(topic, 'will topic')
    if (topicFault) return topicFault
    if (topic.includes(0x23) || topic.includes(0x2b)) return close('MQTT-3.3.2-2', 'wildcard in will topic')
    if (levels(topic) > MAX_TOPIC_LEVELS) return close('MQTT-3.1.4-1', 'will topic deeper than the level limit')
  }
  let end = -1 // where an MQTT 3.1 CONNECT is cut when its flags promise fields it lacks
  if (hasUser) {
    const at = r.pos
    const user = r.field()
    if (user === null) {
      if (!v31) return close('MQTT-3.1.2-19', 'user name flag set but no user name')
      connectFlags &= ~0xc0
      end = at
    } else {
      const userFault = stringVerdict(user, 'user name')
      if (userFault) return userFault
    }
  }
  if (end === -1 && (connectFlags & 0x40)) {
    const at = r.pos
    if (r.field() === null) {
      if (!v31) return close('MQTT-3.1.2-21', 'password flag set but no password')
      connectFlags &= ~0x40
      end = at
    }
  }
  if (end === -1 && r.left > 0) {
    const clause = !hasUser ? 'MQTT-3.1.2-18' : !hasPassword ? 'MQTT-3.1.2-20' : 'MQTT-4.8.0-1'
    return close(clause, 'bytes after the last field the flags announce')
  }
  const level = v31 ? 3 : 4
  if (connectFlags === body[flagsAt] && end === -1) return { kind: 'pass', packet: frame(0x10, body), level }
  const fixed = Buffer.from(end === -1 ? body : body.subarray(0, end))
  fixed[flagsAt] = connectFlags
  return { kind: 'pass', packet: frame(0x10, fixed), level }
}

// The hot path: one pass over the topic bytes, no allocation for an ordinary PUBLISH.
function validatePublish(first: number, packet: Buffer, at: number): Verdict {
  const qos = (first >> 1) & 0x03
  if (qos === 3) return close('MQTT-3.3.1-4', 'PUBLISH with QoS 3')
  if (qos === 0 && (first & 0x08)) return close('MQTT-3.3.1-2', 'DUP set on a QoS 0 PUBLISH')
  if (packet.length - at < 2) return close('MQTT-4.8.0-1', 'truncated PUBLISH topic')
  const length = packet.readUInt16BE(at)
  const from = at + 2
  const to = from + length
  if (to > packet.length) return close('MQTT-4.8.0-1', 'truncated PUBLISH topic')
  if (length === 0) return close('MQTT-4.7.3-1', 'zero-length topic name')
  let ascii = true
  let levels = 1
  for (let i = from; i < to; i++) {
    const b = packet[i]!
    if (b === 0x2f) levels++
    else if (b === 0x23 || b === 0x2b) return close('MQTT-3.3.2-2', 'wildcard in topic name')
    else if (b === 0) return close('MQTT-1.5.3-2', 'topic name holds U+0000')
    else if (b >= 0x80) ascii = false
  }
  if (!ascii) {
    const fault = stringVerdict(packet.subarray(from, to), 'topic name')
    if (fault) return fault
  }
  if (qos > 0) {
    if (packet.length - to < 2) return close('MQTT-4.8.0-1', 'truncated packet identifier')
    if (packet.readUInt16BE(to) === 0) return close('MQTT-2.3.1-1', 'packet identifier 0')
  }
  if (levels > MAX_TOPIC_LEVELS) {
    // [MQTT-3.8.4-1] spirit for PUBLISH: acknowledge, deliver to nobody; never close.
    const id = qos > 0 ? packet.subarray(to, to + 2) : Buffer.alloc(0)
    return { kind: 'pass', packet: frame(first & ~0x01, Buffer.concat([field(DROP_TOPIC), id])) }
  }
  return SAME
}

function validateAck(type: number, flags: number, body: Buffer, level: ProtocolLevel): Verdict {
  let first = (type << 4) | flags
  if (type === 6) {
    // MQTT 3.1 let a retried PUBREL carry DUP=1; 3.1.1 fixes the flags at 0010.
    if (level === 3 && flags === 0x0a) first = 0x62
    else if (flags !== 0x02) return close('MQTT-3.6.1-1', 'PUBREL flags are not 0010')
  } else if (flags !== 0) return close('MQTT-2.2.2-2', 'reserved flags are not 0')
  if (body.length !== 2) return close('MQTT-4.8.0-1', 'acknowledgement remaining length is not 2')
  if (body.readUInt16BE(0) === 0) return close('MQTT-2.3.1-1', 'packet identifier 0')
  return first === ((type << 4) | flags) ? SAME : { kind: 'pass', packet: frame(first, body) }
}

function validateSubscription(type: number, flags: number, body: Buffer): Verdict {
  const subscribe = type === 8
  if (flags !== 0x02) return close(subscribe ? 'MQTT-3.8.1-1' : 'MQTT-3.10.1-1', 'reserved flags are not 0010')
  const r = new Reader(body)
  const id = r.u16()
  if (id === null) return close('MQTT-4.8.0-1', 'truncated packet identifier')
  if (id === 0) return close('MQTT-2.3.1-1', 'packet identifier 0')
  const out: Buffer[] = [body.subarray(0, 2)]
  let rewritten = false
  let count = 0
  while (r.left > 0) {
    const filter = r.field()
    if (filter === null) return close('MQTT-4.8.0-1', 'truncated topic filter')
    if (filter.length === 0) return close('MQTT-4.7.3-1', 'zero-length topic filter')
    const fault = stringVerdict(filter, 'topic filter')
    if (fault) return fault
    let qos: number[] = []
    if (subscribe) {
      const q = r.u8()
      if (q === null) return close('MQTT-4.8.0-1', 'truncated requested QoS')
      if (q > 2) return close('MQTT-3.8.3-4', 'requested QoS byte is not 0, 1 or 2')
      qos = [q]
    }
    count++
    // [MQTT-3.8.4-1] a filter the broker cannot hold gets 0x80, not a closed connection.
    if (levels(filter) > MAX_TOPIC_LEVELS) { rewritten = true; out.push(field(DROP_TOPIC), Buffer.from(qos)) } else out.push(field(filter), Buffer.from(qos))
  }
  if (count === 0) return close(subscribe ? 'MQTT-3.8.3-3' : 'MQTT-3.10.3-2', 'no topic filter')
  return rewritten ? { kind: 'pass', packet: frame((type << 4) | flags, Buffer.concat(out)) } : SAME
}
