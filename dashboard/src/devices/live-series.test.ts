import { describe, expect, it } from 'vitest'
import { appendSamples, createLiveSeries } from './live-series'

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
