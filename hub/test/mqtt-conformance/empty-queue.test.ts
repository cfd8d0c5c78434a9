import { describe, it, expect, afterEach } from '@jest/globals'
import type { PublishPacket } from 'aedes'
import memoryPersistence from 'aedes-persistence'
import mqtt, { type MqttClient } from 'mqtt'
import { aedesOverTcp } from '../support/aedes-tcp.js'
import { waitFor } from '../support/free-port.js'

/**
 * At every CONNECT aedes replays the client's queued messages through a stream and a pipeline,
 * which for a client with nothing queued was most of what a connection allocated (a reconnect
 * storm's garbage). The patched handler asks the persistence first (`outgoingQueueEmpty`, feature-
 * detected; the hub answers it from its client key index) and builds no stream when the answer is
 * a certain yes. A persistence that says no, or does not know, replays as before: a persistent
 * session still gets what was queued while it was away [MQTT-3.1.2-5].
 */
let cleanup: Array<() => Promise<void>> = []
afterEach(async () => { for (const c of cleanup.reverse()) await c(); cleanup = [] })

type Answer = 'empty' | 'not empty' | 'no method'

async function brokerAnswering(answer: Answer) {
  const persistence = (memoryPersistence as unknown as () => Record<string, unknown> & { outgoingStream(c: unknown): unknown })()
  const stream = persistence.outgoingStream.bind(persistence)
  const streams: string[] = []
  persistence.outgoingStream = (client: unknown) => { streams.push((client as { id: string }).id); return stream(client) }
  if (answer !== 'no method') persistence.outgoingQueueEmpty = () => answer === 'empty'
  const { broker, url } = await aedesOverTcp(persistence, cleanup)
  return { broker, streams, url }
}

async function connect(url: string, clientId: string, clean: boolean): Promise<MqttClient> {
  const client = await mqtt.connectAsync(url, { clientId, clean, reconnectPeriod: 0 })
  cleanup.push(() => client.endAsync(true))
  return client
}

describe('CONNECT of the patched aedes: the queue replay', () => {
  it('builds no replay stream for a client the persistence knows has nothing queued', async () => {
    const { streams, url } = await brokerAnswering('empty')
    const client = await connect(url, 'fresh', true)
    expect(client.connected).toBe(true)
    expect(streams).toEqual([])
  })

  it.each<Answer>(['not empty', 'no method'])('replays the queue when the persistence answers %s', async answer => {
    const { broker, streams, url } = await brokerAnswering(answer)
    const first = await connect(url, 'away', false)
    await first.subscribeAsync('q/#', { qos: 1 })
    await first.endAsync()
    // Queued for the persistent session while it is away.
    await new Promise<void>((resolve, reject) => broker.publish({ cmd: 'publish', topic: 'q/1', payload: Buffer.from('m'), qos: 1, retain: false, dup: false } as PublishPacket, err => err ? reject(err) : resolve()))
    const got: string[] = []
    const again = mqtt.connect(url, { clientId: 'away', clean: false, reconnectPeriod: 0 })
    cleanup.push(() => again.endAsync(true))
    again.on('message', topic => got.push(topic))
    await waitFor(async () => got.length === 1, 5000, 'the queued message')
    expect(got).toEqual(['q/1'])
    expect(streams).toEqual(['away', 'away'])
  })
})
