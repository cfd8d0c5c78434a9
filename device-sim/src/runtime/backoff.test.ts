import { describe, expect, it } from '@jest/globals'
import { fixedRandom, seededRandom } from '../random.js'
import { backoffDelay, defaultBackoff } from './backoff.js'

describe('backoffDelay', () => {
  const opts = { initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.5 }

  it.each([
    // attempt, random draw, expected ms
    [0, 0, 250],
    [0, 0.999999, 500],
    [1, 0.5, 750],
    [2, 0, 1000],
    [3, 1 - 1e-9, 4000],
    [5, 0.5, 12_000],
    [6, 0, 15_000],
    [7, 0.5, 22_500],
    [20, 0, 15_000],
    [20, 0.999999, 30_000],
    [-1, 0, 250],
  ])('attempt %d with draw %d waits %d ms', (attempt, draw, expected) => {
    expect(backoffDelay(attempt, opts, fixedRandom(draw))).toBe(expected)
  })

  it('without jitter is the plain doubling schedule', () => {
    const plain = { ...opts, jitter: 0 }
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(a => backoffDelay(a, plain, fixedRandom(0.3)))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000])
  })

  it('spreads a fleet: 100 devices at attempt 4 pick many different delays within [4 s, 8 s]', () => {
    const rng = seededRandom(99)
    const delays = Array.from({ length: 100 }, () => backoffDelay(4, defaultBackoff, rng))
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(4000)
      expect(d).toBeLessThanOrEqual(8000)
    }
    expect(new Set(delays).size).toBeGreaterThan(50)
  })
})
