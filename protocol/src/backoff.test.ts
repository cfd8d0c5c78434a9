import { describe, expect, it } from '@jest/globals'
import { backoffDelay } from './backoff.js'

describe('backoffDelay', () => {
  const opts = { initialMs: 500, maxMs: 30_000 }

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
    [10_000, 0, 15_000],
  ])('attempt %d with draw %d waits %d ms', (attempt, draw, expected) => {
    expect(backoffDelay(attempt, opts, () => draw)).toBe(expected)
  })

  it('without jitter is the plain schedule of its factor', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(a => backoffDelay(a, { ...opts, jitter: 0 }, () => 0.3))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000])
    expect([0, 1, 2].map(a => backoffDelay(a, { ...opts, jitter: 0, factor: 3 }, () => 0.3))).toEqual([500, 1500, 4500])
  })

  it('with full jitter spans [0, delay]', () => {
    expect([0, 0.5, 0.999].map(r => backoffDelay(2, { ...opts, jitter: 1 }, () => r))).toEqual([0, 1000, 1998])
  })
})
