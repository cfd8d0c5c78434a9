import { describe, it, expect } from '@jest/globals'
import { canPublish, canSubscribe } from './topic-acl.js'
import type { MqttPrincipal } from '../protocols/mqtt/access.js'

const device: MqttPrincipal = { kind: 'device', id: 'd1' }
const viewer: MqttPrincipal = { kind: 'operator', id: 'u1', role: 'viewer' }
const admin: MqttPrincipal = { kind: 'operator', id: 'u2', role: 'admin' }
const hub: MqttPrincipal = { kind: 'internal', id: 'hub' }

describe('topic ACL: publish', () => {
  it.each([
    [device, 'devices/d1/telemetry', true],
    [device, 'devices/d1/status', true],
    [device, 'devices/d1/meta', true],
    [device, 'devices/d1/responses', true],
    [device, 'devices/d1/commands', false],
    [device, 'devices/d2/telemetry', false],
    [device, 'devices/d1/telemetry/extra', false],
    [device, 'devices/d1', false],
    [device, 'other/topic', false],
    [device, '$SYS/broker/x', false],
    [viewer, 'devices/d1/telemetry', false],
    [admin, 'devices/d1/commands', false],
    [admin, '$SYS/x', false],
    [admin, 'chat/anything', false],
    [hub, 'devices/d1/commands', true],
  ])('%o publishing %s → %s', (principal, topic, allowed) => {
    expect(canPublish(principal, topic)).toBe(allowed)
  })
})

describe('topic ACL: subscribe', () => {
  it.each([
    [device, 'devices/d1/commands', true],
    [device, 'devices/d2/commands', false],
    [device, 'devices/+/commands', false],
    [device, 'devices/d1/telemetry', false],
    [device, 'devices/#', false],
    [device, '#', false],
    [viewer, 'devices/+/telemetry', true],
    [viewer, 'devices/+/status', true],
    [viewer, 'devices/+/meta', true],
    [viewer, 'devices/d1/telemetry', true],
    [viewer, 'devices/+/commands', false],
    [viewer, 'devices/+/responses', false],
    [viewer, 'devices/+/+', false],
    [viewer, 'devices/#', false],
    [viewer, 'devices/d1/#', false],
    [viewer, '#', false],
    [viewer, '+/+/telemetry', false],
    [viewer, '$SYS/#', false],
    [viewer, 'devices/D1/telemetry', false],
    [admin, 'devices/#', false],
    [hub, '#', true],
  ])('%o subscribing %s → %s', (principal, filter, allowed) => {
    expect(canSubscribe(principal, filter)).toBe(allowed)
  })
})
