/**
 * Latency samples and their summary, pure. Samples go into a bounded reservoir (Algorithm R),
 * so a long run keeps a uniform sample in fixed memory; percentiles use the nearest-rank method.
 */
export class Reservoir {
  readonly values: Float64Array
  size = 0
  seen = 0

  /** `random` is injected so tests are deterministic. */
  constructor(capacity: number, private readonly random: () => number = Math.random) {
    this.values = new Float64Array(capacity)
  }

  add(v: number): void {
    this.seen += 1
    if (this.size < this.values.length) { this.values[this.size++] = v; return }
    const j = Math.floor(this.random() * this.seen)
    if (j < this.values.length) this.values[j] = v
  }

  samples(): Float64Array {
    return this.values.subarray(0, this.size)
  }
}

/** Nearest-rank percentile of an ascending array: the smallest value with ≥ p% at or below it. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN
  if (p <= 0) return sorted[0]!
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, rank) - 1]!
}

export interface LatencySummary {
  count: number
  min: number
  p50: number
  p90: number
  p99: number
  p999: number
  max: number
  mean: number
}

export function summarize(samples: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(samples).sort()
  let sum = 0
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!
  return {
    count: sorted.length,
    min: sorted.length ? sorted[0]! : NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    mean: sorted.length ? sum / sorted.length : NaN,
  }
}
