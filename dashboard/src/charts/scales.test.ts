import { describe, expect, it } from 'vitest'
import { bucketSummary, needsPoints, seriesLabel, unitAxes, xExtent, yExtent } from './scales'

const T = 1_764_000_000_000

describe('xExtent', () => {
  it.each<[string, number[], [number, number] | undefined, [number, number] | null]>([
    ['no data', [], undefined, null],
    ['one sample is padded a minute each side', [T], undefined, [T - 60_000, T + 60_000]],
    ['equal samples are padded', [T, T], undefined, [T - 60_000, T + 60_000]],
    ['several samples span their extent', [T, T + 5000, T + 10_000], undefined, [T, T + 10_000]],
    ['a fixed window wins', [T], [T - 3_600_000, T], [T - 3_600_000, T]],
    ['a fixed window applies to no data too', [], [T - 1000, T], [T - 1000, T]],
    ['an empty fixed window falls back to the data', [T, T + 1], [T, T], [T, T + 1]],
  ])('%s', (_name, x, fixed, expected) => {
    expect(xExtent(x, fixed)).toEqual(expected)
  })

  it('keeps a single point within a day of itself (not years)', () => {
    const [a, b] = xExtent([T])!
    expect(b - a).toBeLessThan(86_400_000)
    expect(a).toBeLessThan(T)
    expect(b).toBeGreaterThan(T)
  })
})

describe('yExtent', () => {
  it.each<[string, Array<number | null>, [number, number] | null]>([
    ['no values', [], null],
    ['only gaps', [null, null], null],
    ['one value, padded by 10 %', [20], [18, 22]],
    ['zero, padded by one', [0], [-1, 1]],
    ['a negative flat line', [-50, -50], [-55, -45]],
    ['a range', [3, null, 1, 2], [1, 3]],
  ])('%s', (_name, values, expected) => {
    expect(yExtent(values)).toEqual(expected)
  })
})

describe('needsPoints', () => {
  it.each<[Array<number | null>, boolean]>([
    [[], false],
    [[5], true],
    [[null, 5, null], true],
    [[1, 2], false],
    [[1, 2, null, 4], true],
    [[1, 2, null, 4, 5], false],
    [[null, null], false],
  ])('%j → %s', (values, expected) => {
    expect(needsPoints(values)).toBe(expected)
  })
})

describe('bucketSummary', () => {
  it.each([[1, '3h', '1 bucket of 3h'], [12, '30s', '12 buckets of 30s'], [0, '5s', '0 buckets of 5s']])('%i of %s', (n, every, text) => {
    expect(bucketSummary(n, every)).toBe(text)
  })
})

describe('unitAxes', () => {
  it('gives one axis per unit, alternating sides', () => {
    expect(unitAxes(['W', 'V', 'W', 'kWh'])).toEqual({
      axes: [
        { scale: 'u:W', unit: 'W', side: 'left' },
        { scale: 'u:V', unit: 'V', side: 'right' },
        { scale: 'u:kWh', unit: 'kWh', side: 'left' },
      ],
      scaleOf: ['u:W', 'u:V', 'u:W', 'u:kWh'],
    })
  })

  it('puts series without a unit on one plain axis', () => {
    expect(unitAxes([undefined, null, ''])).toEqual({ axes: [{ scale: 'y', unit: null, side: 'left' }], scaleOf: ['y', 'y', 'y'] })
  })
})

describe('seriesLabel', () => {
  it.each([['power', 'W', 'power (W)'], ['count', null, 'count'], ['t', undefined, 't']])('%s %s', (name, unit, label) => {
    expect(seriesLabel(name, unit)).toBe(label)
  })
})
