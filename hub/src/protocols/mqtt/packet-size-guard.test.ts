import { describe, it, expect } from '@jest/globals'
import { PacketSizeGuard } from './packet-size-guard.js'

const bytes = (...b: number[]) => Uint8Array.from(b)

describe('PacketSizeGuard', () => {
  it.each([
    ['PINGREQ', [bytes(0xc0, 0x00)], 100, { ok: true, packetsCompleted: 1 }],
    ['two packets in one chunk', [bytes(0xc0, 0x00, 0xd0, 0x00)], 100, { ok: true, packetsCompleted: 2 }],
    ['body split over chunks', [bytes(0x30, 0x03, 0x00), bytes(0x01), bytes(0x61)], 100, { ok: true, packetsCompleted: 1 }],
    ['length varint split over chunks', [bytes(0x30, 0x80), bytes(0x01)], 1000, { ok: true, packetsCompleted: 0 }],
    ['exactly at the limit', [bytes(0x30, 0x08)], 10, { ok: true, packetsCompleted: 0 }],
    ['one byte over the limit', [bytes(0x30, 0x09)], 10, { ok: false, reason: 'too_large', declaredBytes: 11 }],
    ['huge declared length', [bytes(0x30, 0xff, 0xff, 0xff, 0x7f)], 256 * 1024, { ok: false, reason: 'too_large', declaredBytes: 268435460 }],
    ['five-byte varint', [bytes(0x30, 0x80, 0x80, 0x80, 0x80, 0x01)], 1e9, { ok: false, reason: 'malformed' }],
  ])('%s', (_name, chunks, limit, expected) => {
    const guard = new PacketSizeGuard(limit)
    let verdict: ReturnType<PacketSizeGuard['feed']> = { ok: true, packetsCompleted: 0 }
    let completed = 0
    for (const chunk of chunks) {
      verdict = guard.feed(chunk)
      if (verdict.ok) completed += verdict.packetsCompleted
      else break
    }
    if (verdict.ok) expect({ ok: true, packetsCompleted: completed }).toEqual(expected)
    else expect(verdict).toEqual(expected)
  })

  it('stays failed after a verdict', () => {
    const guard = new PacketSizeGuard(4)
    expect(guard.feed(bytes(0x30, 0x09)).ok).toBe(false)
    expect(guard.feed(bytes(0xc0, 0x00)).ok).toBe(false)
  })
})
