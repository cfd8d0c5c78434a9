import { describe, it, expect } from '@jest/globals'
import { ChunkFormatError, decodeChunk, encodeChunk, readChunkColumn, type ChunkPoint } from './chunk-codec.js'

const T0 = Date.UTC(2026, 0, 1)

describe('chunk codec', () => {
  it.each<[string, ChunkPoint[]]>([
    ['one point, one field', [{ ts: T0, ns: 0, fields: { temp: 21.5 } }]],
    ['every type', [{ ts: T0, ns: 0, fields: { temp: -0.125, on: true, mode: 'eco' } }, { ts: T0 + 1, ns: 999_999, fields: { temp: 1e300, on: false, mode: '' } }]],
    ['fields some points lack (a presence bitmap)', [
      { ts: T0, ns: 0, fields: { a: 1 } }, { ts: T0, ns: 1, fields: { b: 'x' } }, { ts: T0 + 5, ns: 0, fields: { a: 2, b: 'y', c: false } },
      ...Array.from({ length: 9 }, (_, i) => ({ ts: T0 + 10 + i, ns: 0, fields: { a: i } })), // more than 8 points: a second bitmap byte
      { ts: T0 + 30, ns: 0, fields: { c: true } },
    ]],
    ['strings with newlines, quotes, NUL and non-ASCII', [{ ts: T0, ns: 0, fields: { s: 'say "hi" \\ bye\nnext', t: 'nul \u0000 emoji \u{1F600} ü' } }]],
    ['integers beyond 2^31 and times before 1970', [{ ts: -86_400_000, ns: 5, fields: { big: 2 ** 53 - 1, neg: -(2 ** 40) } }]],
    ['a field name of 64 characters', [{ ts: T0, ns: 0, fields: { ['f'.repeat(64)]: 1 } }]],
  ])('decodes what it encoded: %s', (_name, points) => {
    const body = encodeChunk(points)
    expect(decodeChunk(body)).toEqual(points)
    // A copy in a plain Uint8Array (as SQLite may hand it back) reads the same.
    expect(decodeChunk(new Uint8Array(body))).toEqual(points)
  })

  it('reads one field without the others, with the time of each point that has it', () => {
    const body = encodeChunk([
      { ts: T0, ns: 0, fields: { a: 1, s: 'one' } }, { ts: T0 + 1, ns: 3, fields: { s: 'two' } }, { ts: T0 + 2, ns: 0, fields: { a: 3, s: 'three' } },
    ])
    expect(readChunkColumn(body, 'a')).toEqual({ type: 'number', ts: [T0, T0 + 2], ns: [0, 0], values: [1, 3] })
    expect(readChunkColumn(body, 's')).toEqual({ type: 'string', ts: [T0, T0 + 1, T0 + 2], ns: [0, 3, 0], values: ['one', 'two', 'three'] })
    expect(readChunkColumn(body, 'missing')).toBeNull()
  })

  it('packs a five-field point into ~60 bytes (a row of JSONB took ~120)', () => {
    const points = Array.from({ length: 32 }, (_, i) => ({ ts: T0 + i * 50, ns: 0, fields: { sent_us: 1764097380123456 + i, seq: i, temperature: 21.5, humidity: 40.2, power: 118 } }))
    expect(encodeChunk(points).length / points.length).toBeLessThan(60)
  })

  it.each<[string, (body: Buffer) => Buffer]>([
    ['an unknown version', b => Buffer.concat([Buffer.from([9]), b.subarray(1)])],
    ['cut inside the times', b => b.subarray(0, 10)],
    ['cut inside a field', b => b.subarray(0, b.length - 3)],
    ['a point count beyond the blob', b => { const c = Buffer.from(b); c.writeUInt32LE(1_000_000, 1); return c }],
    ['an unknown type code', b => { const c = Buffer.from(b); c[1 + 4 + 12 + 2 + 1 + 1] = 7; return c }],
    ['a string length beyond its field', b => { const c = Buffer.from(b); c.writeUInt32LE(1_000, c.length - 3 - 4); return c }],
  ])('refuses a damaged chunk: %s', (_name, damage) => {
    const body = encodeChunk([{ ts: T0, ns: 0, fields: { s: 'abc' } }])
    expect(() => decodeChunk(damage(body))).toThrow(ChunkFormatError)
  })
})
