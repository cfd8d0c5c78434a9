/**
 * Pure axis arithmetic for the time-series charts. uPlot fits its scales to the data; with one
 * sample the x extent is a single instant and a time axis stretched over years results, and a line
 * needs two neighbouring samples to draw anything. These helpers give every chart a sane extent and
 * say when to draw point markers instead.
 */

/** Half-width of the x window around a single sample, in ms. */
export const SINGLE_POINT_PAD_MS = 60_000

/**
 * The x extent in epoch ms: the fixed window when given (a history range), else the data's
 * extent; a single instant is widened by `padMs` on each side; no data → null.
 */
export function xExtent(x: readonly number[], fixed?: readonly [number, number], padMs = SINGLE_POINT_PAD_MS): [number, number] | null {
  if (fixed && fixed[1] > fixed[0]) return [fixed[0], fixed[1]]
  if (x.length === 0) return null
  let min = Infinity
  let max = -Infinity
  for (const t of x) { if (t < min) min = t; if (t > max) max = t }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null
  return max > min ? [min, max] : [min - padMs, max + padMs]
}

/**
 * The y extent of some values: their min and max, widened when flat (one value, or all equal) so
 * the line sits mid-chart; no numeric value → null.
 */
export function yExtent(values: ReadonlyArray<number | null>): [number, number] | null {
  let min = Infinity
  let max = -Infinity
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue
    if (v < min) min = v
    if (v > max) max = v
  }
  if (min === Infinity) return null
  if (max > min) return [min, max]
  const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1
  return [min - pad, max + pad]
}

/**
 * Whether a series needs point markers: some sample has no numeric neighbour, so the line through
 * it has zero length and would draw nothing.
 */
export function needsPoints(values: ReadonlyArray<number | null>): boolean {
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null || values[i] === undefined) continue
    const prev = i > 0 ? values[i - 1] : null
    const next = i < values.length - 1 ? values[i + 1] : null
    if ((prev === null || prev === undefined) && (next === null || next === undefined)) return true
  }
  return false
}

/** "1 bucket of 3h", "12 buckets of 30s". */
export function bucketSummary(count: number, every: string): string {
  return `${count} ${count === 1 ? 'bucket' : 'buckets'} of ${every}`
}

export interface UnitAxis {
  /** The uPlot scale key: `y` for series without a unit, else `u:<unit>`. */
  scale: string
  unit: string | null
  side: 'left' | 'right'
}

/**
 * One y axis per unit: series sharing a unit share a scale; the first axis is on the left, the
 * others alternate right/left. `scaleOf[i]` is the scale of `units[i]`.
 */
export function unitAxes(units: ReadonlyArray<string | null | undefined>): { axes: UnitAxis[]; scaleOf: string[] } {
  const axes: UnitAxis[] = []
  const scaleOf: string[] = []
  for (const u of units) {
    const unit = u ? u : null
    const scale = unit === null ? 'y' : `u:${unit}`
    if (!axes.some(a => a.scale === scale)) axes.push({ scale, unit, side: axes.length % 2 === 0 ? 'left' : 'right' })
    scaleOf.push(scale)
  }
  return { axes, scaleOf }
}

/** A series' legend label: `power (W)`, or the bare name without a unit. */
export function seriesLabel(name: string, unit?: string | null): string {
  return unit ? `${name} (${unit})` : name
}
