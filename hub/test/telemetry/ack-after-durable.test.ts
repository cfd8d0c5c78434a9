import { describe, it, expect, afterEach } from '@jest/globals'
import type { MqttClient } from 'mqtt'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import { waitFor } from '../support/free-port.js'
import { deviceMqttOptions, provisionDevice } from '../support/identity.js'

/*
 * The broker holds the acknowledgement of a client PUBLISH until the telemetry hook says the point
 * is durable: QoS 1 PUBACK and QoS 2 PUBREC, both held in aedes' `published` hook (aedes patched to
 * write the PUBACK after publishing), while subscribers get the message at once. The hook is replaced here by a
 * promise the test settles (a second gate registered on the hub's broker hooks), so the hold is observed directly.
 */
let hub: TestHub | null = null
const clients: MqttClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) await endMqtt(c, true).catch(() => undefined)
  await hub?.stop()
  hub = null
})

async function setup() {
  hub = await startTestHub({}, { persistMqtt: false })
  const held: Array<{ topic: string; qos: number; release(): void; fail(err: Error): void }> = []
  // A second acknowledgement gate beside the telemetry journal's: the broker waits for both.
  hub.hub.services.hooks.beforeAck('telemetry', ({ packet, client }) => {
    if (client === null) return undefined
    return new Promise<void>((resolve, reject) => held.push({ topic: packet.topic, qos: packet.qos, release: resolve, fail: reject }))
  })
  const dev = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'hold-1')) })
  const other = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'hold-2')) })
  clients.push(dev, other)
  const acks: string[] = []
  dev.on('packetreceive', p => { if (p.cmd === 'puback' || p.cmd === 'pubrec') acks.push(p.cmd) })
  /** A full round trip through the broker on another connection: the broker had time to answer. */
  const roundTrip = () => other.publishAsync('devices/hold-2/status', 'x', { qos: 1 })
  return { dev, held, acks, roundTrip }
}

describe('acknowledgement after durability', () => {
  it.each([[1, 'puback'], [2, 'pubrec']] as const)('holds the QoS %d %s until the point is durable', async (qos, ack) => {
    const { dev, held, acks, roundTrip } = await setup()
    const done = dev.publishAsync('devices/hold-1/telemetry', '{"v":1}', { qos })
    await waitFor(async () => held.length === 1, 5000, 'hook called')
    await roundTrip()
    await roundTrip()
    expect(acks).toEqual([])
    held[0]!.release()
    await done
    expect(acks).toEqual([ack])
  })

  it('closes the connection without an acknowledgement when the point cannot be made durable', async () => {
    const { dev, held, acks } = await setup()
    const closed = new Promise<void>(resolve => dev.once('close', () => resolve()))
    void dev.publishAsync('devices/hold-1/telemetry', '{"v":1}', { qos: 1 }).catch(() => undefined)
    await waitFor(async () => held.length === 1, 5000, 'hook called')
    held[0]!.fail(new Error('disk full'))
    await closed
    expect(acks).toEqual([])
  })

  it('never holds QoS 0', async () => {
    const { dev, held, roundTrip } = await setup()
    // The gate is called for QoS 0 and never settled: anything that waited on it would stall the connection.
    await dev.publishAsync('devices/hold-1/telemetry', '{"v":1}', { qos: 0 })
    await dev.publishAsync('devices/hold-1/status', 'x', { qos: 1 }) // answered only if the QoS 0 publish did not stall the connection
    await roundTrip()
    expect(held.map(h => h.qos)).toEqual([0])
    expect(dev.connected).toBe(true)
  })
})
