import { describe, it, expect } from '@jest/globals'
import { validatePacket, DROP_TOPIC, type ProtocolLevel } from './packet-validator.js'

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex')
const toHex = (b: Buffer) => [...b].map(x => x.toString(16).padStart(2, '0')).join(' ')
const s = (t: string) => { const b = Buffer.from(t, 'latin1'); return toHex(Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b])) }
const deep = (n: number) => Array.from({ length: n }, () => 'x').join('/')
function pkt(first: number, body: string): string {
  const b = hex(body)
  const rl: number[] = []
  let n = b.length
  do { let x = n % 128; n = Math.floor(n / 128); if (n > 0) x |= 0x80; rl.push(x) } while (n > 0)
  return toHex(Buffer.concat([Buffer.from([first, ...rl]), b]))
}
const MQTT = s('MQTT')
const MQISDP = s('MQIsdp')

type Row = [string, string, ProtocolLevel, { kind: 'pass'; packet?: string; level?: 3 | 4 } | { kind: 'close' | 'refuse'; clause: string; returnCode?: number }]

describe('validatePacket', () => {
  it.each<Row>([
    // CONNECT
    ['a plain 3.1.1 CONNECT', pkt(0x10, `${MQTT} 04 02 00 3c ${s('c')}`), null, { kind: 'pass', packet: pkt(0x10, `${MQTT} 04 02 00 3c ${s('c')}`), level: 4 }],
    ['an MQTT 3.1 CONNECT', pkt(0x10, `${MQISDP} 03 02 00 3c ${s('c')}`), null, { kind: 'pass', level: 3 }],
    ['a second CONNECT', pkt(0x10, `${MQTT} 04 02 00 3c ${s('c')}`), 4, { kind: 'close', clause: 'MQTT-3.1.0-2' }],
    ['PUBLISH before CONNECT', '30 03 00 01 61', null, { kind: 'close', clause: 'MQTT-3.1.0-1' }],
    ['unknown protocol name', pkt(0x10, `${s('MQTX')} 04 02 00 3c ${s('c')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-1' }],
    ['level 5', pkt(0x10, `${MQTT} 05 02 00 3c ${s('c')}`), null, { kind: 'refuse', clause: 'MQTT-3.1.2-2', returnCode: 1 }],
    ['level 3 under the name MQTT', pkt(0x10, `${MQTT} 03 02 00 3c ${s('c')}`), null, { kind: 'refuse', clause: 'MQTT-3.1.2-2', returnCode: 1 }],
    ['reserved flag (3.1.1)', pkt(0x10, `${MQTT} 04 03 00 3c ${s('c')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-3' }],
    ['reserved flag (3.1) is cleared', pkt(0x10, `${MQISDP} 03 03 00 3c ${s('c')}`), null, { kind: 'pass', packet: pkt(0x10, `${MQISDP} 03 02 00 3c ${s('c')}`), level: 3 }],
    ['will QoS 3', pkt(0x10, `${MQTT} 04 1e 00 3c ${s('c')} ${s('w')} ${s('m')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-14' }],
    ['will QoS without will', pkt(0x10, `${MQTT} 04 0a 00 3c ${s('c')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-13' }],
    ['will retain without will', pkt(0x10, `${MQTT} 04 22 00 3c ${s('c')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-15' }],
    ['password without user name', pkt(0x10, `${MQTT} 04 42 00 3c ${s('c')} ${s('p')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-22' }],
    ['unannounced user name', pkt(0x10, `${MQTT} 04 02 00 3c ${s('c')} ${s('u')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-18' }],
    ['unannounced password', pkt(0x10, `${MQTT} 04 82 00 3c ${s('c')} ${s('u')} ${s('p')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-20' }],
    ['missing user name', pkt(0x10, `${MQTT} 04 82 00 3c ${s('c')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-19' }],
    ['missing password', pkt(0x10, `${MQTT} 04 c2 00 3c ${s('c')} ${s('u')}`), null, { kind: 'close', clause: 'MQTT-3.1.2-21' }],
    ['3.1: missing user name is ignored', pkt(0x10, `${MQISDP} 03 82 00 3c ${s('c')}`), null, { kind: 'pass', packet: pkt(0x10, `${MQISDP} 03 02 00 3c ${s('c')}`), level: 3 }],
    ['empty client id, clean 0', pkt(0x10, `${MQTT} 04 00 00 3c 00 00`), null, { kind: 'refuse', clause: 'MQTT-3.1.3-8', returnCode: 2 }],
    ['empty client id, clean 1', pkt(0x10, `${MQTT} 04 02 00 3c 00 00`), null, { kind: 'pass', level: 4 }],
    ['3.1: empty client id', pkt(0x10, `${MQISDP} 03 02 00 3c 00 00`), null, { kind: 'refuse', clause: 'MQTT-3.1.3-8', returnCode: 2 }],
    ['zero-length will topic', pkt(0x10, `${MQTT} 04 06 00 3c ${s('c')} 00 00 ${s('m')}`), null, { kind: 'close', clause: 'MQTT-4.7.3-1' }],
    ['will topic U+D800', pkt(0x10, `${MQTT} 04 06 00 3c ${s('c')} 00 03 ed a0 80 ${s('m')}`), null, { kind: 'close', clause: 'MQTT-1.5.3-1' }],
    ['will topic U+0000', pkt(0x10, `${MQTT} 04 06 00 3c ${s('c')} 00 01 00 ${s('m')}`), null, { kind: 'close', clause: 'MQTT-1.5.3-2' }],
    ['will topic with +', pkt(0x10, `${MQTT} 04 06 00 3c ${s('c')} ${s('a/+')} ${s('m')}`), null, { kind: 'close', clause: 'MQTT-3.3.2-2' }],
    ['truncated will message', pkt(0x10, `${MQTT} 04 06 00 3c ${s('c')} ${s('w')} 00 05`), null, { kind: 'close', clause: 'MQTT-3.1.2-9' }],
    // PUBLISH
    ['QoS 1 PUBLISH', '32 05 00 01 61 00 07', 4, { kind: 'pass', packet: '32 05 00 01 61 00 07' }],
    ['QoS 1 PUBLISH with id 0', '32 05 00 01 61 00 00', 4, { kind: 'close', clause: 'MQTT-2.3.1-1' }],
    ['QoS 2 PUBLISH with id 0', '34 05 00 01 61 00 00', 4, { kind: 'close', clause: 'MQTT-2.3.1-1' }],
    ['QoS 1 PUBLISH without id', '32 03 00 01 61', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
    ['QoS 3 PUBLISH', '36 05 00 01 61 00 01', 4, { kind: 'close', clause: 'MQTT-3.3.1-4' }],
    ['QoS 0 with DUP', '38 03 00 01 61', 4, { kind: 'close', clause: 'MQTT-3.3.1-2' }],
    ['empty topic', '30 02 00 00', 4, { kind: 'close', clause: 'MQTT-4.7.3-1' }],
    ['wildcard topic', '30 03 00 01 23', 4, { kind: 'close', clause: 'MQTT-3.3.2-2' }],
    ['valid U+FFFD topic', '30 05 00 03 ef bf bd', 4, { kind: 'pass', packet: '30 05 00 03 ef bf bd' }],
    ['U+FFFF topic', '30 05 00 03 ef bf bf', 4, { kind: 'close', clause: 'MQTT-1.5.3-1' }],
    ['too deep: retained QoS 1 becomes an unretained drop', pkt(0x33, `${s(deep(101))} 00 09 61`), 4, { kind: 'pass', packet: pkt(0x32, `${s(DROP_TOPIC)} 00 09`) }],
    ['100 levels pass', pkt(0x30, `${s(deep(100))}`), 4, { kind: 'pass', packet: pkt(0x30, `${s(deep(100))}`) }],
    // acknowledgements
    ['PUBACK', '40 02 00 01', 4, { kind: 'pass', packet: '40 02 00 01' }],
    ['PUBACK id 0', '40 02 00 00', 4, { kind: 'close', clause: 'MQTT-2.3.1-1' }],
    ['PUBACK length 0', '40 00', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
    ['PUBCOMP length 1', '70 01 00', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
    ['PUBREC length 1', '50 01 00', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
    ['PUBREL id 0', '62 02 00 00', 4, { kind: 'close', clause: 'MQTT-2.3.1-1' }],
    ['PUBREL flags 0', '60 02 00 01', 4, { kind: 'close', clause: 'MQTT-3.6.1-1' }],
    ['PUBREL DUP (3.1.1)', '6a 02 00 01', 4, { kind: 'close', clause: 'MQTT-3.6.1-1' }],
    ['PUBREL DUP (3.1) made 3.1.1', '6a 02 00 01', 3, { kind: 'pass', packet: '62 02 00 01' }],
    ['PUBACK flags', '41 02 00 01', 4, { kind: 'close', clause: 'MQTT-2.2.2-2' }],
    // SUBSCRIBE / UNSUBSCRIBE
    ['SUBSCRIBE', `82 06 00 01 ${s('a')} 01`, 4, { kind: 'pass', packet: `82 06 00 01 ${s('a')} 01` }],
    ['SUBSCRIBE flags 0', `80 06 00 01 ${s('a')} 01`, 4, { kind: 'close', clause: 'MQTT-3.8.1-1' }],
    ['SUBSCRIBE no filter', '82 02 00 01', 4, { kind: 'close', clause: 'MQTT-3.8.3-3' }],
    ['SUBSCRIBE QoS 3', `82 06 00 01 ${s('a')} 03`, 4, { kind: 'close', clause: 'MQTT-3.8.3-4' }],
    ['SUBSCRIBE id 0', `82 06 00 00 ${s('a')} 00`, 4, { kind: 'close', clause: 'MQTT-2.3.1-1' }],
    ['SUBSCRIBE too deep becomes the drop topic', pkt(0x82, `00 01 ${s(deep(101))} 01 ${s('a')} 00`), 4, { kind: 'pass', packet: pkt(0x82, `00 01 ${s(DROP_TOPIC)} 01 ${s('a')} 00`) }],
    ['UNSUBSCRIBE no filter', 'a2 02 00 01', 4, { kind: 'close', clause: 'MQTT-3.10.3-2' }],
    ['UNSUBSCRIBE U+0000', `a2 05 00 01 00 01 00`, 4, { kind: 'close', clause: 'MQTT-1.5.3-2' }],
    ['UNSUBSCRIBE ill-formed', `a2 05 00 01 00 01 ff`, 4, { kind: 'close', clause: 'MQTT-1.5.3-1' }],
    ['UNSUBSCRIBE flags 0', `a0 05 00 01 ${s('a')}`, 4, { kind: 'close', clause: 'MQTT-3.10.1-1' }],
    // the rest
    ['PINGREQ', 'c0 00', 4, { kind: 'pass', packet: 'c0 00' }],
    ['PINGREQ with a body', 'c0 01 00', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
    ['DISCONNECT flags', 'e2 00', 4, { kind: 'close', clause: 'MQTT-2.2.2-2' }],
    ['CONNACK from a client', '20 02 00 00', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
    ['SUBACK from a client', '90 03 00 01 00', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
    ['reserved type 15', 'f0 00', 4, { kind: 'close', clause: 'MQTT-4.8.0-1' }],
  ])('%s', (_name, packet, level, expected) => {
    const verdict = validatePacket(hex(packet), level)
    if (expected.kind === 'pass') {
      expect(verdict.kind).toBe('pass')
      if (verdict.kind !== 'pass') return
      if (expected.packet) expect(toHex(verdict.packet)).toBe(expected.packet)
      expect(verdict.level).toBe(expected.level)
    } else {
      expect(verdict).toMatchObject(expected)
    }
  })
})
