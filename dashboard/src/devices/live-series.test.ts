import { describe, expect, it } from 'vitest'
import { appendSamples, createLiveSeries, prependHistory } from './live-series'

const opts = { windowMs: 10_000, maxPoints: 3 }

describe('appendSamples', () => {
  it('aligns fields that appear late with null gaps', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 1, fields: { a: 1 } }, { t: 2, fields: { a: 2, b: 5 } }], opts)
    expect(s.t).toEqual([1, 2])
    expect(Object.fromEntries(s.fields)).toEqual({ a: [1, 2], b: [null, 5] })
  })

  it('drops the oldest samples beyond maxPoints', () => {
    const s = appendSamples(createLiveSeries(), [1, 2, 3, 4].map(t => ({ t, fields: { a: t } })), opts)
    expect(s.t).toEqual([2, 3, 4])
    expect(s.fields.get('a')).toEqual([2, 3, 4])
  })

  it('drops samples older than the window', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 0, fields: { a: 0 } }, { t: 20_000, fields: { a: 1 } }], opts)
    expect(s.t).toEqual([20_000])
  })

  it('ignores a sample older than the last one', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 5, fields: { a: 5 } }, { t: 4, fields: { a: 4 } }], opts)
    expect(s.t).toEqual([5])
  })

  it('fills null for a field a sample omits', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 1, fields: { a: 1, b: 1 } }, { t: 2, fields: { a: 2 } }], opts)
    expect(s.fields.get('b')).toEqual([1, null])
  })
})

describe('prependHistory', () => {
  const wide = { windowMs: 100_000, maxPoints: 100 }

  it('fills an empty series from history, in time order', () => {
    const s = prependHistory(createLiveSeries(), { a: [{ t: 2, v: 20 }, { t: 1, v: 10 }] }, wide)
    expect(s.t).toEqual([1, 2])
    expect(Object.fromEntries(s.fields)).toEqual({ a: [10, 20] })
  })

  it('puts only older points before live samples, with nulls for the other fields', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 10, fields: { a: 1, b: 2 } }], wide)
    prependHistory(s, { a: [{ t: 5, v: 0.5 }, { t: 10, v: 99 }, { t: 12, v: 99 }] }, wide)
    expect(s.t).toEqual([5, 10])
    expect(Object.fromEntries(s.fields)).toEqual({ a: [0.5, 1], b: [null, 2] })
  })

  it('skips a bucket that reaches into the live part: its samples were already drawn live', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 25, fields: { a: 1 } }], wide)
    prependHistory(s, { a: [{ t: 0, v: 3 }, { t: 10, v: 4 }, { t: 20, v: 1 }] }, { ...wide, bucketMs: 10 })
    expect(s.t).toEqual([0, 10, 25])
    expect(s.fields.get('a')).toEqual([3, 4, 1])
    // A sample stamped by the hub reaches the page a little later: the margin covers that.
    const late = appendSamples(createLiveSeries(), [{ t: 31, fields: { a: 1 } }], wide)
    prependHistory(late, { a: [{ t: 10, v: 4 }, { t: 20, v: 1 }] }, { ...wide, bucketMs: 10, marginMs: 2 })
    expect(late.t).toEqual([10, 31])
  })

  it('adds a field the live samples lack', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 10, fields: { b: 2 } }], wide)
    prependHistory(s, { a: [{ t: 5, v: 7 }] }, wide)
    expect(Object.fromEntries(s.fields)).toEqual({ a: [7, null], b: [null, 2] })
  })

  it('keeps one point per time and applies the window', () => {
    const s = prependHistory(createLiveSeries(), { a: [{ t: 1, v: 1 }, { t: 1, v: 2 }, { t: 3, v: 3 }, { t: 4, v: 4 }, { t: 5, v: null }] }, opts)
    expect(s.t).toEqual([3, 4, 5])
    expect(s.fields.get('a')).toEqual([3, 4, null])
  })

  it('merges several fields by time, with nulls where one has no point', () => {
    const s = prependHistory(createLiveSeries(), { a: [{ t: 1, v: 1 }, { t: 2, v: 2 }], b: [{ t: 2, v: 20 }, { t: 3, v: 30 }] }, wide)
    expect(s.t).toEqual([1, 2, 3])
    expect(Object.fromEntries(s.fields)).toEqual({ a: [1, 2, null], b: [null, 20, 30] })
  })

  it('merges a later backfill of other fields into the history already held', () => {
    const s = prependHistory(createLiveSeries(), { a: [{ t: 1, v: 1 }, { t: 2, v: 2 }] }, wide)
    appendSamples(s, [{ t: 10, fields: { a: 3, b: 30 } }], wide)
    prependHistory(s, { b: [{ t: 2, v: 20 }, { t: 5, v: 50 }, { t: 10, v: 99 }] }, wide)
    expect(s.t).toEqual([1, 2, 5, 10])
    expect(Object.fromEntries(s.fields)).toEqual({ a: [1, 2, null, 3], b: [null, 20, 50, 30] })
  })

  it('changes nothing without older points', () => {
    const s = appendSamples(createLiveSeries(), [{ t: 10, fields: { a: 1 } }], wide)
    prependHistory(s, { a: [{ t: 11, v: 5 }] }, wide)
    expect(s.t).toEqual([10])
  })
})
