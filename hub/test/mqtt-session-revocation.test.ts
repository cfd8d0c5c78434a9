import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { MqttClient } from 'mqtt'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { connectMqtt, endMqtt } from './support/mqtt-client.js'
import { adminToken, createOperator, provisionDevice, deviceMqttOptions, operatorMqttOptions, api } from './support/identity.js'
import { connackCode } from './support/mqtt-acl.js'

let t: TestHub
let admin: string
/** The hub's injected clock: tests move it instead of waiting for tokens to expire. */
let clock = Date.now()

beforeAll(async () => {
  t = await startTestHub({ mqttSessionSweepMs: 50 }, { persistMqtt: false, now: () => clock })
  admin = await adminToken(t)
})
afterAll(async () => { await t.stop() })

/** Resolves when the client's connection closes; rejects if it is still open after `ms`. */
function closedWithin(client: MqttClient, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`session still open after ${ms} ms`)), ms)
    client.once('close', () => { clearTimeout(timer); resolve() })
  })
}

describe('device sessions', () => {
  it('closes the live session within a second when the token is rotated; only the new token works', async () => {
    const dev = provisionDevice(t, 'rot-1')
    const client = await connectMqtt(t.wsUrl, deviceMqttOptions(dev))
    const closed = closedWithin(client, 1000)
    const res = await api(t, 'POST', '/api/devices/rot-1/token', { token: admin })
    expect(res.status).toBe(200)
    await closed
    expect(await connackCode(t.wsUrl, deviceMqttOptions(dev))).toBe(4)
    expect(await connackCode(t.wsUrl, deviceMqttOptions({ id: 'rot-1', token: res.body.token }))).toBe(0)
    await endMqtt(client, true)
  })

  it('closes the live session within a second when the device is deleted; it is then unknown (5)', async () => {
    const dev = provisionDevice(t, 'del-1')
    const client = await connectMqtt(t.wsUrl, deviceMqttOptions(dev))
    const closed = closedWithin(client, 1000)
    expect((await api(t, 'DELETE', '/api/devices/del-1', { token: admin })).status).toBe(204)
    await closed
    expect(await connackCode(t.wsUrl, deviceMqttOptions(dev))).toBe(5)
    await endMqtt(client, true)
  })

  it('leaves other devices connected', async () => {
    const keep = provisionDevice(t, 'keep-1')
    const gone = provisionDevice(t, 'gone-1')
    const keeper = await connectMqtt(t.wsUrl, deviceMqttOptions(keep))
    const goner = await connectMqtt(t.wsUrl, deviceMqttOptions(gone))
    const closed = closedWithin(goner, 1000)
    await api(t, 'DELETE', '/api/devices/gone-1', { token: admin })
    await closed
    await keeper.publishAsync('devices/keep-1/telemetry', '{"x":1}', { qos: 1 })
    expect(keeper.connected).toBe(true)
    await Promise.all([endMqtt(keeper), endMqtt(goner, true)])
  })
})

describe('operator sessions', () => {
  it('refuses an expired operator token (CONNACK 4)', async () => {
    const { token, expiresAt } = await createOperator(t, 'late-larry', 'viewer')
    clock = expiresAt + 1000
    expect(await connackCode(t.wsUrl, operatorMqttOptions('late-larry', token))).toBe(4)
  })

  it('ends an open session when its token expires', async () => {
    const { token, expiresAt } = await createOperator(t, 'olga', 'operator')
    const client = await connectMqtt(t.wsUrl, operatorMqttOptions('olga', token))
    let closedEarly = false
    client.once('close', () => { closedEarly = clock < expiresAt })
    const closed = closedWithin(client, 1000)
    clock = expiresAt - 1000
    await new Promise(r => setTimeout(r, 120)) // two sweeps before expiry: still open
    expect(client.connected).toBe(true)
    clock = expiresAt
    await closed
    expect(closedEarly).toBe(false)
    await endMqtt(client, true)
  })

  it.each([
    // A fresh admin token: earlier tests moved the clock past the first one's expiry.
    ['deleted', async (id: string) => api(t, 'DELETE', `/api/accounts/${id}`, { token: await adminToken(t) })],
    ['demoted', async (id: string) => api(t, 'PATCH', `/api/accounts/${id}`, { token: await adminToken(t), body: { role: 'viewer' } })],
  ])('ends the sessions of an account that is %s', async (_name, change) => {
    const username = `acct-${_name}`
    const { token, user } = await createOperator(t, username, 'operator')
    const a = await connectMqtt(t.wsUrl, operatorMqttOptions(username, token, 'tab1'))
    const b = await connectMqtt(t.wsUrl, operatorMqttOptions(username, token, 'tab2'))
    const closed = Promise.all([closedWithin(a, 1000), closedWithin(b, 1000)])
    expect((await change(user.id)).status).toBeLessThan(300)
    await closed
    await Promise.all([endMqtt(a, true), endMqtt(b, true)])
  })
})
