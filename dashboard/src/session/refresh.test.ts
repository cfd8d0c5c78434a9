import { describe, expect, it } from 'vitest'
import { refreshAt, retryAt } from './refresh'

const NOW = 1_764_000_000_000
const MIN = 60_000

describe('refreshAt', () => {
  it.each<[string, number, number | null]>([
    ['a 1 h token refreshes 5 min before expiry', NOW + 60 * MIN, NOW + 55 * MIN],
    ['a 10 min token refreshes at a fifth of its life before expiry', NOW + 10 * MIN, NOW + 8 * MIN],
    ['an expired token is not refreshed', NOW - 1, null],
    ['a token expiring now is not refreshed', NOW, null],
  ])('%s', (_name, expiresAt, expected) => {
    expect(refreshAt(expiresAt, NOW)).toBe(expected)
  })

  it('is never in the past for a live token', () => {
    for (const left of [1, 1000, MIN, 30 * MIN, 24 * 60 * MIN]) expect(refreshAt(NOW + left, NOW)!).toBeGreaterThan(NOW)
  })
})

describe('retryAt', () => {
  it.each<[string, number, number | null]>([
    ['retries after 30 s with time to spare', NOW + 10 * MIN, NOW + 30_000],
    ['retries halfway to a close expiry', NOW + 20_000, NOW + 10_000],
    ['gives up once expired', NOW, null],
  ])('%s', (_name, expiresAt, expected) => {
    expect(retryAt(expiresAt, NOW)).toBe(expected)
  })
})
