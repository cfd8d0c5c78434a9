import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { fdatasync as fdatasyncCallback, writeSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { promisify } from 'node:util'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import { MEASUREMENT, type FieldValue, type Point } from './point.js'

/** Where the store writer stands: a segment number and a byte offset in it. */
export interface JournalPosition { seg: number; off: number }

/** What read() hands the writer: the points of whole records, and where they end. */
export interface JournalBatch { points: Point[]; records: number; firstAt: number; end: JournalPosition }

export interface JournalOpenReport {
  /** Records found intact after the cursor (points not yet in the store). */
  pendingPoints: number
  /**
   * Segments whose last record ended early: an append cut short by a crash. Such a record was never
   * acknowledged (its fsync comes after the whole write), so its devices send it again.
   */
  tornRecords: number
  /** Records cut off because their checksum or length did not match: damaged data, maybe acknowledged. */
  corruptRecords: number
  /** Bytes cut off at open, torn and corrupt tails together. */
  truncatedBytes: number
  /** Counters saved with the cursor by the previous run. */
  saved: Record<string, number>
}

export interface Journal {
  readonly dir: string
  readonly opened: JournalOpenReport
  /**
   * Appends one record; resolves once it is fsync'ed (group commit: one fsync per event-loop turn).
   * `sync: false` (QoS 0, which promises nothing): resolves once written to the file, which
   * survives the process but not the machine; a group of such records costs no fsync.
   */
  append(points: Point[], at: number, sync?: boolean): Promise<void>
  /** Up to `maxPoints` points (whole records) after the read position and before the durable end, or null. */
  read(maxPoints: number): JournalBatch | null
  /** The store has `batch`: move the cursor past it; the cursor file (with `counters`) follows within 250 ms and consumed segments go. */
  commit(batch: JournalBatch, counters: Record<string, number>): void
  /** Moves the read position back to the cursor (a failed write is read again). */
  rewind(): void
  /** Saves counters without moving the cursor. */
  saveCounters(counters: Record<string, number>): void
  /** Durable points not yet committed. */
  readonly pending: number
  /** Bytes on disk (all segments). */
  readonly bytes: number
  /** fsyncs done since open (a group of QoS 0 records alone needs none). */
  readonly syncs: number
  /** Called after each group commit (the writer's wake-up). */
  onDurable: (() => void) | null
  /** Called when the cursor file could not be saved (the points are written again after a restart; the next commit retries). */
  onCursorError: ((err: Error) => void) | null
  close(): Promise<void>
}

const fdatasync = promisify(fdatasyncCallback)
const SEGMENT = /^seg-(\d{12})\.log$/
/** Largest single read of the journal (a record longer than this is read on its own). */
const READ_CHUNK = 256 * 1024
/** Longest the saved cursor lags the store's last confirmed batch, ms. */
const CURSOR_INTERVAL_MS = 250
const HEADER = 12 // u32 payload length, u32 point count, u32 crc32(count ‖ payload)
/** Largest write buffer kept between group commits. */
const KEPT_WRITE_BUFFER = 1024 * 1024
/** Most points held in memory for the writer (see `held`): ~5 MiB. */
const HELD_POINTS = 16_384
const CURSOR = 'cursor.json'
const segName = (n: number) => `seg-${String(n).padStart(12, '0')}.log`

/**
 * A record's payload is `[at, …points]`, each point `[ts, ns, fields, device, room, model]` when it
 * is a `telemetry` point tagged with device (room, model) alone, as every point the hub makes is,
 * else the point object. Half the keys and two objects fewer per point than the first format,
 * `{at, p: [point…]}`, which is still read.
 */
type CompactPoint = [ts: number, ns: number, fields: Record<string, FieldValue>, device: string, room: string | null, model: string | null]

function compact(p: Point): CompactPoint | Point {
  const t = p.tags
  if (p.measurement !== MEASUREMENT || typeof t.device !== 'string') return p
  let known = 1
  if (t.room !== undefined) known++
  if (t.model !== undefined) known++
  let keys = 0
  for (const _ in t) keys++
  if (keys !== known) return p
  return [p.ts, p.ns ?? 0, p.fields, t.device, t.room ?? null, t.model ?? null]
}

function expand(x: CompactPoint | Point): Point {
  if (!Array.isArray(x)) return x
  const [ts, ns, fields, device, room, model] = x
  const tags: Record<string, string> = { device }
  if (room !== null) tags.room = room
  if (model !== null) tags.model = model
  return ns ? { measurement: MEASUREMENT, tags, fields, ts, ns } : { measurement: MEASUREMENT, tags, fields, ts }
}

/** Parses one record's payload into `points`; returns its `at`. */
function takeRecord(text: string, points: Point[]): number {
  const rec = JSON.parse(text) as Array<number | CompactPoint | Point> | { at: number; p: Point[] }
  if (!Array.isArray(rec)) {
    for (const p of rec.p) points.push(p)
    return rec.at
  }
  for (let i = 1; i < rec.length; i++) points.push(expand(rec[i] as CompactPoint | Point))
  return rec[0] as number
}

/** A durable record kept in memory, and where it lies in the journal. */
interface HeldRecord { points: Point[]; at: number; start: JournalPosition; end: JournalPosition }

/**
 * A record waiting for its group commit, as JSON (made when it is appended, so a point that cannot
 * be encoded fails its own append only); framed at the commit, into the journal's one write buffer.
 */
interface QueuedRecord { points: Point[]; at: number; text: string }

/** crc32 of a record's point count as stored (u32 LE), the checksum's seed; 1 for nearly every record. */
const countBytes = Buffer.alloc(4)
function countSeed(count: number): number {
  countBytes.writeUInt32LE(count, 0)
  return crc32(countBytes)
}
const ONE_POINT_SEED = countSeed(1)

/**
 * Frames `rec` into `buf` at `off` (room enough: HEADER + 3 bytes per UTF-16 unit of its text);
 * returns where it ends. A group framed into one reused buffer, rather than a Buffer per record,
 * costs ~1.2 instead of ~1.5 µs per one-point record (JSON.stringify included).
 */
function frameInto(buf: Buffer, off: number, rec: QueuedRecord): number {
  const len = buf.write(rec.text, off + HEADER)
  const count = rec.points.length
  buf.writeUInt32LE(len, off)
  buf.writeUInt32LE(count, off + 4)
  buf.writeUInt32LE(crc32(buf.subarray(off + HEADER, off + HEADER + len), count === 1 ? ONE_POINT_SEED : countSeed(count)), off + 8)
  return off + HEADER + len
}

function recordText(points: Point[], at: number): string {
  let text = `[${at}`
  for (const p of points) {
    const c = compact(p)
    // The device's own text for the fields: JSON.stringify of the fields was most of a record's cost.
    if (Array.isArray(c) && p.fieldsText !== undefined) {
      text += `,[${c[0]},${c[1]},${p.fieldsText},${JSON.stringify(c[3])},${c[4] === null ? 'null' : JSON.stringify(c[4])},${c[5] === null ? 'null' : JSON.stringify(c[5])}]`
    } else text += `,${JSON.stringify(c)}`
  }
  return `${text}]`
}

/**
 * Checks the record at `off` in `buf`: its total length, or 0 (incomplete) or -1 (corrupt).
 * `verify: false` checks the framing only: for records the open scan verified or this process wrote.
 */
function check(buf: Buffer, off: number, end: number, verify = true): number {
  if (end - off < HEADER) return 0
  const len = buf.readUInt32LE(off)
  if (len > 64 * 1024 * 1024) return -1
  if (end - off < HEADER + len) return 0
  if (!verify) return HEADER + len
  const crc = crc32(buf.subarray(off + HEADER, off + HEADER + len), crc32(buf.subarray(off + 4, off + 8)))
  return crc === buf.readUInt32LE(off + 8) ? HEADER + len : -1
}

/**
 * The telemetry journal, which is also the spool: an append-only log of records (one per publish),
 * each framed with its length and a CRC-32, in numbered segment files. A publish is acknowledged
 * once its record is fsync'ed; the store writer reads records after a cursor and moves the cursor
 * (cursor.json, replaced atomically) only after the store confirmed them, so a restart replays
 * exactly what the store may not have. A record replayed twice is harmless: every store keeps one
 * point per series and timestamp, and the timestamp is in the record. On open, a torn tail (a
 * record shorter than its length) or a corrupt one (its checksum wrong) is cut off, and reported.
 */
export interface JournalOptions {
  /** Least time between two fsyncs of the journal, ms (a commit delay under load). */
  minSyncIntervalMs?: number
  /** Resolves once what the store acknowledged survives a power loss; awaited before the cursor file moves. */
  beforeCursorSave?: () => Promise<void>
}

export function openJournal(dir: string, maxSegmentBytes = 8 * 1024 * 1024, { minSyncIntervalMs = 0, beforeCursorSave }: JournalOptions = {}): Journal {
  mkdirSync(dir, { recursive: true })
  const listSegments = () => readdirSync(dir).map(f => SEGMENT.exec(f)).filter((m): m is RegExpExecArray => m !== null).map(m => Number(m[1])).sort((a, b) => a - b)
  let segments = listSegments()
  let saved: Record<string, number> = {}
  let cursor: JournalPosition = { seg: segments[0] ?? 1, off: 0 }
  try {
    const c = JSON.parse(readFileSync(path.join(dir, CURSOR), 'utf8')) as { seg: number; off: number; counters?: Record<string, number> }
    cursor = { seg: c.seg, off: c.off }
    saved = c.counters ?? {}
  } catch { /* first start */ }
  // The cursor may name a segment already deleted (crash between the cursor save and the delete).
  if (segments.length && cursor.seg < segments[0]!) cursor = { seg: segments[0]!, off: 0 }
  for (const s of segments) if (s < cursor.seg) rmSync(path.join(dir, segName(s)), { force: true })
  segments = segments.filter(s => s >= cursor.seg)

  // Scan everything after the cursor: count points, cut a torn tail.
  let pending = 0
  let tornRecords = 0
  let corruptRecords = 0
  let truncatedBytes = 0
  let bytes = 0
  for (const s of segments) {
    const file = path.join(dir, segName(s))
    const buf = readFileSync(file)
    let off = s === cursor.seg ? Math.min(cursor.off, buf.length) : 0
    while (off < buf.length) {
      const n = check(buf, off, buf.length)
      if (n <= 0) {
        if (n === 0) tornRecords++
        else corruptRecords++
        truncatedBytes += buf.length - off
        const fd = openSync(file, 'r+')
        try { ftruncateSync(fd, off) } finally { closeSync(fd) }
        break
      }
      pending += buf.readUInt32LE(off + 4)
      off += n
    }
    bytes += Math.min(off, buf.length)
  }

  // Appends go to a fresh segment: the last one may have been cut, and sealed segments are read-only.
  let tailSeg = Math.max(segments.at(-1) ?? 0, cursor.seg) + 1
  let tailOff = 0
  // The tail segment's file descriptor. Writes are synchronous: a few hundred bytes into the page
  // cache cost ~4 µs, a thread-pool round trip (fs/promises) ~35 µs of CPU. Only the fsync, which
  // waits for the disk, goes to the thread pool.
  let tail: number | null = null
  segments.push(tailSeg)
  let durable: JournalPosition = { seg: tailSeg, off: 0 }
  if (!segments.includes(cursor.seg)) cursor = { seg: segments.find(s => s > cursor.seg)!, off: 0 }
  let readPos: JournalPosition = { ...cursor }

  let queued: QueuedRecord[] = []
  let queuedPoints = 0
  let queuedSync = false
  let syncs = 0
  let lastSyncAt = 0
  // One promise per group commit, shared by every append of the group (no promise per record).
  let group: { done: Promise<void>; resolve(): void; reject(err: Error): void } | null = null
  let flushing: Promise<void> | null = null
  let scheduled = false
  let closed = false

  async function openTail(): Promise<number> {
    if (tail !== null) return tail
    tail = openSync(path.join(dir, segName(tailSeg)), 'a')
    // A new file's directory entry must reach the disk too.
    const d = await open(dir, 'r')
    try { await d.sync() } catch { /* not supported everywhere */ } finally { await d.close() }
    return tail
  }
  function closeTail(): void {
    if (tail === null) return
    closeSync(tail)
    tail = null
  }

  async function groupCommit(): Promise<void> {
    while (queued.length > 0) {
      // Under load, the next fsync waits until `minSyncIntervalMs` after the last one, so more
      // records share it (a commit delay): the disk's flush costs CPU per call, not per byte.
      if (queuedSync && minSyncIntervalMs > 0) {
        const wait = lastSyncAt + minSyncIntervalMs - performance.now()
        if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
      }
      const recs = queued
      const points = queuedPoints
      const sync = queuedSync
      const batchGroup = group
      queued = []; queuedPoints = 0; queuedSync = false; group = null
      try {
        let most = 0
        for (const r of recs) most += HEADER + 3 * r.text.length
        // A group larger than the kept buffer gets its own (a burst after a stall does not stay in memory).
        if (writeBuf.length < most && most <= KEPT_WRITE_BUFFER) writeBuf = Buffer.allocUnsafe(Math.min(KEPT_WRITE_BUFFER, Math.max(most, 2 * writeBuf.length)))
        const buf = writeBuf.length >= most ? writeBuf : Buffer.allocUnsafe(most)
        const ends: number[] = []
        let size = 0
        for (let i = 0; i < recs.length; i++) ends.push(size = frameInto(buf, size, recs[i]!))
        if (tailOff > 0 && tailOff + size > maxSegmentBytes) {
          closeTail()
          tailSeg++
          tailOff = 0
          segments.push(tailSeg)
        }
        // Nothing else frames into `buf` while this waits: one group commit runs at a time.
        const fd = await openTail()
        let written = 0
        while (written < size) written += writeSync(fd, buf, written, size - written)
        if (sync) { await fdatasync(fd); syncs++; lastSyncAt = performance.now() }
        hold(recs, points, ends, tailOff)
        tailOff += size
        bytes += size
        pending += points
        durable = { seg: tailSeg, off: tailOff }
        batchGroup?.resolve()
      } catch (err) {
        // Nothing of this group counts: cut it off so the next group starts on a record boundary.
        try { if (tail !== null) ftruncateSync(tail, tailOff) } catch { /* the next open scans and cuts */ }
        batchGroup?.reject(err as Error)
      }
      journal.onDurable?.()
    }
  }

  // What group commits frame into, reused (the write is synchronous); grows up to KEPT_WRITE_BUFFER.
  let writeBuf = Buffer.allocUnsafe(64 * 1024)

  /**
   * Durable records the writer has not read yet, kept as the points they were appended as: read()
   * hands these out instead of reading and parsing the file again (~1 µs a point at saturation).
   * Held only while they follow on from what the writer has read or holds already, and up to
   * HELD_POINTS (a store that is down or behind reads its backlog from the file); a record leaves
   * when the cursor passes it.
   */
  let held: HeldRecord[] = []
  let heldPoints = 0
  /** Where in `held` the next read() most likely starts. */
  let heldNext = 0
  /** Holds a group just made durable: `recs` (`n` points in all) ending at `ends`, from `base` in the tail segment. */
  function hold(recs: QueuedRecord[], n: number, ends: number[], base: number): void {
    // The writer's position before this group; after a new segment began, the old one's end.
    const from = durable
    const last = held.at(-1)
    const follows = last ? samePosition(last.end, from) : samePosition(readPos, from)
    if (!follows || heldPoints + n > HELD_POINTS) return
    let start = from
    for (let i = 0; i < recs.length; i++) {
      const end = { seg: tailSeg, off: base + ends[i]! }
      held.push({ points: recs[i]!.points, at: recs[i]!.at, start, end })
      start = end
    }
    heldPoints += n
  }
  function readHeld(maxPoints: number): JournalBatch | null {
    let i = held[heldNext] && samePosition(held[heldNext]!.start, readPos) ? heldNext : held.findIndex(r => samePosition(r.start, readPos))
    if (i < 0) return null
    const points: Point[] = []
    const firstAt = held[i]!.at
    let records = 0
    let pos = readPos
    while (i < held.length && points.length < maxPoints && samePosition(held[i]!.start, pos)) {
      for (const p of held[i]!.points) points.push(p)
      pos = held[i]!.end
      records++
      i++
    }
    heldNext = i
    readPos = pos
    return { points, records, firstAt, end: pos }
  }
  function releaseHeld(upTo: JournalPosition): void {
    let n = 0
    while (n < held.length && !after(held[n]!.end, upTo)) { heldPoints -= held[n]!.points.length; n++ }
    if (n === 0) return
    held = n === held.length ? [] : held.slice(n)
    heldNext = Math.max(0, heldNext - n)
  }

  function newGroup(): NonNullable<typeof group> {
    let resolve!: () => void
    let reject!: (err: Error) => void
    const done = new Promise<void>((res, rej) => { resolve = res; reject = rej })
    return { done, resolve, reject }
  }

  function schedule(): void {
    if (scheduled || flushing) return
    scheduled = true
    setImmediate(() => {
      scheduled = false
      flushing = groupCommit().finally(() => { flushing = null; if (queued.length) schedule() })
    })
  }

  /** Writes the cursor file; segments wholly before it are never read again, even after a crash. */
  function writeCursor(pos: JournalPosition, counters: Record<string, number>): void {
    const tmp = path.join(dir, CURSOR + '.tmp')
    writeFileSync(tmp, JSON.stringify({ seg: pos.seg, off: pos.off, counters }))
    renameSync(tmp, path.join(dir, CURSOR))
    savedCursor = pos
    for (const s of [...segments]) {
      if (s >= savedCursor.seg) break
      const fd = readFds.get(s)
      if (fd !== undefined) { closeSync(fd); readFds.delete(s) }
      const file = path.join(dir, segName(s))
      if (existsSync(file)) bytes -= fstatSizeOr0(file)
      rmSync(file, { force: true })
      segments.shift()
    }
  }

  // The cursor file follows the in-memory cursor at most every CURSOR_INTERVAL_MS: writing and
  // renaming it after every batch was ~4 % of the hub at saturation. After a crash the batches of
  // that last interval are written again, which the stores take as the same points (idempotent).
  // Before it moves, `beforeCursorSave` makes what the store acknowledged survive a power loss:
  // a cursor on disk ahead of the store's data would skip points after a reboot.
  let savedCursor: JournalPosition = cursor
  let lastCursorAt = -Infinity
  let dueCounters: Record<string, number> | null = null
  let cursorTimer: NodeJS.Timeout | null = null
  let saving: Promise<void> | null = null
  function saveCursorSoon(counters: Record<string, number>): void {
    dueCounters = counters
    if (saving || cursorTimer) return
    const wait = lastCursorAt + CURSOR_INTERVAL_MS - performance.now()
    if (wait <= 0) { saveCursor(); return }
    cursorTimer = setTimeout(() => { cursorTimer = null; saveCursor() }, wait)
    cursorTimer.unref?.()
  }
  function saveCursor(): Promise<void> {
    if (saving) return saving
    const pos = cursor
    const counters = dueCounters
    if (!counters) return Promise.resolve()
    dueCounters = null
    lastCursorAt = performance.now()
    // Not saved (the store's sync or the file failed): reported, and the next commit tries again.
    const failed = (err: Error) => { dueCounters ??= counters; journal.onCursorError?.(err) }
    if (!beforeCursorSave) {
      try { writeCursor(pos, counters) } catch (err) { failed(err as Error) }
      return Promise.resolve()
    }
    saving = beforeCursorSave().then(() => writeCursor(pos, counters)).then(
      () => { saving = null; if (dueCounters && !closed) saveCursorSoon(dueCounters) }, // commits made meanwhile
      (err: Error) => { saving = null; failed(err) },
    )
    return saving
  }

  // One read buffer for the journal's life: parsing copies what it keeps out of it, and a fresh
  // 256 KiB Buffer per read (a few hundred reads a second at saturation) was external memory that
  // brought on a full GC every second or so.
  let readBuf: Buffer | null = null
  // Bytes per point of what was read so far: a read asks for about what `maxPoints` take, not 256 KiB.
  let bytesPerPoint = 256
  const readFds = new Map<number, number>()
  function readFd(seg: number): number {
    let fd = readFds.get(seg)
    if (fd === undefined) { fd = openSync(path.join(dir, segName(seg)), 'r'); readFds.set(seg, fd) }
    return fd
  }
  function segmentEnd(seg: number): number {
    if (seg === durable.seg) return durable.off
    if (seg > durable.seg) return 0
    return fstatSync(readFd(seg)).size
  }

  const journal: Journal = {
    dir,
    opened: { pendingPoints: pending, tornRecords, corruptRecords, truncatedBytes, saved },
    onDurable: null,
    onCursorError: null,
    append(points, at, sync = true) {
      if (closed) return Promise.reject(new Error('journal closed'))
      queued.push({ points, at, text: recordText(points, at) })
      queuedPoints += points.length
      if (sync) queuedSync = true
      group ??= newGroup()
      schedule()
      return group.done
    },
    read(maxPoints) {
      const fromMemory = readHeld(maxPoints)
      if (fromMemory) return fromMemory
      const points: Point[] = []
      let records = 0
      let firstAt = 0
      let pos = { ...readPos }
      while (points.length < maxPoints) {
        const end = segmentEnd(pos.seg)
        if (pos.off >= end) {
          const next = segments.find(s => s > pos.seg)
          if (next === undefined || pos.seg >= durable.seg) break
          pos = { seg: next, off: 0 }
          continue
        }
        readBuf ??= Buffer.allocUnsafe(READ_CHUNK)
        const buf = readBuf
        const want = Math.min(end - pos.off, READ_CHUNK, Math.max(4096, Math.ceil((maxPoints - points.length) * bytesPerPoint * 1.25)))
        const got = readSync(readFd(pos.seg), buf, 0, want, pos.off)
        let off = 0
        while (off < got && points.length < maxPoints) {
          // Every record read was verified by the scan at open or written by this process since.
          let n = check(buf, off, got, false)
          if (n === 0 && off === 0) {
            // One record longer than this read: read it whole.
            const len = HEADER + buf.readUInt32LE(0)
            const big = len <= READ_CHUNK ? buf.subarray(0, len) : Buffer.allocUnsafe(len)
            readSync(readFd(pos.seg), big, 0, len, pos.off)
            n = check(big, 0, len, false)
            if (n > 0) {
              const at = takeRecord(big.subarray(HEADER, n).toString('utf8'), points)
              if (records++ === 0) firstAt = at
              off = n
            }
            break
          }
          if (n === 0) break
          if (n < 0) { off = end - pos.off; break } // cannot happen below the durable end unless the disk lies
          const at = takeRecord(buf.subarray(off + HEADER, off + n).toString('utf8'), points)
          if (records++ === 0) firstAt = at
          off += n
        }
        if (off === 0) break
        pos = { seg: pos.seg, off: pos.off + off }
      }
      if (records === 0) return null
      const read = (pos.seg === readPos.seg ? pos.off - readPos.off : 0)
      if (read > 0 && points.length > 0) bytesPerPoint = Math.max(64, read / points.length)
      readPos = pos
      return { points, records, firstAt, end: pos }
    },
    commit(batch, counters) {
      pending -= batch.points.length
      cursor = batch.end
      releaseHeld(cursor)
      saveCursorSoon(counters)
    },
    // Counters only: the position stays what is saved (it moves in saveCursor, after the store's sync).
    saveCounters(counters) { writeCursor(savedCursor, counters) },
    rewind() { readPos = { ...cursor }; heldNext = 0 },
    get pending() { return pending },
    get bytes() { return bytes },
    get syncs() { return syncs },
    async close() {
      closed = true
      while (flushing || queued.length || scheduled) {
        if (flushing) await flushing
        else await new Promise(r => setImmediate(r))
      }
      if (cursorTimer) { clearTimeout(cursorTimer); cursorTimer = null }
      if (saving) await saving
      if (dueCounters) await saveCursor() // once: if it fails, the next start replays from the saved one
      closeTail()
      for (const fd of readFds.values()) closeSync(fd)
      readFds.clear()
    },
  }
  return journal
}

function samePosition(a: JournalPosition, b: JournalPosition): boolean {
  return a.seg === b.seg && a.off === b.off
}

/** Whether `a` lies after `b` in the journal. */
function after(a: JournalPosition, b: JournalPosition): boolean {
  return a.seg > b.seg || (a.seg === b.seg && a.off > b.off)
}

function fstatSizeOr0(file: string): number {
  try { const fd = openSync(file, 'r'); try { return fstatSync(fd).size } finally { closeSync(fd) } } catch { return 0 }
}
