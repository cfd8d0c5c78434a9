import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { rawUpgrade } from './support/raw-upgrade.js'
import { openAccess } from '../src/protocols/mqtt/access.js'

let t: TestHub
beforeAll(async () => { t = await startTestHub({}, { access: openAccess, persistMqtt: false }) })
afterAll(async () => { await t.stop() })

describe('upgrade handshake matrix (raw HTTP)', () => {
  it.each([
    ['mqtt', { protocol: 'mqtt' }, 101, 'mqtt', null],
    ['mqttv3.1', { protocol: 'mqttv3.1' }, 101, 'mqttv3.1', null],
    ['chat.v1', { protocol: 'chat.v1' }, 101, 'chat.v1', null],
    ['mqtt then chat.v1: client order wins', { protocol: 'mqtt, chat.v1' }, 101, 'mqtt', null],
    ['chat.v1 then mqtt: client order wins', { protocol: 'chat.v1, mqtt' }, 101, 'chat.v1', null],
    ['two header lines', { protocol: ['foo', 'chat.v1'] }, 101, 'chat.v1', null],
    ['none offered', {}, 400, undefined, 'HUB_ERR_SUBPROTOCOL_MISSING'],
    ['unknown', { protocol: 'graphql-ws' }, 400, undefined, 'HUB_ERR_SUBPROTOCOL_UNSUPPORTED'],
    ['wrong case', { protocol: 'MQTT' }, 400, undefined, 'HUB_ERR_SUBPROTOCOL_UNSUPPORTED'],
    ['empty', { protocol: '' }, 400, undefined, 'HUB_ERR_SUBPROTOCOL_MALFORMED'],
    ['empty token in a list', { protocol: 'mqtt,,chat.v1' }, 400, undefined, 'HUB_ERR_SUBPROTOCOL_MALFORMED'],
    ['duplicated', { protocol: 'mqtt, mqtt' }, 400, undefined, 'HUB_ERR_SUBPROTOCOL_MALFORMED'],
    ['wrong path', { path: '/mqtt/x', protocol: 'mqtt' }, 404, undefined, 'HUB_ERR_NOT_FOUND'],
    ['/mqtt serves mqtt', { path: '/mqtt', protocol: 'mqtt' }, 101, 'mqtt', null],
    ['/mqtt serves mqttv3.1', { path: '/mqtt', protocol: 'mqttv3.1' }, 101, 'mqttv3.1', null],
    ['/mqtt picks mqtt after chat.v1', { path: '/mqtt', protocol: 'chat.v1, mqtt' }, 101, 'mqtt', null],
    ['/mqtt refuses chat.v1', { path: '/mqtt', protocol: 'chat.v1' }, 400, undefined, 'HUB_ERR_SUBPROTOCOL_UNSUPPORTED'],
    ['/mqtt checks Origin', { path: '/mqtt', protocol: 'mqtt', origin: 'http://evil.example' }, 403, undefined, 'HUB_ERR_ORIGIN_FORBIDDEN'],
    ['/mqtt requires a subprotocol', { path: '/mqtt' }, 400, undefined, 'HUB_ERR_SUBPROTOCOL_MISSING'],
    ['foreign Origin', { protocol: 'mqtt', origin: 'http://evil.example' }, 403, undefined, 'HUB_ERR_ORIGIN_FORBIDDEN'],
    ['null Origin', { protocol: 'chat.v1', origin: 'null' }, 403, undefined, 'HUB_ERR_ORIGIN_FORBIDDEN'],
    ['allowlisted dev Origin', { protocol: 'chat.v1', origin: 'http://localhost:5173' }, 101, 'chat.v1', null],
    ['no Origin (a device)', { protocol: 'mqtt' }, 101, 'mqtt', null],
  ] as const)('%s → %i', async (_name, req, status, echoed, code) => {
    const res = await rawUpgrade(t.port, req as Parameters<typeof rawUpgrade>[1])
    expect(res.status).toBe(status)
    expect(res.headers['sec-websocket-protocol']).toBe(echoed)
    if (code) {
      expect(res.headers['content-type']).toMatch(/application\/json/)
      const body = JSON.parse(res.body)
      expect(body.error.code).toBe(code)
      expect(body.supportedSubprotocols).toEqual(['mqtt', 'mqttv3.1', 'chat.v1'])
    }
  })

  it("accepts the hub's own origin", async () => {
    const res = await rawUpgrade(t.port, { protocol: 'mqtt', origin: `http://127.0.0.1:${t.port}` })
    expect(res.status).toBe(101)
  })

  it('counts rejections by reason in /metrics', async () => {
    await rawUpgrade(t.port, { protocol: 'nope' })
    const text = await (await fetch(`${t.httpUrl}/metrics`)).text()
    expect(text).toMatch(/tether_handshakes_rejected_total\{code="HUB_ERR_SUBPROTOCOL_UNSUPPORTED"\} [1-9]/)
  })
})
