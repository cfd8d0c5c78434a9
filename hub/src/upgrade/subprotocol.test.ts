import { describe, it, expect } from '@jest/globals'
import { chooseSubprotocol, parseOffered } from './subprotocol.js'

describe('chooseSubprotocol', () => {
  it.each([
    ['mqtt', { ok: true, protocol: 'mqtt' }],
    ['mqttv3.1', { ok: true, protocol: 'mqttv3.1' }],
    ['chat.v1', { ok: true, protocol: 'chat.v1' }],
    ['mqtt, chat.v1', { ok: true, protocol: 'mqtt' }],
    ['chat.v1,mqtt', { ok: true, protocol: 'chat.v1' }],
    ['foo, mqtt', { ok: true, protocol: 'mqtt' }],
    ['  mqtt  ', { ok: true, protocol: 'mqtt' }],
    [undefined, { ok: false, reason: 'missing' }],
    ['', { ok: false, reason: 'malformed' }],
    ['   ', { ok: false, reason: 'malformed' }],
    ['mqtt,', { ok: false, reason: 'malformed' }],
    ['mqtt,,chat.v1', { ok: false, reason: 'malformed' }],
    ['mqtt, mqtt', { ok: false, reason: 'malformed' }],
    ['mq tt', { ok: false, reason: 'malformed' }],
    ['mqtt;v=1', { ok: false, reason: 'malformed' }],
    ['MQTT', { ok: false, reason: 'unsupported' }],
    ['Chat.V1', { ok: false, reason: 'unsupported' }],
    ['mqttv5, graphql-ws', { ok: false, reason: 'unsupported' }],
  ])('%j → %j', (header, expected) => {
    expect(chooseSubprotocol(header)).toMatchObject(expected)
  })

  it('keeps the offered tokens in order for the error body', () => {
    expect(parseOffered('b, a')).toEqual(['b', 'a'])
  })
})
