/**
 * The embedded store's chunk: the points of one device, sorted by time, packed column by column
 * into one blob. Pure; `embedded.ts` does the I/O.
 *
 * Layout (little-endian), version 1:
 *   u8 version · u32 n · f64 ts[n] (epoch ms) · u32 ns[n] (0–999 999) · u16 field count, then per field:
 *   u8 name length · name (UTF-8) · u8 type (0 number, 1 boolean, 2 string) · u8 presence (0 every
 *   point, 1 a bitmap of ⌈n/8⌉ bytes follows, bit i = point i has the field) · u32 byte length of the
 *   values · the values of the points that have the field: f64, u8 (0/1), or u32 length + UTF-8.
 * The byte length lets a reader skip to the field it wants without reading the others.
 */
import { fieldTypeOf, type FieldType, type FieldValue } from '../point.js'

export interface ChunkPoint { ts: number; ns: number; fields: Record<string, FieldValue> }

/** One field of a chunk: the time (`ts[i]`, `ns[i]`) and value (`values[i]`) of each point that has it. */
export interface ChunkColumn { type: FieldType; ts: number[]; ns: number[]; values: FieldValue[] }

export class ChunkFormatError extends Error {
  override name = 'ChunkFormatError'
}

const VERSION = 1
const TYPE_CODES: Record<FieldType, number> = { number: 0, boolean: 1, string: 2 }
const TYPES: FieldType[] = ['number', 'boolean', 'string']

/** `points` sorted by (ts, ns), each key once; every value of a field of one type (the store checks both). */
export function encodeChunk(points: readonly ChunkPoint[]): Buffer {
  const n = points.length
  const columns = new Map<string, FieldType>()
  for (const p of points) {
    for (const f in p.fields) if (!columns.has(f)) columns.set(f, fieldTypeOf(p.fields[f]!))
  }
  let size = 1 + 4 + n * 12 + 2
  const strings: Buffer[] = []
  for (const [name, type] of columns) {
    size += 1 + Buffer.byteLength(name) + 2 + Math.ceil(n / 8) + 4
    for (const p of points) {
      const v = p.fields[name]
      if (v === undefined) continue
      if (type === 'number') size += 8
      else if (type === 'boolean') size += 1
      else { const b = Buffer.from(v as string, 'utf8'); strings.push(b); size += 4 + b.length }
    }
  }
  const buf = Buffer.allocUnsafe(size)
  let o = 0
  buf[o++] = VERSION
  o = buf.writeUInt32LE(n, o)
  for (let i = 0; i < n; i++) o = buf.writeDoubleLE(points[i]!.ts, o)
  for (let i = 0; i < n; i++) o = buf.writeUInt32LE(points[i]!.ns, o)
  o = buf.writeUInt16LE(columns.size, o)
  let s = 0
  for (const [name, type] of columns) {
    const nameLength = buf.write(name, o + 1, 'utf8')
    buf[o] = nameLength
    o += 1 + nameLength
    buf[o++] = TYPE_CODES[type]
    let present = 0
    for (const p of points) if (p.fields[name] !== undefined) present++
    if (present === n) buf[o++] = 0
    else {
      buf[o++] = 1
      const bytes = Math.ceil(n / 8)
      buf.fill(0, o, o + bytes)
      for (let i = 0; i < n; i++) if (points[i]!.fields[name] !== undefined) buf[o + (i >> 3)]! |= 1 << (i & 7)
      o += bytes
    }
    const lengthAt = o
    o += 4
    for (const p of points) {
      const v = p.fields[name]
      if (v === undefined) continue
      if (type === 'number') o = buf.writeDoubleLE(v as number, o)
      else if (type === 'boolean') buf[o++] = v ? 1 : 0
      else { const b = strings[s++]!; o = buf.writeUInt32LE(b.length, o); o += b.copy(buf, o) }
    }
    buf.writeUInt32LE(o - lengthAt - 4, lengthAt)
  }
  return o === size ? buf : buf.subarray(0, o)
}

/** Every point of a chunk, in its stored order. */
export function decodeChunk(body: Uint8Array): ChunkPoint[] {
  const r = new Reader(body)
  const n = r.header()
  const points: ChunkPoint[] = new Array(n)
  for (let i = 0; i < n; i++) points[i] = { ts: r.buf.readDoubleLE(5 + i * 8), ns: r.buf.readUInt32LE(5 + n * 8 + i * 4), fields: {} }
  const count = r.u16()
  for (let c = 0; c < count; c++) {
    const col = r.column(n)
    for (let k = 0, at = col.start; k < col.present.length; k++) {
      const [v, next] = r.value(col.type, at, col.end)
      points[col.present[k]!]!.fields[col.name] = v
      at = next
    }
  }
  return points
}

/** The points of a chunk that have `field`, read without decoding the other fields; null when none has it. */
export function readChunkColumn(body: Uint8Array, field: string): ChunkColumn | null {
  const r = new Reader(body)
  const n = r.header()
  const count = r.u16()
  for (let c = 0; c < count; c++) {
    const col = r.column(n)
    if (col.name !== field) continue
    const out: ChunkColumn = { type: col.type, ts: new Array(col.present.length), ns: new Array(col.present.length), values: new Array(col.present.length) }
    for (let k = 0, at = col.start; k < col.present.length; k++) {
      const i = col.present[k]!
      out.ts[k] = r.buf.readDoubleLE(5 + i * 8)
      out.ns[k] = r.buf.readUInt32LE(5 + n * 8 + i * 4)
      const [v, next] = r.value(col.type, at, col.end)
      out.values[k] = v
      at = next
    }
    return out
  }
  return null
}

/** Bounds-checked reads: a damaged blob throws ChunkFormatError, never reads past its end. */
class Reader {
  readonly buf: Buffer
  private o = 0
  constructor(body: Uint8Array) { this.buf = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength) }

  header(): number {
    this.need(5)
    if (this.buf[0] !== VERSION) throw new ChunkFormatError(`chunk version ${this.buf[0]} is not known`)
    const n = this.buf.readUInt32LE(1)
    this.o = 5
    this.need(n * 12)
    this.o += n * 12
    return n
  }

  u16(): number { this.need(2); const v = this.buf.readUInt16LE(this.o); this.o += 2; return v }

  /** A field's header; leaves the reader at the next field. */
  column(n: number): { name: string; type: FieldType; present: number[]; start: number; end: number } {
    this.need(1)
    const nameLength = this.buf[this.o]!
    this.need(1 + nameLength + 2)
    const name = this.buf.toString('utf8', this.o + 1, this.o + 1 + nameLength)
    this.o += 1 + nameLength
    const type = TYPES[this.buf[this.o]!]
    if (!type) throw new ChunkFormatError(`field ${name}: type code ${this.buf[this.o]} is not known`)
    const presence = this.buf[this.o + 1]
    this.o += 2
    const present: number[] = []
    if (presence === 0) for (let i = 0; i < n; i++) present.push(i)
    else if (presence === 1) {
      const bytes = Math.ceil(n / 8)
      this.need(bytes)
      for (let i = 0; i < n; i++) if (this.buf[this.o + (i >> 3)]! & (1 << (i & 7))) present.push(i)
      this.o += bytes
    } else throw new ChunkFormatError(`field ${name}: presence ${presence} is not known`)
    this.need(4)
    const length = this.buf.readUInt32LE(this.o)
    this.o += 4
    this.need(length)
    const start = this.o
    this.o += length
    const fixed = type === 'number' ? 8 : type === 'boolean' ? 1 : 0
    if (fixed && length !== fixed * present.length) throw new ChunkFormatError(`field ${name}: ${length} bytes for ${present.length} values`)
    return { name, type, present, start, end: this.o }
  }

  /** A value at `at` and the offset after it; a string is checked against the end of its field (`end`). */
  value(type: FieldType, at: number, end: number): [FieldValue, number] {
    if (type === 'number') return [this.buf.readDoubleLE(at), at + 8]
    if (type === 'boolean') return [this.buf[at] === 1, at + 1]
    if (at + 4 > end) throw new ChunkFormatError('string value past the end of its field')
    const length = this.buf.readUInt32LE(at)
    if (at + 4 + length > end) throw new ChunkFormatError('string value past the end of its field')
    return [this.buf.toString('utf8', at + 4, at + 4 + length), at + 4 + length]
  }

  private need(bytes: number): void {
    if (this.o + bytes > this.buf.length) throw new ChunkFormatError(`chunk ends at byte ${this.buf.length}, ${this.o + bytes} needed`)
  }
}
