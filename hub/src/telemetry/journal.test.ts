import { describe, it, expect, afterEach } from '@jest/globals'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { openJournal, type Journal } from './journal.js'
import { buildPoint, type Point } from './point.js'

let dir = ''
const open: Journal[] = []
afterEach(async () => {
  for (const j of open.splice(0)) await j.close().catch(() => undefined)
  if (dir) rmSync(dir, { recursive: true, force: true })
})
const pt = (n: number) => buildPoint('d', { n }, 1_000_000 + n)
function make(maxSegmentBytes?: number): Journal {
  const j = openJournal(dir, maxSegmentBytes)
  open.push(j)
  return j
}
function drain(j: Journal, max = 1000): number[] {
  const out: number[] = []
  for (let b = j.read(max); b; b = j.read(max)) { out.push(...b.points.map(p => p.fields.n as number)); j.commit(b, {}) }
  return out
}
async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise(resolve => setImmediate(resolve))
  }
}
const segments = () => readdirSync(dir).filter(f => f.endsWith('.log')).sort()

describe('telemetry journal', () => {
  it('commits concurrent appends with one fsync per event-loop turn', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    let commits = 0
    j.onDurable = () => { commits++ }
    await Promise.all(Array.from({ length: 100 }, (_, i) => j.append([pt(i)], i)))
    expect(j.pending).toBe(100)
    expect(commits).toBeLessThanOrEqual(2)
    expect(drain(j)).toEqual(Array.from({ length: 100 }, (_, i) => i))
  })

  it('fsyncs a group only when one of its records asks for it (QoS 0 records alone cost none)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    await Promise.all([j.append([pt(1)], 1, false), j.append([pt(2)], 2, false)])
    expect(j.syncs).toBe(0)
    // Written to the file: the writer may read them, and a reopen (a restarted process) finds them.
    expect(j.pending).toBe(2)
    await Promise.all([j.append([pt(3)], 3, false), j.append([pt(4)], 4)])
    expect(j.syncs).toBe(1)
    await j.close()
    expect(drain(make())).toEqual([1, 2, 3, 4])
  })

  it('lets QoS 1 records that arrive within the sync interval share one fsync', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = openJournal(dir, undefined, { minSyncIntervalMs: 200 })
    open.push(j)
    await j.append([pt(1)], 1) // nothing synced recently: at once
    expect(j.syncs).toBe(1)
    const later: Array<Promise<void>> = []
    for (let i = 2; i <= 6; i++) { later.push(j.append([pt(i)], i)); await new Promise(r => setImmediate(r)) }
    await Promise.all(later)
    expect(j.syncs).toBe(2)
    expect(drain(j)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('fails only the append of a point it cannot encode, not the others of its group commit', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    const first = j.append([pt(1)], 1)
    const odd = buildPoint('d', { n: 1n as unknown as number }, 1_000_002)
    expect(() => j.append([odd], 2)).toThrow(TypeError)
    const third = j.append([pt(3)], 3)
    await Promise.all([first, third])
    expect(j.pending).toBe(2)
    await j.close()
    expect(drain(make())).toEqual([1, 3])
  })

  it('reads whole records only up to the batch size, and nothing that is not durable yet', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    await j.append([pt(1), pt(2)], 1)
    await j.append([pt(3)], 2)
    const pending = j.append([pt(4)], 3)
    expect(j.read(2)!.points.map(p => p.fields.n)).toEqual([1, 2])
    expect(j.read(10)!.points.map(p => p.fields.n)).toEqual([3]) // 4 is not fsync'ed yet
    await pending
    j.rewind()
    expect(j.read(10)!.points.map(p => p.fields.n)).toEqual([1, 2, 3, 4])
  })

  it('reads records of any size in order, whatever the batch size, and points read earlier stay intact', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    // Small records teach the reader a small size per point; then one of 20 KiB and one past its 256 KiB read.
    const sized = (n: number, bytes: number) => buildPoint('d', { n, s: 'x'.repeat(bytes) }, 1_000_000 + n)
    for (let i = 1; i <= 50; i++) await j.append([pt(i)], i)
    await j.append([sized(51, 20_000)], 51)
    await j.append([sized(52, 300_000)], 52)
    for (let i = 53; i <= 60; i++) await j.append([pt(i)], i)
    const batches = []
    for (let b = j.read(7); b; b = j.read(7)) { batches.push(b); j.commit(b, {}) }
    const points = batches.flatMap(b => b.points)
    expect(points.map(p => p.fields.n)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    expect((points[50]!.fields.s as string).length).toBe(20_000)
    expect((points[51]!.fields.s as string).length).toBe(300_000)
    expect(batches.every(b => b.points.length <= 7)).toBe(true)
  })

  it('reads records of the first format ({at, p}) left by an earlier version, and points of any shape', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const first = { at: 7, p: [pt(1), buildPoint('d', { n: 2 }, 1_000_002, { room: 'lab', model: 'm1' }, 5)] }
    const payload = Buffer.from(JSON.stringify(first))
    const header = Buffer.alloc(12)
    header.writeUInt32LE(payload.length, 0)
    header.writeUInt32LE(2, 4)
    header.writeUInt32LE(crc32(payload, crc32(header.subarray(4, 8))), 8)
    writeFileSync(path.join(dir, 'seg-000000000001.log'), Buffer.concat([header, payload]))
    const j = make()
    expect(j.pending).toBe(2)
    // Written now: a point the compact form cannot hold (another tag) goes as an object.
    const odd = { measurement: 'telemetry', tags: { device: 'd', site: 'x' }, fields: { n: 3 }, ts: 1_000_003 }
    await j.append([odd, buildPoint('d', { n: 4 }, 1_000_004, { room: 'lab', model: null }, 9)], 8)
    const b = j.read(10)!
    expect(b.firstAt).toBe(7)
    expect(b.points).toEqual([...first.p, odd, buildPoint('d', { n: 4 }, 1_000_004, { room: 'lab', model: null }, 9)])
  })

  it('writes the fields in the text the device sent, and a reopen reads them back as the same fields', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const sent = ' {"n": 5,\n "s":"\u00fc \\"q\\"", "on":true} '
    const fields = JSON.parse(sent) as Record<string, number | string | boolean>
    const j = make()
    await j.append([buildPoint('d-1', fields, 1_000_005, { room: 'lab "north"', model: null }, 3, sent), pt(6)], 9)
    await j.close()
    const b = make().read(10)!
    expect(b.firstAt).toBe(9)
    expect(b.points).toEqual([
      { measurement: 'telemetry', tags: { device: 'd-1', room: 'lab "north"' }, fields: { n: 5, s: 'ü "q"', on: true }, ts: 1_000_005, ns: 3 },
      pt(6),
    ])
  })

  it('replays from the saved cursor after a reopen, keeping counters', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    for (let i = 1; i <= 5; i++) await j.append([pt(i)], i)
    const b = j.read(2)!
    j.commit(b, { written: 2 })
    await j.close()
    const again = make()
    expect(again.pending).toBe(3)
    expect(again.opened.saved).toEqual({ written: 2 })
    expect(drain(again)).toEqual([3, 4, 5])
  })

  it('saves the cursor at most every 250 ms: after a crash the last batches are read again, after close() nothing is', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    for (let i = 1; i <= 6; i++) await j.append([pt(i)], i)
    j.commit(j.read(2)!, { written: 2 }) // saved at once: none saved before
    const saved = readFileSync(path.join(dir, 'cursor.json'), 'utf8')
    j.commit(j.read(2)!, { written: 4 }) // within the interval: in memory only
    expect(readFileSync(path.join(dir, 'cursor.json'), 'utf8')).toBe(saved)
    // A crash now (the file is all a new process sees): 3 and 4 come again, which the stores take as the same points.
    const afterCrash = make()
    expect(afterCrash.opened.saved).toEqual({ written: 2 })
    expect(afterCrash.read(10)!.points.map(p => p.fields.n)).toEqual([3, 4, 5, 6])
    await j.close() // a clean stop saves the cursor it holds
    const again = make()
    expect(again.opened.saved).toEqual({ written: 4 })
    expect(drain(again)).toEqual([5, 6])
  })

  it('moves the cursor file only after the store says its acknowledged writes are on disk', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    let release: () => void = () => {}
    let syncs = 0
    const j = openJournal(dir, undefined, { beforeCursorSave: () => { syncs++; return new Promise<void>(resolve => { release = resolve }) } })
    open.push(j)
    for (let i = 1; i <= 4; i++) await j.append([pt(i)], i)
    j.commit(j.read(2)!, { written: 2 })
    expect(syncs).toBe(1)
    const cursorFile = path.join(dir, 'cursor.json')
    const readCursor = () => { try { return JSON.parse(readFileSync(cursorFile, 'utf8')) as { off: number; counters: object } } catch { return null } }
    expect(readCursor()).toBeNull() // the store has not synced yet: a reboot now must replay 1 and 2
    j.saveCounters({ written: 2, rejected: 1 }) // counters alone never move the position
    expect(readCursor()).toEqual({ seg: expect.any(Number), off: 0, counters: { written: 2, rejected: 1 } })
    release()
    await until(() => (readCursor()?.off ?? 0) > 0)
    expect(readCursor()!.counters).toEqual({ written: 2 })
    j.commit(j.read(2)!, { written: 4 })
    const closing = j.close() // a clean stop still saves the last position, after one more sync
    await until(() => syncs === 2)
    release()
    await closing
    expect(readCursor()!.counters).toEqual({ written: 4 })
    expect(make().pending).toBe(0)
  })

  it('reports a cursor it could not save, and saves it with the next commit', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    let fail = true
    const j = openJournal(dir, undefined, { beforeCursorSave: async () => { if (fail) throw new Error('disk gone') } })
    open.push(j)
    const errors: string[] = []
    j.onCursorError = err => errors.push(err.message)
    for (let i = 1; i <= 4; i++) await j.append([pt(i)], i)
    j.commit(j.read(2)!, { written: 2 })
    await until(() => errors.length === 1)
    expect(errors).toEqual(['disk gone'])
    expect(existsSync(path.join(dir, 'cursor.json'))).toBe(false)
    fail = false
    j.commit(j.read(2)!, { written: 4 })
    await until(() => existsSync(path.join(dir, 'cursor.json')))
    expect(JSON.parse(readFileSync(path.join(dir, 'cursor.json'), 'utf8')).counters).toEqual({ written: 4 })
    expect(make().pending).toBe(0)
  })

  it('rotates segments and deletes them once the cursor has passed', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make(120)
    for (let i = 1; i <= 10; i++) await j.append([pt(i)], i)
    expect(segments().length).toBeGreaterThan(2)
    expect(drain(j)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(segments().length).toBe(1) // the segment being appended to
  })

  it.each([
    ['a torn tail (half a record)', 'tornRecords', [1, 2, 3, 4], (file: string) => appendFileSync(file, Buffer.from([200, 0, 0, 0, 1, 0, 0, 0, 9, 9]))],
    ['a torn header', 'tornRecords', [1, 2, 3, 4], (file: string) => appendFileSync(file, Buffer.from([200, 0, 0]))],
    ['a corrupt last record (bad checksum)', 'corruptRecords', [1, 2, 4], (file: string) => {
      const buf = readFileSync(file)
      buf[buf.length - 3] = buf[buf.length - 3]! ^ 0xff
      writeFileSync(file, buf)
    }],
  ] as const)('cuts %s off at open, counts it as %s, and keeps every record before it', async (_name, kind, expected, damage) => {
    dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
    const j = make()
    for (let i = 1; i <= 3; i++) await j.append([pt(i)], i)
    await j.close()
    const file = path.join(dir, segments()[0]!)
    damage(file as string)
    const again = make()
    const other = kind === 'tornRecords' ? 'corruptRecords' : 'tornRecords'
    expect([again.opened[kind], again.opened[other]]).toEqual([1, 0])
    expect(again.opened.truncatedBytes).toBeGreaterThan(0)
    await again.append([pt(4)], 4)
    expect(drain(again)).toEqual(expected)
  })

  describe('durable records held in memory for the writer', () => {
    const mixed = () => [
      [pt(1)],
      [buildPoint('d', { n: 2, s: 'ü\n"x' }, 1_000_002, { room: 'lab', model: 'm1' }, 5), buildPoint('e', { n: 3, on: true }, 1_000_003)],
      [{ measurement: 'telemetry', tags: { device: 'd', site: 'x' }, fields: { n: 4 }, ts: 1_000_004 }],
    ]

    it('hands out the appended points without reading the file, equal to what a reopen reads from it', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
      const j = make()
      const records = mixed()
      for (const [i, r] of records.entries()) await j.append(r, i)
      const held = j.read(10)!
      expect(held.points[0]).toBe(records[0]![0]) // the same object: nothing was parsed
      expect(held.records).toBe(3)
      await j.close() // nothing committed: a new process reads all three from the file
      const fromFile = make().read(10)!
      expect(fromFile.points[0]).not.toBe(records[0]![0])
      expect(fromFile.points).toEqual(held.points)
      expect(fromFile.firstAt).toBe(held.firstAt)
    })

    it('reads held records again after a rewind, from the cursor on', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
      const j = make()
      for (let i = 1; i <= 5; i++) await j.append([pt(i)], i)
      j.commit(j.read(2)!, {})
      expect(j.read(2)!.points.map(p => p.fields.n)).toEqual([3, 4])
      j.rewind() // a failed write
      expect(drain(j, 10)).toEqual([3, 4, 5])
      await j.close()
      expect(make().pending).toBe(0)
    })

    it('moves across segments with the file: a cursor committed from memory is a position a reopen resumes at', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
      const j = make(120)
      const appended = Array.from({ length: 10 }, (_, i) => pt(i + 1))
      for (const p of appended) await j.append([p], p.ts)
      expect(segments().length).toBeGreaterThan(2)
      const first = j.read(4)!
      expect(first.points).toEqual(appended.slice(0, 4))
      expect(first.points.every((p, i) => p === appended[i])).toBe(true) // from memory, across segment ends
      j.commit(first, {})
      await j.close()
      const again = make(120)
      expect(again.pending).toBe(6)
      expect(drain(again)).toEqual([5, 6, 7, 8, 9, 10])
    })

    it('leaves a backlog larger than it holds in the file, and holds again once the writer has caught up', async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'tether-journal-'))
      const j = make()
      const records = Array.from({ length: 20 }, (_, r) => Array.from({ length: 1000 }, (_, i) => pt(r * 1000 + i)))
      for (const [i, r] of records.entries()) await j.append(r, i)
      const all: Point[] = []
      for (let b = j.read(3000); b; b = j.read(3000)) { all.push(...b.points); j.commit(b, {}) }
      expect(all.map(p => p.fields.n)).toEqual(Array.from({ length: 20_000 }, (_, i) => i))
      expect(all.some((p, i) => p === records[Math.floor(i / 1000)]![i % 1000])).toBe(true) // the first records are held,
      expect(all.at(-1)).not.toBe(records.at(-1)!.at(-1)) // the ones past the limit are read from the file
      const later = [pt(20_000)]
      await j.append(later, 20)
      expect(j.read(10)!.points[0]).toBe(later[0])
      expect(j.pending).toBe(1)
    })
  })
})
