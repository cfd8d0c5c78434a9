import { describe, it, expect } from '@jest/globals'
import { bucketColumns } from './buckets.js'
import type { ChunkColumn } from './chunk-codec.js'
import type { Aggregate } from '../store.js'

const num = (pairs: Array<[number, number]>, ns: number[] = pairs.map(() => 0)): ChunkColumn => ({ type: 'number', ts: pairs.map(p => p[0]), ns, values: pairs.map(p => p[1]) })
const window = (agg: Aggregate, everyMs = 10, from = 0, to = 100) => ({ agg, everyMs, from, to })

describe('bucketColumns', () => {
  // Two chunks of one field: 0..9 holds 1, 2, 3; 10..19 holds 10; 20..29 none; 30..39 holds -4.
  const columns = [num([[0, 1], [5, 2], [9, 3]]), num([[12, 10], [35, -4]])]
  it.each<[Aggregate, Array<{ t: number; v: number }>]>([
    ['mean', [{ t: 0, v: 2 }, { t: 10, v: 10 }, { t: 30, v: -4 }]],
    ['min', [{ t: 0, v: 1 }, { t: 10, v: 10 }, { t: 30, v: -4 }]],
    ['max', [{ t: 0, v: 3 }, { t: 10, v: 10 }, { t: 30, v: -4 }]],
    ['last', [{ t: 0, v: 3 }, { t: 10, v: 10 }, { t: 30, v: -4 }]],
  ])('%s over buckets aligned to the epoch, empty ones left out', (agg, expected) => {
    expect(bucketColumns(columns, window(agg))).toEqual(expected)
  })

  it('keeps points in [from, to) only', () => {
    expect(bucketColumns(columns, window('max', 100, 5, 35))).toEqual([{ t: 0, v: 10 }])
  })

  it('answers buckets in time order whatever order the chunks come in', () => {
    expect(bucketColumns([...columns].reverse(), window('min')).map(s => s.t)).toEqual([0, 10, 30])
  })

  it('takes for `last` the point with the greatest (ts, ns), wherever its chunk is', () => {
    const a = num([[7, 1], [7, 2]], [5, 9])
    const b = num([[7, 3]], [6])
    expect(bucketColumns([a, b], window('last'))).toEqual([{ t: 0, v: 2 }])
    expect(bucketColumns([b, a], window('last'))).toEqual([{ t: 0, v: 2 }])
  })

  it('reads booleans as 1 and 0 for mean, min and max, and as themselves for last', () => {
    const on: ChunkColumn = { type: 'boolean', ts: [1, 2, 3, 4], ns: [0, 0, 0, 0], values: [true, false, true, true] }
    expect(bucketColumns([on], window('mean'))).toEqual([{ t: 0, v: 0.75 }])
    expect(bucketColumns([on], window('min'))).toEqual([{ t: 0, v: 0 }])
    expect(bucketColumns([on], window('last'))).toEqual([{ t: 0, v: true }])
  })

  it('answers null for a string field under mean, min and max, and the string for last', () => {
    const mode: ChunkColumn = { type: 'string', ts: [1, 12], ns: [0, 0], values: ['eco', 'boost'] }
    expect(bucketColumns([mode], window('mean'))).toEqual([{ t: 0, v: null }, { t: 10, v: null }])
    expect(bucketColumns([mode], window('max'))).toEqual([{ t: 0, v: null }, { t: 10, v: null }])
    expect(bucketColumns([mode], window('last'))).toEqual([{ t: 0, v: 'eco' }, { t: 10, v: 'boost' }])
  })

  it('sums a mean with compensation (a small value next to large ones is not lost)', () => {
    const col = num([[1, 1e16], [2, 1], [3, -1e16], [4, 1]])
    expect(bucketColumns([col], window('mean'))).toEqual([{ t: 0, v: 0.5 }])
  })
})
