import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startClusterEngines, startClusterHub, type ClusterEngines } from '../support/cluster.js'
import { waitFor } from '../support/free-port.js'
import { api, deviceMqttOptions, provisionDevice } from '../support/identity.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import type { TestHub } from '../support/test-hub.js'

/** /readyz tells a load balancer to stop sending a cluster hub traffic when PostgreSQL is gone. */
describe('cluster readiness', () => {
  let engines: ClusterEngines
  let hub: TestHub
  let device: { id: string; token: string }

  beforeAll(async () => {
    engines = await startClusterEngines()
    hub = await startClusterHub(engines, 'solo')
  }, 60_000)
  afterAll(async () => {
    await hub?.stop()
    await engines?.redis.destroy()
  }, 30_000)

  it('is ready with Redis and PostgreSQL, and answers 503 naming postgres once PostgreSQL stops', async () => {
    await waitFor(async () => (await api(hub, 'GET', '/readyz')).status === 200, 5000, 'ready')
    device = provisionDevice(hub, 'sensor-1', { room: 'general' })
    await engines.postgres.destroy()
    await waitFor(async () => (await api(hub, 'GET', '/readyz')).status === 503, 10_000, '503 without PostgreSQL')
    const { body } = await api(hub, 'GET', '/readyz')
    expect(body.checks).toEqual(expect.arrayContaining([{ name: 'redis', ok: true }, expect.objectContaining({ name: 'postgres', ok: false })]))
  })

  it('keeps serving devices it knows while PostgreSQL is gone: the presence notice is lost, not the hub', async () => {
    const client = await connectMqtt(hub.wsUrl, deviceMqttOptions({ id: 'sensor-1', token: device.token }))
    await client.publishAsync('devices/sensor-1/telemetry', JSON.stringify({ t: 1 }), { qos: 1 })
    await endMqtt(client)
    expect((await api(hub, 'GET', '/healthz')).status).toBe(200)
  })
})
