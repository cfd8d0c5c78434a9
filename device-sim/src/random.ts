/**
 * A seedable random source, so models and backoff are pure functions of their inputs and
 * tests can pin every draw. mulberry32: tiny, fast, good enough for simulation (not crypto).
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0
      let t = a
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
  }
}

/** Math.random behind the same interface (the CLI's default when no --seed is given). */
export const systemRandom: Random = { next: () => Math.random() }

/** A source that replays fixed values in a loop: table tests pin exact outcomes with it. */
export function fixedRandom(...values: number[]): Random {
  let i = 0
  return { next: () => values[i++ % values.length]! }
}

/** Standard normal draw (Box–Muller). */
export function gaussian(rng: Random): number {
  const u = Math.max(rng.next(), 1e-12)
  const v = rng.next()
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

export function uniform(rng: Random, min: number, max: number): number {
  return min + (max - min) * rng.next()
}

/** Probability that a Poisson process with `ratePerHour` fires at least once in `dtMs`. */
export function chanceIn(ratePerHour: number, dtMs: number): number {
  return 1 - Math.exp(-ratePerHour * dtMs / 3_600_000)
}
