import { describe, it, expect } from '@jest/globals'
import { encodeRemainingLength, MAX_REMAINING_LENGTH } from './mqtt-wire.js'

describe('encodeRemainingLength [MQTT-2.2.3]', () => {
  it.each([
    [0, [0x00]], [127, [0x7f]], [128, [0x80, 0x01]], [16_383, [0xff, 0x7f]], [16_384, [0x80, 0x80, 0x01]],
    [2_097_151, [0xff, 0xff, 0x7f]], [2_097_152, [0x80, 0x80, 0x80, 0x01]], [MAX_REMAINING_LENGTH, [0xff, 0xff, 0xff, 0x7f]],
  ])('%d → %j', (n, bytes) => {
    expect(encodeRemainingLength(n)).toEqual(bytes)
  })

  it.each([-1, 1.5, MAX_REMAINING_LENGTH + 1])('refuses %d', n => {
    expect(() => encodeRemainingLength(n)).toThrow(RangeError)
  })
})
