import { describe, it, expect, afterEach } from '@jest/globals'
import type { PublishPacket } from 'aedes'
import memoryPersistence from 'aedes-persistence'
import mqtt, { type MqttClient } from 'mqtt'
import { aedesOverTcp } from '../support/aedes-tcp.js'
import { waitFor } from '../support/free-port.js'

/**
 * Upstream aedes asked the persistence to clear every PUBACK's message id, also for clean sessions,
 * which never store an outgoing message: with LevelDB that was one read per delivered QoS 1 message
 * (12 % of the hub's time in the QoS 1 fan-in bench). The patched handler skips it for clean sessions;
 * a persistent session still clears its stored message and reports it with the `ack` event.
 */
let cleanup: Array<() => Promise<void>> = []
afterEach(async () => { for (const c of cleanup.reverse()) await c(); cleanup = [] })

async function countingBroker() {
  const persistence = (memoryPersistence as unknown as () => { outgoingClearMessageId(c: unknown, p: unknown): Promise<unknown> })()
  const clear = persistence.outgoingClearMessageId.bind(persistence)
  const cleared: string[] = []
  persistence.outgoingClearMessageId = async (client, packet) => { cleared.push((client as { id: string }).id); return clear(client, packet) }
  const { broker, url } = await aedesOverTcp(persistence, cleanup)
  const acks: Array<{ client: string; topic: string | undefined }> = []
  broker.on('ack', (packet, client) => acks.push({ client: client.id, topic: (packet as PublishPacket | undefined)?.topic }))
  return { broker, cleared, acks, url }
}

describe('PUBACK handling of the patched aedes', () => {
  it.each([
    { clean: true, store: [], ackTopic: undefined },
    { clean: false, store: ['s'], ackTopic: 'a/b' },
  ])('clean=$clean: persistence cleared for $store, ack event carries $ackTopic', async ({ clean, store, ackTopic }) => {
    const { broker, cleared, acks, url } = await countingBroker()
    const sub: MqttClient = await mqtt.connectAsync(url, { clientId: 's', clean, reconnectPeriod: 0 })
    cleanup.push(() => sub.endAsync(true))
    const got: string[] = []
    sub.on('message', topic => got.push(topic))
    await sub.subscribeAsync('a/#', { qos: 1 })
    broker.publish({ cmd: 'publish', topic: 'a/b', payload: Buffer.from('x'), qos: 1, retain: false, dup: false } as PublishPacket, () => undefined)
    await waitFor(async () => acks.some(a => a.client === 's'), 5000, 'the PUBACK')
    expect(got).toEqual(['a/b'])
    expect(cleared).toEqual(store)
    expect(acks).toEqual([{ client: 's', topic: ackTopic }])
  })
})
