import { describe, it, expect, afterEach } from '@jest/globals'
import { Duplex, PassThrough } from 'node:stream'
import { Aedes, type PublishPacket } from 'aedes'
import memoryPersistence from 'aedes-persistence'
import mqttPacket from 'mqtt-packet'
import { waitFor } from '../support/free-port.js'
import { createRequire } from 'node:module'
import * as hubBrokerModule from '../../src/protocols/mqtt/broker.js'

/**
 * What an idle MQTT connection holds, and that holding less changes nothing on the wire:
 * - aedes (patched `lib/client.js`) ends a client on its stream's 'close' instead of through
 *   stream.finished(), whose seven closures and listener lists every connection carried;
 * - mqtt-packet (patched `parser.js`) keeps the protocol level of the CONNECT, not the packet
 *   (with its password) for the life of the connection;
 * - the hub turns off mqtt-packet's table of 65 536 pre-built two-byte Buffers;
 * - aedes (patched `lib/client.js`, `aedes.js`) makes a client's duplicate-filter table at its first
 *   delivery, not at connect.
 */
let cleanup: Array<() => Promise<void>> = []
afterEach(async () => { for (const c of cleanup.reverse()) await c(); cleanup = [] })

const CONNECT_WITH_WILL = mqttPacket.generate({
  cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: 'dev-1', keepalive: 0,
  username: 'dev-1', password: Buffer.from('secret-token'),
  will: { topic: 'devices/dev-1/lwt', payload: Buffer.from('gone'), qos: 0, retain: false },
})

/** The broker side of a connection: bytes pushed into it reach aedes; what aedes writes is dropped. */
function connection(): Duplex {
  return new Duplex({ read() {}, write(_chunk, _encoding, done) { done() } })
}

async function broker(): Promise<Aedes> {
  const b = await Aedes.createBroker({ persistence: (memoryPersistence as unknown as () => never)() })
  cleanup.push(() => new Promise<void>(resolve => b.close(() => resolve())))
  return b
}

describe('an MQTT connection ends with its stream, whatever ended it', () => {
  it('a connection destroyed without a DISCONNECT (no end, no finish) ends its client and publishes its will', async () => {
    const b = await broker()
    const wills: string[] = []
    b.on('publish', (packet: PublishPacket) => { if (packet.topic.endsWith('/lwt')) wills.push(packet.payload.toString()) })
    const server = connection()
    b.handle(server)
    server.push(CONNECT_WITH_WILL)
    await waitFor(async () => b.connectedClients === 1, 5000, 'the client to connect')
    server.destroy()
    await waitFor(async () => b.connectedClients === 0, 5000, 'the client to be closed')
    await waitFor(async () => wills.length === 1, 5000, 'the will')
    expect(wills).toEqual(['gone'])
  })

  it('a stream that is already closed when handed over ends its client', async () => {
    const b = await broker()
    const server = connection()
    server.destroy()
    await new Promise(resolve => server.once('close', resolve))
    const client = b.handle(server)
    await waitFor(async () => client.closed, 5000, 'the client to be closed')
  })

  it('aedes listens for the end of a connection once, not through stream.finished()', async () => {
    const b = await broker()
    const server = connection()
    b.handle(server)
    // finished() added listeners for 'finish', 'end', 'error', 'close' (twice) and more, per connection.
    expect(server.listenerCount('finish')).toBe(0)
    expect(server.listenerCount('close')).toBe(1)
    server.destroy()
  })
})

describe('what an MQTT connection keeps after its CONNECT', () => {
  it('the parser keeps the protocol level, not the packet and its password', () => {
    const parser = mqttPacket.parser()
    const packets: string[] = []
    parser.on('packet', p => packets.push(p.cmd))
    parser.parse(Buffer.concat([CONNECT_WITH_WILL, mqttPacket.generate({ cmd: 'pingreq' })]))
    expect(packets).toEqual(['connect', 'pingreq'])
    const settings = (parser as unknown as { settings: Record<string, unknown> }).settings
    expect(settings.protocolVersion).toBe(4)
    expect(settings).not.toHaveProperty('password')
    expect(settings).not.toHaveProperty('clientId')
  })

  it('the hub writes packets without mqtt-packet\'s table of pre-built numbers, and they are still right', async () => {
    expect(hubBrokerModule.createBroker).toBeInstanceOf(Function) // importing the broker sets it
    expect(mqttPacket.writeToStream.cacheNumbers).toBe(false)
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => chunks.push(c))
    mqttPacket.writeToStream({ cmd: 'publish', topic: 'a/b', payload: Buffer.from('x'), qos: 1, messageId: 0x1234, retain: false, dup: false }, out)
    await new Promise(resolve => setImmediate(resolve))
    // 0x32 QoS 1 PUBLISH, remaining length 8, topic length 0x0003 'a/b', packet id 0x1234, payload 'x'
    expect(Buffer.concat(chunks)).toEqual(Buffer.from([0x32, 0x08, 0x00, 0x03, 0x61, 0x2f, 0x62, 0x12, 0x34, 0x78]))
    const numbers = createRequire(import.meta.url)('mqtt-packet/numbers.js') as { cache: Record<number, Buffer> }
    expect(Object.keys(numbers.cache)).toHaveLength(0)
  })
})

describe('what an idle MQTT connection does not hold', () => {
  it('no duplicate-filter table until a message is delivered to it; another broker\'s birth leaves it so', async () => {
    const b = await broker()
    const server = connection()
    const client = b.handle(server) as unknown as { duplicates: Record<string, unknown> | null }
    server.push(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: 'idle-1', keepalive: 0 }))
    await waitFor(async () => b.connectedClients === 1, 5000, 'the client to connect')
    expect(client.duplicates).toBeNull()
    // A broker of a cluster announcing itself resets every client's filter for it: nothing to reset here.
    let birthError: unknown = null
    b.on('clientError', (_c, err) => { birthError = err })
    await new Promise<void>(resolve => b.publish({ cmd: 'publish', topic: '$SYS/other-broker/birth', payload: Buffer.from('other-broker'), qos: 0, retain: false, dup: false } as PublishPacket, () => resolve()))
    expect(birthError).toBeNull()
    expect(client.duplicates).toBeNull()
    // A subscription and a delivery: the table appears, keyed by the publishing broker.
    server.push(mqttPacket.generate({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'a/b', qos: 0 }] }))
    await waitFor(async () => Object.keys((b as unknown as { clients: Record<string, { subscriptions: object }> }).clients['idle-1']!.subscriptions).length === 1, 5000, 'the subscription')
    b.publish({ cmd: 'publish', topic: 'a/b', payload: Buffer.from('x'), qos: 0, retain: false, dup: false } as PublishPacket, () => undefined)
    await waitFor(async () => client.duplicates !== null, 5000, 'the first delivery')
    expect(Object.keys(client.duplicates!)).toEqual([b.id])
  })
})
