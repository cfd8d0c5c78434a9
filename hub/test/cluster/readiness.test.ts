import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startClusterEngines, startClusterHub, type ClusterEngines } from '../support/cluster.js'
import { waitFor } from '../support/free-port.js'
import { api } from '../support/identity.js'
import type { TestHub } from '../support/test-hub.js'

/** /readyz tells a load balancer to stop sending a cluster hub traffic when PostgreSQL is gone. */
describe('cluster readiness', () => {
  let engines: ClusterEngines
  let hub: TestHub

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
    await engines.postgres.destroy()
    await waitFor(async () => (await api(hub, 'GET', '/readyz')).status === 503, 10_000, '503 without PostgreSQL')
    const { body } = await api(hub, 'GET', '/readyz')
    expect(body.checks).toEqual(expect.arrayContaining([{ name: 'redis', ok: true }, expect.objectContaining({ name: 'postgres', ok: false })]))
  })
})
