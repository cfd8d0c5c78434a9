import { describe, it, expect } from '@jest/globals'
import { deviceTopic, parseDeviceTopic } from './device-topic.js'

describe('parseDeviceTopic', () => {
  it.each([
    ['devices/th-1/telemetry', { deviceId: 'th-1', kind: 'telemetry' }],
    ['devices/pump_2/commands', { deviceId: 'pump_2', kind: 'commands' }],
    ['devices/th-1/telemetry/x', null],
    ['devices//telemetry', null],
    ['devices/th-1/', null],
    ['devices/+/telemetry', null],
    ['devices/a b/telemetry', null],
    ['devices/A/telemetry', null],
    ['devices/a.b/telemetry', null],
    ['$SYS/x/telemetry', null],
    ['device/th-1/telemetry', null],
  ])('%j → %j', (topic, expected) => {
    expect(parseDeviceTopic(topic)).toEqual(expected)
  })

  it('round-trips what deviceTopic builds', () => {
    expect(parseDeviceTopic(deviceTopic('th-1', 'meta'))).toEqual({ deviceId: 'th-1', kind: 'meta' })
  })
})
