/**
 * History buckets from the columns of the embedded store's chunks. Pure. Each bucket starts at a
 * multiple of `everyMs` since the epoch, as InfluxQL's GROUP BY time() and Flux's aggregateWindow
 * place them; a bucket no point falls in is left out.
 */
import type { FieldValue } from '../point.js'
import type { Aggregate, HistorySample } from '../store.js'
import type { ChunkColumn } from './chunk-codec.js'

export interface BucketWindow { from: number; to: number; everyMs: number; agg: Aggregate }

interface Bucket {
  /** `mean`: the sum, Neumaier's compensation and the count (as SQLite's AVG sums). */
  sum: number
  carry: number
  count: number
  /** `min`/`max`: the value so far; `last`: the value of the latest point and its time. */
  value: FieldValue | null
  ts: number
  ns: number
}

/**
 * Points in [from, to) bucketed and aggregated, in bucket order. `mean`, `min` and `max` read a
 * boolean as 1 or 0 and answer null for a string field; `last` answers the value itself, the
 * point with the greatest (ts, ns) winning.
 */
export function bucketColumns(columns: Iterable<ChunkColumn>, w: BucketWindow): HistorySample[] {
  const buckets = new Map<number, Bucket>()
  for (const col of columns) {
    const text = col.type === 'string'
    for (let k = 0; k < col.ts.length; k++) {
      const ts = col.ts[k]!
      if (ts < w.from || ts >= w.to) continue
      const t = Math.trunc(ts / w.everyMs) * w.everyMs
      let b = buckets.get(t)
      if (!b) buckets.set(t, b = { sum: 0, carry: 0, count: 0, value: null, ts: -Infinity, ns: -1 })
      const raw = col.values[k]!
      if (w.agg === 'last') {
        const ns = col.ns[k]!
        if (ts > b.ts || (ts === b.ts && ns > b.ns)) { b.ts = ts; b.ns = ns; b.value = raw }
        continue
      }
      if (text) continue
      const v = typeof raw === 'boolean' ? (raw ? 1 : 0) : (raw as number)
      if (w.agg === 'mean') {
        const s = b.sum + v
        b.carry += Math.abs(b.sum) >= Math.abs(v) ? (b.sum - s) + v : (v - s) + b.sum
        b.sum = s
        b.count++
      } else if (b.value === null || (w.agg === 'min' ? v < (b.value as number) : v > (b.value as number))) b.value = v
    }
  }
  const out: HistorySample[] = []
  for (const t of [...buckets.keys()].sort((a, b) => a - b)) {
    const b = buckets.get(t)!
    out.push({ t, v: w.agg === 'mean' ? (b.count ? (b.sum + b.carry) / b.count : null) : b.value })
  }
  return out
}
