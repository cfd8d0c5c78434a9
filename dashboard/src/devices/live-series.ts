/**
 * A bounded per-field window of live samples, as columns uPlot can draw without copying.
 * Appends are amortised O(1); samples older than `windowMs` or beyond `maxPoints` are dropped.
 */
export interface LiveSeries {
  t: number[]
  fields: Map<string, Array<number | null>>
  /** Time of the first live sample; rows before it came from stored history. */
  liveFrom?: number
}

export function createLiveSeries(): LiveSeries {
  return { t: [], fields: new Map() }
}

/** Appends samples (already in arrival order) and trims; mutates `s` for speed, returns it. */
export function appendSamples(
  s: LiveSeries,
  samples: Array<{ t: number; fields: Record<string, unknown> }>,
  opts: { windowMs: number; maxPoints: number },
): LiveSeries {
  for (const sample of samples) {
    const idx = s.t.length
    // Out-of-order samples (device clock skew) are dropped rather than breaking uPlot's sorted x.
    if (idx > 0 && sample.t < s.t[idx - 1]!) continue
    s.liveFrom ??= sample.t
    s.t.push(sample.t)
    for (const [name, v] of Object.entries(sample.fields)) {
      if (typeof v !== 'number') continue
      let col = s.fields.get(name)
      if (!col) { col = new Array<number | null>(idx).fill(null); s.fields.set(name, col) }
      col.push(v)
    }
    for (const col of s.fields.values()) if (col.length < s.t.length) col.push(null)
  }
  return trimToWindow(s, opts)
}

/**
 * Seeds a series with stored history, one column of points per field (a backfill on page load,
 * possibly in several calls): only buckets that end `marginMs` before the first live sample are
 * taken (a bucket reaching into the live part holds samples already drawn live; a sample is stamped
 * before it reaches the page), merged by
 * time with history already held; a field without a point at a time gets null there; then the
 * window applies. Mutates `s`, returns it.
 */
export function prependHistory(
  s: LiveSeries,
  columns: Record<string, Array<{ t: number; v: number | null }>>,
  opts: { windowMs: number; maxPoints: number; bucketMs?: number; marginMs?: number },
): LiveSeries {
  const cutoff = s.liveFrom
  const reach = (opts.bucketMs ?? 0) + (opts.marginMs ?? 0)
  const byTime = new Map<number, Map<string, number | null>>()
  // History already held (every row before the first live sample) is merged, not duplicated.
  let held = 0
  while (held < s.t.length && (cutoff === undefined || s.t[held]! < cutoff)) held++
  for (let i = 0; i < held; i++) {
    const row = new Map<string, number | null>()
    for (const [name, col] of s.fields) if (col[i] !== null && col[i] !== undefined) row.set(name, col[i]!)
    byTime.set(s.t[i]!, row)
  }
  let added = 0
  for (const [field, points] of Object.entries(columns)) {
    for (const p of points) {
      if (cutoff !== undefined && (p.t >= cutoff || p.t + reach > cutoff)) continue
      let row = byTime.get(p.t)
      if (!row) byTime.set(p.t, row = new Map())
      // Equal times would break uPlot's strictly increasing x: the first value of a time wins.
      if (!row.has(field)) { row.set(field, p.v); added++ }
    }
  }
  if (added === 0) return s
  const times = [...byTime.keys()].sort((a, b) => a - b)
  s.t.splice(0, held)
  for (const col of s.fields.values()) col.splice(0, held)
  const liveLength = s.t.length
  for (const field of Object.keys(columns)) if (!s.fields.has(field)) s.fields.set(field, new Array<number | null>(liveLength).fill(null))
  s.t.unshift(...times)
  for (const [name, col] of s.fields) col.unshift(...times.map(t => byTime.get(t)!.get(name) ?? null))
  return trimToWindow(s, opts)
}

/** Drops the oldest rows beyond the window (time before the newest, or the row count); mutates `s`. */
function trimToWindow(s: LiveSeries, opts: { windowMs: number; maxPoints: number }): LiveSeries {
  const last = s.t[s.t.length - 1]
  if (last === undefined) return s
  let drop = 0
  while (drop < s.t.length && (s.t[drop]! < last - opts.windowMs || s.t.length - drop > opts.maxPoints)) drop++
  if (drop > 0) {
    s.t.splice(0, drop)
    for (const col of s.fields.values()) col.splice(0, drop)
  }
  return s
}
