import { describe, it, expect } from '@jest/globals'
import { createRequire } from 'node:module'
import { randomBytes } from 'node:crypto'

/**
 * mqtt-packet's parser reads every header byte, length and packet id through bl's BufferList
 * (`readUInt8`, `readUInt16BE`, …). Stock bl made each read a copy or a view of the bytes plus an
 * offset pair, then read that: a PUBLISH parse allocated ~1 KB of garbage. The patched reads
 * (`patches/bl+6.1.6.patch`) read a value that lies within one buffer in place; this proves they
 * answer exactly what a read of the joined bytes answers, wherever the chunk boundaries fall,
 * including values that straddle one and offsets out of range.
 */
// The bl that mqtt-packet's parser loads.
const require = createRequire(new URL('../../../node_modules/mqtt-packet/parser.js', import.meta.url).pathname)
type List = Record<string, (offset?: number) => number | bigint> & { append(b: Buffer): void; slice(start: number, end: number): Buffer }
const { BufferList } = require('bl') as { BufferList: new () => List }

/** Each read method and its width. */
const METHODS = { readUInt8: 1, readInt8: 1, readUInt16BE: 2, readUInt16LE: 2, readInt16BE: 2, readInt16LE: 2, readUInt32BE: 4, readUInt32LE: 4,
  readInt32BE: 4, readInt32LE: 4, readFloatBE: 4, readFloatLE: 4, readDoubleBE: 8, readDoubleLE: 8, readBigUInt64BE: 8, readBigInt64LE: 8 } as const

function outcome(read: () => number | bigint): unknown {
  try { return read() } catch (err) { return (err as Error).name }
}

describe('bl reads (as mqtt-packet parses)', () => {
  it.each([
    ['one buffer', [23]],
    ['byte-sized chunks', Array(23).fill(1)],
    ['a value straddling every boundary', [3, 2, 5, 1, 7, 5]],
    ['an empty chunk among others', [4, 0, 9, 10]],
  ])('reads what the joined bytes hold: %s', (_name, sizes) => {
    const whole = randomBytes((sizes as number[]).reduce((a, b) => a + b, 0))
    const list = new BufferList()
    let at = 0
    for (const n of sizes as number[]) { list.append(whole.subarray(at, at + n)); at += n }
    for (const [m, size] of Object.entries(METHODS) as Array<[keyof typeof METHODS, number]>) {
      for (let offset = -2; offset <= whole.length + 1; offset++) {
        // Stock bl's definition of the read (a slice, then the read of that), and the joined bytes' own read.
        const stock = outcome(() => list.slice(offset, offset + size)[m](0))
        expect([m, offset, outcome(() => list[m]!(offset))]).toEqual([m, offset, stock])
        if (offset >= 0 && offset + size <= whole.length) expect(list[m]!(offset)).toEqual(whole[m](offset))
      }
    }
  })

  it('reads a value within one buffer in place, and slices only one that straddles buffers', () => {
    const list = new BufferList()
    list.append(Buffer.from([1, 2, 3]))
    list.append(Buffer.from([4, 5]))
    let slices = 0
    const slice = list.slice.bind(list)
    list.slice = (start, end) => { slices++; return slice(start, end) }
    expect(list.readUInt16BE!(1)).toBe(0x0203)
    expect(list.readUInt8!(4)).toBe(5)
    expect(slices).toBe(0)
    expect(list.readUInt16BE!(2)).toBe(0x0304)
    expect(slices).toBe(1)
  })
})
