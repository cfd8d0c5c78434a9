import { describe, it, expect } from '@jest/globals'
import { percentile, summarize, Reservoir } from './percentiles.js'

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1)

describe('percentile (nearest rank)', () => {
  it.each([
    [[], 50, NaN],
    [[7], 50, 7],
    [[7], 99, 7],
    [oneToHundred, 0, 1],
    [oneToHundred, 50, 50],
    [oneToHundred, 90, 90],
    [oneToHundred, 99, 99],
    [oneToHundred, 99.9, 100],
    [oneToHundred, 100, 100],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 75, 3],
    [[1, 2, 3, 4], 76, 4],
  ])('of %p at p%p is %p', (sorted, p, expected) => {
    expect(percentile(sorted, p)).toBe(expected)
  })
})

describe('summarize', () => {
  it('sorts unsorted samples before ranking', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ count: 5, min: 1, p50: 3, p90: 5, p99: 5, p999: 5, max: 5, mean: 3 })
  })

  it('reports NaN figures for no samples', () => {
    const s = summarize([])
    expect(s.count).toBe(0)
    expect(s.p50).toBeNaN()
  })
})

describe('Reservoir', () => {
  it('keeps every sample while under capacity', () => {
    const r = new Reservoir(4)
    for (const v of [3, 1, 2]) r.add(v)
    expect([...r.samples()]).toEqual([3, 1, 2])
    expect(r.seen).toBe(3)
  })

  it('replaces a slot only when the draw lands inside the reservoir', () => {
    const draws = [0.1, 0.9] // seen=3 → j=0 (replace slot 0); seen=4 → j=3 (outside, keep)
    const r = new Reservoir(2, () => draws.shift()!)
    for (const v of [10, 20, 30, 40]) r.add(v)
    expect([...r.samples()]).toEqual([30, 20])
    expect(r.seen).toBe(4)
  })
})
