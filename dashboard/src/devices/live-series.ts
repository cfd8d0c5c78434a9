/**
 * A bounded per-field window of live samples, as columns uPlot can draw without copying.
 * Appends are amortised O(1); samples older than `windowMs` or beyond `maxPoints` are dropped.
 */
export interface LiveSeries {
  t: number[]
  fields: Map<string, Array<number | null>>
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
    s.t.push(sample.t)
    for (const [name, v] of Object.entries(sample.fields)) {
      if (typeof v !== 'number') continue
      let col = s.fields.get(name)
      if (!col) { col = new Array<number | null>(idx).fill(null); s.fields.set(name, col) }
      col.push(v)
    }
    for (const col of s.fields.values()) if (col.length < s.t.length) col.push(null)
  }
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
