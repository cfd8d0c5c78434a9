/**
 * History ranges for the range picker (15 min … 30 days). Each picks a bucket (`every`) so that a
 * range returns at most ~MAX_POINTS points: the history API downsamples server-side.
 */
export interface HistoryRange { key: string; label: string; ms: number }

const MIN = 60_000
const H = 60 * MIN
const D = 24 * H

export const RANGES: HistoryRange[] = [
  { key: '15m', label: '15 min', ms: 15 * MIN },
  { key: '1h', label: '1 h', ms: H },
  { key: '6h', label: '6 h', ms: 6 * H },
  { key: '24h', label: '24 h', ms: D },
  { key: '7d', label: '7 d', ms: 7 * D },
  { key: '30d', label: '30 d', ms: 30 * D },
]

const MAX_POINTS = 300

const BUCKETS: Array<[number, string]> = [
  [1000, '1s'], [5000, '5s'], [10_000, '10s'], [30_000, '30s'], [MIN, '1m'], [5 * MIN, '5m'],
  [10 * MIN, '10m'], [30 * MIN, '30m'], [H, '1h'], [3 * H, '3h'], [6 * H, '6h'], [12 * H, '12h'], [D, '1d'],
]

/** The smallest bucket that keeps `spanMs` at or under `maxPoints` points. */
export function bucketFor(spanMs: number, maxPoints = MAX_POINTS): string {
  for (const [ms, label] of BUCKETS) if (spanMs / ms <= maxPoints) return label
  return BUCKETS[BUCKETS.length - 1]![1]
}

/** The history query for a range ending at `now`. */
export function historyQuery(range: HistoryRange, now: number): { from: number; to: number; every: string } {
  return { from: now - range.ms, to: now, every: bucketFor(range.ms) }
}

/** The longest custom range the picker accepts (the API downsamples; this keeps buckets ≤ 1 d). */
export const CUSTOM_MAX_MS = 300 * D

/** A custom from/to → the history query, or why not. */
export function customQuery(from: number | null, to: number | null): { from: number; to: number; every: string } | { error: string } {
  if (from === null || to === null) return { error: 'Enter both a start and an end.' }
  if (to <= from) return { error: 'The end must be after the start.' }
  if (to - from > CUSTOM_MAX_MS) return { error: 'At most 300 days at once.' }
  return { from, to, every: bucketFor(to - from) }
}
