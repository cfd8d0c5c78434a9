import { describe, it, expect } from '@jest/globals'
import { encodeRemainingLength, encodeConnect, encodeSubscribe, encodePublishTemplate, encodePuback, MqttStreamParser, readPublish } from './mqtt-codec.js'
import { encodeClientFrame, ServerFrameParser, acceptFor, checkHandshakeResponse } from './ws-frame.js'
import { parseStatCpuTicks, parseStatusBytes } from './proc-stats.js'

const hex = (b: Buffer) => b.toString('hex')

describe('MQTT encoding', () => {
  it.each([
    [0, '00'], [127, '7f'], [128, '8001'], [16383, 'ff7f'], [16384, '808001'], [268435455, 'ffffff7f'],
  ])('encodes remaining length %p as %s [MQTT-2.2.3]', (n, out) => {
    expect(hex(encodeRemainingLength(n))).toBe(out)
  })

  it('encodes CONNECT 3.1.1 with clean session, user name and password', () => {
    expect(hex(encodeConnect({ clientId: 'a', username: 'u', password: 'p', keepaliveSeconds: 60, clean: true })))
      .toBe('1013' + '00044d515454' + '04' + 'c2' + '003c' + '000161' + '000175' + '000170')
  })

  it('encodes SUBSCRIBE with flags 0010 [MQTT-3.8.1-1]', () => {
    expect(hex(encodeSubscribe(1, 'a/+', 1))).toBe('8208' + '0001' + '0003612f2b' + '01')
  })

  it.each([
    [0 as const, '3005' + '0001' + '74' + '7b7d', -1, 5],
    [1 as const, '3207' + '0001' + '74' + '0001' + '7b7d', 5, 7],
  ])('encodes a QoS %p PUBLISH template with its patch offsets', (qos, out, idOff, payloadOff) => {
    const t = encodePublishTemplate('t', Buffer.from('{}'), qos)
    expect(hex(t.bytes)).toBe(out)
    expect([t.packetIdOffset, t.payloadOffset]).toEqual([idOff, payloadOff])
  })
})

describe('MqttStreamParser', () => {
  const pub = encodePublishTemplate('devices/d1/telemetry', Buffer.from('{"x":1}'), 1).bytes
  const stream = Buffer.concat([Buffer.from([0x20, 0x02, 0x00, 0x00]), pub, encodePuback(7)])

  it.each([1, 2, 3, 7, stream.length])('yields the same packets when bytes arrive in %p-byte pieces', size => {
    const got: Array<[number, string]> = []
    const parser = new MqttStreamParser((type, _flags, body) => got.push([type, hex(body)]))
    for (let i = 0; i < stream.length; i += size) parser.feed(stream.subarray(i, i + size))
    expect(got.map(g => g[0])).toEqual([2, 3, 4])
    expect(got[2]![1]).toBe('0007')
  })

  it('decodes topic, QoS, packet id and payload of a PUBLISH', () => {
    let decoded: ReturnType<typeof readPublish> | null = null
    new MqttStreamParser((_t, flags, body) => { decoded = readPublish(flags, body) }).feed(pub)
    expect(decoded).toMatchObject({ topic: 'devices/d1/telemetry', qos: 1, packetId: 1 })
    expect(decoded!.payload.toString()).toBe('{"x":1}')
  })

  it('refuses a remaining length longer than four bytes', () => {
    expect(() => new MqttStreamParser(() => {}).feed(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]))).toThrow('malformed remaining length')
  })
})

describe('WebSocket client frames', () => {
  const mask = Buffer.from([1, 2, 3, 4])
  it.each([
    [0, '8280' + '01020304'],
    [3, '8283' + '01020304' + '020002'],
  ])('masks a %p-byte binary payload (RFC 6455 §5.3)', (n, out) => {
    expect(hex(encodeClientFrame(2, Buffer.from([3, 2, 1].slice(0, n)), mask))).toBe(out)
  })

  it.each([[125, 6], [126, 8], [65535, 8], [65536, 14]])('uses the right length form for %p bytes (header %p)', (n, header) => {
    expect(encodeClientFrame(2, Buffer.alloc(n), mask).length).toBe(n + header)
  })

  it('computes Sec-WebSocket-Accept as in RFC 6455 §1.3', () => {
    expect(acceptFor('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=')
  })

  it.each([
    ['HTTP/1.1 400 Bad Request', 'upgrade refused: HTTP/1.1 400 Bad Request'],
    ['HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: nope\r\nSec-WebSocket-Protocol: mqtt', 'bad Sec-WebSocket-Accept'],
    ['HTTP/1.1 101 Switching Protocols\r\nsec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=', 'subprotocol not echoed (got none)'],
    ['HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\nSec-WebSocket-Protocol: mqtt', null],
  ])('judges the response %j as %p', (head, verdict) => {
    expect(checkHandshakeResponse(head, 'dGhlIHNhbXBsZSBub25jZQ==', 'mqtt')).toBe(verdict)
  })
})

describe('ServerFrameParser', () => {
  const frames = Buffer.concat([
    Buffer.from([0x02, 0x02, 0xaa, 0xbb]), // binary, not FIN
    Buffer.from([0x89, 0x01, 0x70]), // ping between fragments
    Buffer.from([0x80, 0x01, 0xcc]), // continuation, FIN
    Buffer.from([0x82, 0x7e, 0x00, 0x80]), Buffer.alloc(128, 0xdd), // 16-bit length
  ])

  it.each([1, 2, 5, frames.length])('hands on data and control frames in %p-byte pieces', size => {
    const data: string[] = []
    const control: string[] = []
    let ends = 0
    const p = new ServerFrameParser({ data: b => data.push(hex(b)), control: (op, b) => control.push(`${op}:${hex(b)}`), messageEnd: () => { ends += 1 } })
    for (let i = 0; i < frames.length; i += size) p.feed(frames.subarray(i, i + size))
    expect(data.join('')).toBe('aabbcc' + 'dd'.repeat(128))
    expect(control).toEqual(['9:70'])
    expect(ends).toBe(2)
  })

  it('refuses a masked server frame (RFC 6455 §5.1)', () => {
    expect(() => new ServerFrameParser({ data() {}, control() {} }).feed(Buffer.from([0x82, 0x81, 0, 0, 0, 0, 1]))).toThrow('must not be masked')
  })
})

describe('/proc parsing', () => {
  it('reads utime + stime after a command name with spaces', () => {
    const stat = '1234 (node my server) S 1 1234 1234 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0 100 0 0'
    expect(parseStatCpuTicks(stat)).toBe(300)
  })

  it('reads VmRSS and its anonymous and file-backed parts in bytes, 0 for a line the kernel does not print', () => {
    const status = 'Name:\tnode\nVmRSS:\t  12345 kB\nRssAnon:\t    2345 kB\nRssFile:\t   10000 kB\nThreads: 7\n'
    expect(parseStatusBytes(status, 'VmRSS')).toBe(12345 * 1024)
    expect(parseStatusBytes(status, 'RssAnon')).toBe(2345 * 1024)
    expect(parseStatusBytes(status, 'RssFile')).toBe(10000 * 1024)
    expect(parseStatusBytes('Name:\tnode\nVmRSS:\t  12345 kB\n', 'RssAnon')).toBe(0)
  })
})
