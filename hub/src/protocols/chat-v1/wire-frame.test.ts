import { describe, expect, it } from '@jest/globals'
import * as wsLib from 'ws'
import { wireTextFrame, wireTextFrameOf } from './wire-frame.js'

const { Sender } = wsLib as unknown as { Sender: { frame(data: Buffer, options: object): Buffer[] } }

describe('wireTextFrame', () => {
  // The same bytes ws's own sender puts on the wire for an unmasked final text frame.
  it.each([0, 1, 125, 126, 127, 65535, 65536, 70000])('matches ws framing for a %i-byte payload', n => {
    const payload = Buffer.alloc(n, 0x61)
    const ws = Buffer.concat(Sender.frame(payload, { fin: true, opcode: 1, mask: false, readOnly: true, rsv1: false }))
    expect(wireTextFrame(payload).wire.equals(ws)).toBe(true)
  })

  it('keeps the payload for the fallback path', () => {
    const f = wireTextFrameOf('{"type":"event","text":"é"}')
    expect(f.payload.toString('utf8')).toBe('{"type":"event","text":"é"}')
    expect(f.wire.subarray(2).equals(f.payload)).toBe(true)
    expect(f.wire[0]).toBe(0x81)
    expect(f.wire[1]).toBe(f.payload.length)
  })
})
