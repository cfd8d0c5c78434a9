import { describe, it, expect } from '@jest/globals'
import { mqttStringFault, isWellFormedMqttString } from './utf8.js'

const b = (...x: number[]) => Uint8Array.from(x)

describe('mqttStringFault [MQTT-1.5.3-1/2]', () => {
  it.each([
    ['ASCII', b(0x61, 0x2f, 0x62), null],
    ['empty', b(), null],
    ['valid U+FFFD', b(0xef, 0xbf, 0xbd), null],
    ['four-byte U+1F600', b(0xf0, 0x9f, 0x98, 0x80), null],
    ['control character U+0001 (MAY close; accepted)', b(0x01), null],
    ['U+0000', b(0x61, 0x00), 'null'],
    ['U+0000 after non-ASCII', b(0xc3, 0xa9, 0x00), 'null'],
    ['surrogate U+D800', b(0xed, 0xa0, 0x80), 'ill-formed'],
    ['overlong "/"', b(0xc0, 0xaf), 'ill-formed'],
    ['lone continuation', b(0x80), 'ill-formed'],
    ['truncated sequence', b(0xe2, 0x82), 'ill-formed'],
    ['above U+10FFFF', b(0xf4, 0x90, 0x80, 0x80), 'ill-formed'],
    ['noncharacter U+FFFF', b(0xef, 0xbf, 0xbf), 'noncharacter'],
    ['noncharacter U+FFFE', b(0xef, 0xbf, 0xbe), 'noncharacter'],
    ['noncharacter U+FDD0', b(0xef, 0xb7, 0x90), 'noncharacter'],
    ['noncharacter U+10FFFF', b(0xf4, 0x8f, 0xbf, 0xbf), 'noncharacter'],
  ])('%s', (_name, bytes, fault) => {
    expect(mqttStringFault(bytes)).toBe(fault)
  })

  it.each([
    ['a valid U+FFFD', 'a\ufffd', true],
    ['U+0000', 'a\u0000', false],
    ['a lone surrogate', 'a\ud800', false],
    ['undefined', undefined, true],
  ])('isWellFormedMqttString: %s', (_name, s, ok) => {
    expect(isWellFormedMqttString(s)).toBe(ok)
  })
})
