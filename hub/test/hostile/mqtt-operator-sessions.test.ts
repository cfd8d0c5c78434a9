import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { MqttClient } from 'mqtt'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { createOperator, operatorMqttOptions } from '../support/identity.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import { connackCode } from '../support/mqtt-acl.js'

/** TETHER_MQTT_MAX_SESSIONS_PER_OPERATOR: one account cannot open MQTT sessions without bound. */
let t: TestHub
beforeAll(async () => { t = await startTestHub({ mqttMaxSessionsPerOperator: 2 }, { persistMqtt: false }) })
afterAll(async () => { await t.stop() })

describe('operator MQTT sessions per account', () => {
  it('refuses a third session with CONNACK 5, allows a takeover of an own client id, and frees a slot on close', async () => {
    const { token } = await createOperator(t, 'viv', 'viewer')
    const a = await connectMqtt(t.wsUrl, operatorMqttOptions('viv', token, 'a'))
    const b = await connectMqtt(t.wsUrl, operatorMqttOptions('viv', token, 'b'))
    expect(await connackCode(t.wsUrl, operatorMqttOptions('viv', token, 'c'))).toBe(5)
    // Reconnecting as viv:b replaces that session [MQTT-3.1.4-2]: not a new one.
    const bAgain = await connectMqtt(t.wsUrl, operatorMqttOptions('viv', token, 'b'))
    // Another account is unaffected.
    const { token: other } = await createOperator(t, 'otto', 'viewer')
    expect(await connackCode(t.wsUrl, operatorMqttOptions('otto', other, 'a'))).toBe(0)
    await endMqtt(a)
    // The hub sees the close a moment later: retry until the slot is free (bounded).
    const c = await retryConnect(() => connectMqtt(t.wsUrl, operatorMqttOptions('viv', token, 'c')))
    await Promise.all([b, bAgain, c].map(client => endMqtt(client, true)))
  })

  it('holds under parallel CONNECTs: of 6 at once, exactly 2 are accepted', async () => {
    const { token } = await createOperator(t, 'burst', 'viewer')
    const codes = await Promise.all(Array.from({ length: 6 }, (_, i) => connectMqtt(t.wsUrl, operatorMqttOptions('burst', token, `s${i}`))
      .then((client: MqttClient) => ({ code: 0, client }), (err: Error & { code?: number }) => ({ code: err.code, client: null }))))
    expect(codes.filter(c => c.code === 0)).toHaveLength(2)
    expect(codes.filter(c => c.code === 5)).toHaveLength(4)
    await Promise.all(codes.map(c => c.client && endMqtt(c.client, true)))
  })
})

async function retryConnect(connect: () => Promise<MqttClient>, timeoutMs = 5000): Promise<MqttClient> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await connect()
    } catch (err) {
      if ((err as { code?: number }).code !== 5 || Date.now() > deadline) throw err
      await new Promise(r => setTimeout(r, 20))
    }
  }
}
