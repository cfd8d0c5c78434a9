import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import net from 'node:net'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { openAccess } from '../../src/protocols/mqtt/access.js'
import { freePort } from '../support/free-port.js'
import { connect, publish, subscribe, toHex, PINGREQ } from './wire.js'

/** The optional plain-TCP listener (TETHER_MQTT_TCP_PORT) applies the same checks as /ws. */
let t: TestHub
let tcpPort: number
beforeAll(async () => {
  tcpPort = await freePort() // 0 means "off" for TETHER_MQTT_TCP_PORT
  t = await startTestHub({ mqttTcpPort: tcpPort }, { access: openAccess, persistMqtt: false })
})
afterAll(async () => { await t.stop() })

/**
 * Sends each chunk on a fresh TCP connection once the previous one was answered;
 * resolves with everything received until the close, or until a PINGRESP (the connection is open).
 */
function exchange(...chunks: Buffer[]): Promise<{ bytes: string; closed: boolean }> {
  return new Promise(resolve => {
    const socket = net.connect(tcpPort, '127.0.0.1')
    const got: Buffer[] = []
    socket.on('data', d => {
      const next = chunks[got.push(d)]
      if (next) socket.write(next)
      const bytes = toHex(Buffer.concat(got))
      if (bytes.endsWith('d0 00')) { socket.removeAllListeners('close'); socket.destroy(); resolve({ bytes, closed: false }) }
    })
    socket.on('error', () => {})
    socket.on('close', () => { resolve({ bytes: toHex(Buffer.concat(got)), closed: true }) })
    socket.on('connect', () => { socket.write(chunks[0]!) })
  })
}

describe('plain TCP listener', () => {
  it('[MQTT-3.2.2-1] answers a valid CONNECT and a SUBSCRIBE', async () => {
    const r = await exchange(connect({ id: 'tcp-ok' }), subscribe(1, ['tcp/a', 1]), PINGREQ)
    expect(r).toEqual({ bytes: '20 02 00 00 90 03 00 01 01 d0 00', closed: false })
  })
  it('[MQTT-2.3.1-1] closes on a QoS 1 PUBLISH with packet id 0, answering nothing after CONNACK', async () => {
    const r = await exchange(connect({ id: 'tcp-id0' }), publish('tcp/a', 'x', { qos: 1, id: 0 }))
    expect(r).toEqual({ bytes: '20 02 00 00', closed: true })
  })
  it('[MQTT-3.1.2-2] answers an unsupported protocol level with CONNACK 0x01, then closes', async () => {
    const r = await exchange(connect({ id: 'tcp-l6', level: 6 }))
    expect(r).toEqual({ bytes: '20 02 00 01', closed: true })
  })

  it('closes a client that sends more than the pre-CONNECT budget (TETHER_MQTT_PRECONNECT_BYTES), and counts it', async () => {
    const socket = net.connect(tcpPort, '127.0.0.1')
    socket.on('error', () => {})
    const closed = new Promise(r => socket.once('close', r))
    await new Promise(r => socket.once('connect', r))
    // A CONNECT that never completes: declared 60 KiB (under the packet limit), trickled in.
    socket.write(Buffer.from([0x10, 0x80, 0xe0, 0x03]))
    for (let i = 0; i < 200 && !socket.destroyed; i++) { socket.write(Buffer.alloc(100)); await new Promise(r => setImmediate(r)) }
    await closed
    const metrics = await (await fetch(`${t.httpUrl}/metrics`)).text()
    expect(metrics).toMatch(/tether_mqtt_connections_closed_total\{code="MQTT_ERR_PRECONNECT_BUDGET"\} 1/)
  })

  it('counts its connections with the WebSocket ones', async () => {
    const open = async () => Number(/tether_connections\{subprotocol="mqtt"\} (\d+)/.exec(await (await fetch(`${t.httpUrl}/metrics`)).text())?.[1] ?? 0)
    while (await open() !== 0) await new Promise(r => setTimeout(r, 10)) // the earlier tests' connections
    const socket = net.connect(tcpPort, '127.0.0.1')
    socket.on('error', () => {})
    socket.write(connect({ id: 'tcp-counted' }))
    await new Promise(r => socket.once('data', r)) // CONNACK
    expect(await open()).toBe(1)
    socket.destroy()
    while (await open() !== 0) await new Promise(r => setTimeout(r, 10))
  })

  it('[MQTT-4.3.2-2] acknowledges every PUBLISH of a burst of 5 000 sent in one write', async () => {
    const socket = net.connect(tcpPort, '127.0.0.1')
    socket.on('error', () => {})
    let got = Buffer.alloc(0)
    socket.on('data', d => { got = Buffer.concat([got, d]) })
    const burst = Array.from({ length: 5000 }, (_, i) => publish('tcp/burst', 'x', { qos: 1, id: i + 1 }))
    socket.write(connect({ id: 'tcp-burst' }))
    while (got.length < 4) await new Promise(r => setTimeout(r, 10)) // CONNACK (the burst is over the pre-CONNECT budget)
    socket.write(Buffer.concat(burst))
    // CONNACK, then one PUBACK (40 02 id) per PUBLISH, in order [MQTT-4.6.0-2].
    const expected = Buffer.concat([Buffer.from([0x20, 0x02, 0x00, 0x00]), ...burst.map((_, i) => Buffer.from([0x40, 0x02, (i + 1) >> 8, (i + 1) & 0xff]))])
    while (got.length < expected.length) await new Promise(r => setTimeout(r, 10))
    expect(got.equals(expected)).toBe(true)
    socket.destroy()
  })
})

