import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff'

describe('backoffDelay', () => {
  const opts = { baseMs: 500, maxMs: 10_000 }
  it.each([
    [0, 0, 250], [0, 1, 500], [1, 0, 500], [3, 1, 4000], [5, 1, 10_000], [20, 0, 5000],
  ])('attempt %i with random %f waits %i ms', (attempt, r, expected) => {
    expect(backoffDelay(attempt, { ...opts, random: () => r })).toBe(expected)
  })
})
