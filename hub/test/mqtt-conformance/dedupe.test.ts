import { describe, it, expect, afterEach } from '@jest/globals'
import type { PublishPacket } from 'aedes'
import memoryPersistence from 'aedes-persistence'
import mqtt, { type MqttClient } from 'mqtt'
import { aedesOverTcp } from '../support/aedes-tcp.js'
import { waitFor } from '../support/free-port.js'

/**
 * aedes numbers every publish when it enters `broker.publish`, but a retained or QoS 1 publish is
 * emitted only after its store writes, so a later QoS 0 publish can reach a subscriber first.
 * Upstream's duplicate filter kept the highest number seen and dropped anything lower: the earlier
 * message was lost for every subscriber of both (a dashboard watching `devices/+/meta` and
 * `devices/+/telemetry` lost metas). The patched filter drops only real duplicates
 * [MQTT-4.3.2-1: a QoS 1 message is delivered at least once; MQTT-4.6.0-6: ordered per topic].
 */
let cleanup: Array<() => Promise<void>> = []
afterEach(async () => { for (const c of cleanup.reverse()) await c(); cleanup = [] })

async function brokerWithHeldRetainedWrites() {
  const persistence = (memoryPersistence as unknown as () => { storeRetained(p: PublishPacket): Promise<void> })()
  const store = persistence.storeRetained.bind(persistence)
  let release!: () => void
  const gate = new Promise<void>(resolve => { release = resolve })
  persistence.storeRetained = async packet => { await gate; return store(packet) }
  const { broker, url } = await aedesOverTcp(persistence, cleanup)
  return { broker, release, url }
}

describe('duplicate filter of the patched aedes', () => {
  it('delivers a message emitted after a higher-numbered one', async () => {
    const { broker, release, url } = await brokerWithHeldRetainedWrites()
    const sub: MqttClient = await mqtt.connectAsync(url, { clientId: 'watcher', reconnectPeriod: 0 })
    cleanup.push(() => sub.endAsync(true))
    const got: string[] = []
    sub.on('message', topic => got.push(topic))
    await sub.subscribeAsync(['devices/+/meta', 'devices/+/telemetry'], { qos: 1 })
    const publish = (p: Partial<PublishPacket>) => broker.publish({ cmd: 'publish', dup: false, payload: Buffer.from('x'), ...p } as PublishPacket, () => undefined)
    publish({ topic: 'devices/a/meta', qos: 1, retain: true })      // numbered first, held by its store write
    publish({ topic: 'devices/b/telemetry', qos: 0, retain: false }) // numbered second, emitted at once
    await waitFor(async () => got.length === 1, 5000, 'the QoS 0 message')
    release()
    await waitFor(async () => got.length === 2, 5000, 'the held retained message')
    expect(got).toEqual(['devices/b/telemetry', 'devices/a/meta'])
  })

  it('still drops the second copy of one message matched by two overlapping subscriptions', async () => {
    const { broker, release, url } = await brokerWithHeldRetainedWrites()
    release()
    const sub: MqttClient = await mqtt.connectAsync(url, { clientId: 'overlap', reconnectPeriod: 0 })
    cleanup.push(() => sub.endAsync(true))
    const got: string[] = []
    sub.on('message', topic => got.push(topic))
    await sub.subscribeAsync(['devices/+/telemetry', 'devices/#'], { qos: 0 })
    broker.publish({ cmd: 'publish', topic: 'devices/a/telemetry', payload: Buffer.from('1'), qos: 0, retain: false, dup: false } as PublishPacket, () => undefined)
    broker.publish({ cmd: 'publish', topic: 'devices/a/status', payload: Buffer.from('2'), qos: 0, retain: false, dup: false } as PublishPacket, () => undefined)
    await waitFor(async () => got.includes('devices/a/status'), 5000, 'the fence message')
    expect(got).toEqual(['devices/a/telemetry', 'devices/a/status'])
  })
})
