import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Point } from './point.js'

/** A spooled batch: the points and when the oldest of them was accepted (epoch ms). */
export interface SpoolBatch { at: number; points: Point[] }

export interface Spool {
  readonly dir: string
  append(batch: SpoolBatch): void
  /** Oldest batch not yet acknowledged, or null. */
  peek(): SpoolBatch | null
  /** The batch from peek() is in the store: forget it (its segment file goes once it is read out). */
  ack(): void
  readonly points: number
  readonly batches: number
  /** Lines that could not be read back (a crash in the middle of an append). */
  readonly corrupt: number
}

const SEGMENT = /^seg-(\d{12})\.jsonl$/

/**
 * Append-only on-disk FIFO of batches, one JSON line per batch, in numbered segment files under
 * the data directory. Appends are synchronous so a batch is in the OS's hands before the call
 * returns (a process crash or SIGKILL loses nothing that was appended). Segments are replayed in
 * order and deleted when read out; a batch replayed twice after a crash is harmless because every
 * store keeps one point per series and timestamp.
 */
export function openSpool(dir: string, maxSegmentBytes = 4 * 1024 * 1024): Spool {
  mkdirSync(dir, { recursive: true })
  const segments = readdirSync(dir).filter(f => SEGMENT.test(f)).sort()
  let nextSeq = segments.length ? Number(SEGMENT.exec(segments.at(-1)!)![1]) + 1 : 1
  let tail: string | null = null // segment being appended to
  let tailBytes = 0
  let head: { file: string; batches: SpoolBatch[]; index: number } | null = null
  let points = 0
  let batches = 0
  let corrupt = 0

  // Count what a previous run left, so metrics start right.
  for (const f of segments) {
    for (const b of readSegment(path.join(dir, f))) { points += b.points.length; batches++ }
  }

  function readSegment(file: string): SpoolBatch[] {
    const out: SpoolBatch[] = []
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue
      try { out.push(JSON.parse(line) as SpoolBatch) } catch { corrupt++ }
    }
    return out
  }

  function loadHead(): boolean {
    while (!head) {
      if (segments.length === 0) return false
      const file = segments[0]!
      // The tail is never read while it may still grow: seal it first.
      if (file === tail) { tail = null; tailBytes = 0 }
      head = { file, batches: readSegment(path.join(dir, file)), index: 0 }
      if (head.batches.length === 0) dropHead()
    }
    return true
  }

  function dropHead(): void {
    if (!head) return
    rmSync(path.join(dir, head.file), { force: true })
    segments.shift()
    head = null
  }

  return {
    dir,
    append(batch) {
      if (batch.points.length === 0) return
      const line = JSON.stringify(batch) + '\n'
      if (!tail || tailBytes + line.length > maxSegmentBytes) {
        tail = `seg-${String(nextSeq++).padStart(12, '0')}.jsonl`
        tailBytes = 0
        segments.push(tail)
      }
      appendFileSync(path.join(dir, tail), line)
      tailBytes += Buffer.byteLength(line)
      points += batch.points.length
      batches++
    },
    peek() {
      if (!loadHead()) return null
      return head!.batches[head!.index]!
    },
    ack() {
      if (!head) return
      const b = head.batches[head.index++]!
      points -= b.points.length
      batches--
      if (head.index >= head.batches.length) dropHead()
    },
    get points() { return points },
    get batches() { return batches },
    get corrupt() { return corrupt },
  }
}
