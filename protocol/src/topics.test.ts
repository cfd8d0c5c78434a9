import { describe, it, expect } from '@jest/globals'
import { allDevicesFilter, deviceTopic, DEVICE_TOPIC_KINDS, parseDeviceTopic } from './topics.js'

describe('device topics', () => {
  it.each(DEVICE_TOPIC_KINDS.map(k => [k]))('builds and reads back devices/{id}/%s', kind => {
    const topic = deviceTopic('boiler-3', kind)
    expect(topic).toBe(`devices/boiler-3/${kind}`)
    expect(parseDeviceTopic(topic)).toEqual({ deviceId: 'boiler-3', kind })
  })

  it.each([
    ['devices/boiler-3/telemetry', { deviceId: 'boiler-3', kind: 'telemetry' }],
    ['devices/p_1/presence', { deviceId: 'p_1', kind: 'presence' }],
    ['devices/+/telemetry', null],
    ['devices/#', null],
    ['devices/Boiler/telemetry', null],
    ['devices/a.b/telemetry', null],
    ['devices/a:b/telemetry', null],
    ['devices//telemetry', null],
    ['devices/boiler-3/telemetry/extra', null],
    ['devices/boiler-3/unknown', null],
    ['devices/boiler-3', null],
    ['device/boiler-3/telemetry', null],
    ['$SYS/devices/boiler-3/telemetry', null],
    [`devices/${'x'.repeat(65)}/meta`, null],
  ])('parses %j as %j', (topic, expected) => {
    expect(parseDeviceTopic(topic)).toEqual(expected)
  })

  it('builds the all-devices filter of one kind', () => {
    expect(allDevicesFilter('presence')).toBe('devices/+/presence')
  })
})
