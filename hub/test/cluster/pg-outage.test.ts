import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chatAs, joinRoom, type ChatClient } from '../support/chat-client.js'
import { startClusterEngines, startClusterHub, type ClusterEngines } from '../support/cluster.js'
import { waitFor } from '../support/free-port.js'
import { adminToken, api, deviceMqttOptions, provisionDevice } from '../support/identity.js'
import { connectMqtt, endMqtt, nextMessage } from '../support/mqtt-client.js'
import { THERMOSTAT_META } from '../support/test-device.js'
import { startTcpProxy, viaPort, type TcpProxy } from '../support/tcp-proxy.js'
import type { TestHub } from '../support/test-hub.js'

/**
 * PostgreSQL behind a dead link (connections accepted, nothing answered): the hub's store calls are
 * synchronous, so each one used to hold the event loop for its whole timeout. Now the hub answers
 * at once that the database is unreachable, and takes the same frames (and a device's command
 * response) once it is back.
 */
describe('a cluster hub whose PostgreSQL stops answering', () => {
  let engines: ClusterEngines
  let proxy: TcpProxy
  let hub: TestHub
  let chat: ChatClient
  let token: string

  beforeAll(async () => {
    engines = await startClusterEngines()
    proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(engines.postgres.url).port) })
    hub = await startClusterHub(engines, 'solo', { databaseUrl: viaPort(engines.postgres.url, proxy.port) })
    token = await adminToken(hub)
    chat = await chatAs(hub, { username: 'ops', role: 'operator' })
    expect((await api(hub, 'POST', '/api/rooms', { token, body: { id: 'ops-room', name: 'Ops' } })).status).toBe(201)
    expect((await joinRoom(chat, 'ops-room')).type).toBe('joined')
  }, 60_000)
  afterAll(async () => {
    await chat?.close()
    await hub?.stop()
    await proxy?.close()
    await engines?.destroy()
  }, 30_000)

  it('answers chat frames `unavailable` and REST 503 at once, reports it on /readyz, and stores the resent message once when it is back', async () => {
    expect((await chat.request({ type: 'say', id: 'm-1', room: 'ops-room', text: 'before' })).type).toBe('ack')
    await proxy.blackhole()
    await waitFor(async () => (await api(hub, 'GET', '/readyz')).status === 503, 10_000, '/readyz 503')
    const ready = await api(hub, 'GET', '/readyz')
    expect(ready.body.checks).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'postgres', ok: false, detail: expect.stringMatching(/timeout|terminated/i) })]))

    // [CHAT-11] five frames, each refused without waiting out the 5 s store timeout.
    const t0 = performance.now()
    for (let i = 0; i < 5; i++) {
      const refused = await chat.request({ type: 'say', id: 'm-2', room: 'ops-room', text: 'during' })
      expect(refused).toMatchObject({ type: 'error', code: 'unavailable', ref: 'm-2', retryAfterMs: 1000 })
    }
    expect(performance.now() - t0).toBeLessThan(5000)
    const rest = await api(hub, 'GET', '/api/rooms', { token })
    expect(rest.status).toBe(503)
    expect(rest.headers.get('retry-after')).toBe('1')
    expect(rest.body.error).toMatchObject({ code: 'HUB_ERR_UNAVAILABLE', dependency: 'postgres' })
    expect((await api(hub, 'GET', '/healthz')).status).toBe(200)

    await proxy.forward()
    await waitFor(async () => (await api(hub, 'GET', '/readyz')).status === 200, 10_000, '/readyz 200 again')
    // The frame sent again with its id [CHAT-6.2-1]: stored once.
    expect((await chat.request({ type: 'say', id: 'm-2', room: 'ops-room', text: 'during' })).type).toBe('ack')
    expect((await chat.request({ type: 'say', id: 'm-2', room: 'ops-room', text: 'during' })).type).toBe('ack')
    const found = await api(hub, 'GET', '/api/rooms/ops-room/search?q=during', { token })
    expect(found.status).toBe(200)
    expect(found.body.entries).toHaveLength(1)
  }, 60_000)

  it('holds a device\'s command response unacknowledged while PostgreSQL is unreachable; the device resends it and the command succeeds', async () => {
    await waitFor(async () => (await api(hub, 'GET', '/readyz')).status === 200, 10_000, 'ready')
    const device = provisionDevice(hub, 'pump-1', { room: 'ops-room' })
    // A stock client that reconnects by itself and resends what was not acknowledged [MQTT-4.4.0-1].
    const client = await connectMqtt(hub.wsUrl, { ...deviceMqttOptions(device), clean: false, reconnectPeriod: 200 })
    client.on('error', () => {})
    let closes = 0
    client.on('close', () => { closes++ })
    try {
      await client.subscribeAsync('devices/pump-1/commands', { qos: 1 })
      const command = nextMessage(client, 'devices/pump-1/commands')
      await client.publishAsync('devices/pump-1/meta', JSON.stringify(THERMOSTAT_META), { qos: 1, retain: true })
      await waitFor(async () => (await api(hub, 'POST', '/api/devices/pump-1/commands', { token, body: { name: 'identify', params: {} } })).status === 202, 5000, 'command issued')
      const { id } = JSON.parse((await command).payload.toString()) as { id: string }

      await proxy.blackhole()
      await waitFor(async () => (await api(hub, 'GET', '/readyz')).status === 503, 10_000, '/readyz 503')
      let acknowledged = false
      const response = client.publishAsync('devices/pump-1/responses', JSON.stringify({ id, ok: true, result: { blinked: 3 } }), { qos: 1 }).then(() => { acknowledged = true })
      await waitFor(async () => closes >= 2, 10_000, 'the connection closed without a PUBACK, twice (the resend too)')
      expect(acknowledged).toBe(false)

      await proxy.forward()
      await response
      await waitFor(async () => (await api(hub, 'GET', `/api/commands/${id}`, { token })).body?.command?.status === 'succeeded', 10_000, 'the command succeeded')
      expect((await api(hub, 'GET', `/api/commands/${id}`, { token })).body.command).toMatchObject({ status: 'succeeded', result: { blinked: 3 } })
    } finally {
      await endMqtt(client, true)
    }
  }, 60_000)
})
