import { describe, expect, it } from 'vitest'
import { RANGES, bucketFor, customQuery, historyQuery } from './ranges'

describe('bucketFor', () => {
  it.each([
    ['15m', '5s'], ['1h', '30s'], ['6h', '5m'], ['24h', '5m'], ['7d', '1h'], ['30d', '3h'],
  ])('%s uses %s buckets', (key, every) => {
    expect(bucketFor(RANGES.find(r => r.key === key)!.ms)).toBe(every)
  })

  it('never exceeds the point budget', () => {
    for (const r of RANGES) {
      const every = bucketFor(r.ms)
      const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[every.slice(-1) as 's']
      expect(r.ms / (Number(every.slice(0, -1)) * unit)).toBeLessThanOrEqual(300)
    }
  })
})

describe('historyQuery', () => {
  it('ends at now and spans the range', () => {
    expect(historyQuery(RANGES[0]!, 1_000_000_000)).toEqual({ from: 1_000_000_000 - 900_000, to: 1_000_000_000, every: '5s' })
  })
})

describe('customQuery', () => {
  it.each([
    [0, 3_600_000, { from: 0, to: 3_600_000, every: '30s' }],
    [0, 86_400_000 * 30, { from: 0, to: 86_400_000 * 30, every: '3h' }],
    [null, 1, { error: 'Enter both a start and an end.' }],
    [5, 5, { error: 'The end must be after the start.' }],
    [0, 86_400_000 * 301, { error: 'At most 300 days at once.' }],
  ])('%s → %s', (from, to, expected) => {
    expect(customQuery(from, to)).toEqual(expected)
  })
})
