import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startClusterEngines, startClusterHub, stopCluster, type ClusterEngines } from '../support/cluster.js'
import { startRedis } from '../support/redis.js'
import { waitFor } from '../support/free-port.js'
import { api, deviceMqttOptions, operatorMqttOptions, provisionDevice } from '../support/identity.js'
import { connectMqtt } from '../support/mqtt-client.js'
import { tokenFor } from '../support/chat-client.js'
import type { TestHub } from '../support/test-hub.js'

/**
 * Redis goes away under two live hubs and comes back on the same port with its data (append-only
 * file): the hubs stay up and say so on /readyz, and MQTT across hubs works again afterwards
 * without a restart. (mqemitter-redis re-emits connection errors on its `state` emitter; without a
 * listener there the first refused reconnect ended the hub: this test fails without it.)
 */
describe('a Redis outage under a live cluster', () => {
  let engines: ClusterEngines
  let h1: TestHub, h2: TestHub

  beforeAll(async () => {
    engines = await startClusterEngines({ redisAppendonly: true })
    h1 = await startClusterHub(engines, 'hub-1')
    h2 = await startClusterHub(engines, 'hub-2')
  }, 60_000)
  afterAll(() => stopCluster(engines, h1, h2), 30_000)

  const redisReady = async (h: TestHub) => ((await api(h, 'GET', '/readyz')).body.checks as Array<{ name: string; ok: boolean }>).find(c => c.name === 'redis')?.ok

  it('keeps both hubs up while Redis is down and routes across hubs again once it is back', async () => {
    const d = provisionDevice(h1, 'meter-o1')
    await waitFor(async () => h2.hub.services.devices.get('meter-o1') !== undefined, 5000, 'hub 2 to know the device')
    const operator = await connectMqtt(h2.wsUrl, operatorMqttOptions('olga', await tokenFor(h2, { username: 'olga', role: 'viewer' })))
    const seen: number[] = []
    operator.on('message', (_t, payload) => { seen.push(JSON.parse(payload.toString()).n) })
    await operator.subscribeAsync('devices/meter-o1/status', { qos: 0 })
    // A device stack that keeps trying, also after a refusal (CONNACK 3 while Redis is down).
    const dev = await connectMqtt(h1.wsUrl, { ...deviceMqttOptions(d), reconnectPeriod: 200, reconnectOnConnackError: true })
    await waitFor(async () => { dev.publish('devices/meter-o1/status', JSON.stringify({ n: 1 })); return seen.includes(1) }, 5000, 'a first message across hubs')

    await engines.redis.stop()
    await waitFor(async () => (await redisReady(h1)) === false && (await redisReady(h2)) === false, 10_000, 'both hubs to report Redis down')
    // Publishing into the outage must not take a hub down. Once ioredis has given up on these
    // publishes (its retries per request), aedes closes the publisher's connection: wait for that.
    let closes = 0
    dev.on('close', () => { closes++ })
    for (let i = 0; i < 20; i++) dev.publish('devices/meter-o1/status', JSON.stringify({ n: 2 }))
    await waitFor(async () => closes > 0, 15_000, 'the publishes into the outage to fail')
    expect((await api(h1, 'GET', '/healthz')).status).toBe(200)
    expect((await api(h2, 'GET', '/healthz')).status).toBe(200)

    engines.redis = await startRedis({ port: engines.redis.port, dir: engines.redis.dir, appendonly: true })
    await waitFor(async () => (await redisReady(h1)) === true && (await redisReady(h2)) === true, 15_000, 'both hubs to report Redis back')
    await waitFor(async () => { if (dev.connected) dev.publish('devices/meter-o1/status', JSON.stringify({ n: 3 })); return seen.includes(3) }, 15_000, 'messages across hubs again')
    dev.end(true)
    operator.end(true)
  }, 60_000)
})
