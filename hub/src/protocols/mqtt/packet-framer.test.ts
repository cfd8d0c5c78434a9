import { describe, it, expect } from '@jest/globals'
import { PacketFramer } from './packet-framer.js'

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex')
const toHex = (b: Buffer) => [...b].map(x => x.toString(16).padStart(2, '0')).join(' ')

describe('PacketFramer', () => {
  it.each([
    ['one packet', ['c0 00'], ['c0 00']],
    ['two packets in one chunk', ['c0 00 e0 00'], ['c0 00', 'e0 00']],
    ['a packet over three chunks', ['30 03', '00', '01 61'], ['30 03 00 01 61']],
    ['a varint split across chunks', ['30 80', '01 ' + '61 '.repeat(128)], ['30 80 01 ' + '61 '.repeat(128).trim()]],
    ['a packet and the start of the next', ['c0 00 30 03 00', '01 61'], ['c0 00', '30 03 00 01 61']],
  ])('%s', (_name, chunks, expected) => {
    const framer = new PacketFramer(1024)
    const out: string[] = []
    for (const c of chunks) {
      const v = framer.feed(hex(c))
      if (!v.ok) throw new Error('refused')
      out.push(...v.packets.map(toHex))
    }
    expect(out).toEqual(expected)
  })

  it('refuses a packet over the limit from its fixed header', () => {
    expect(new PacketFramer(10).feed(hex('30 09'))).toEqual({ ok: false, reason: 'too_large', declaredBytes: 11 })
  })

  it('gives the completed packets as one contiguous buffer, keeping the rest', () => {
    const framer = new PacketFramer(1024)
    const v = framer.feed(hex('c0 00 e0 00 30 03 00'))
    expect(v.ok && v.whole && toHex(v.whole)).toBe('c0 00 e0 00')
    const w = framer.feed(hex('01 61'))
    expect(w.ok && w.whole && toHex(w.whole)).toBe('30 03 00 01 61')
  })
})
