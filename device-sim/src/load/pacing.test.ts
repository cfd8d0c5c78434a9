import { describe, it, expect } from '@jest/globals'
import { dueMessages, spread, share } from './pacing.js'

describe('dueMessages', () => {
  it.each([
    // rate/s, elapsed ms, limit, due
    [5000, 0, 0, 0],
    [5000, 1, 0, 5],
    [5000, 1000, 0, 5000],
    [5000, 2500, 0, 12500],
    [333, 10, 0, 3],
    [333, 1000, 100, 100],
    [1000, -50, 0, 0],
    [0.5, 3000, 0, 1],
  ])('at %p msg/s after %p ms (limit %p) has %p messages due', (rate, elapsed, limit, due) => {
    expect(dueMessages(rate, elapsed, limit)).toBe(due)
  })
})

describe('spread', () => {
  it.each([
    // count, connections, cursor, per connection, next cursor
    [0, 3, 0, [0, 0, 0], 0],
    [3, 3, 0, [1, 1, 1], 0],
    [2, 3, 0, [1, 1, 0], 2],
    [2, 3, 2, [1, 0, 1], 1],
    [7, 3, 1, [2, 3, 2], 2],
    [1, 1, 0, [1], 0],
  ])('spreads %p sends over %p connections from cursor %p as %p', (count, conns, cursor, per, next) => {
    expect(spread(count, conns, cursor)).toEqual({ perConnection: per, cursor: next })
  })

  it('stays fair over consecutive single-message ticks', () => {
    let cursor = 0
    const totals = [0, 0, 0, 0]
    for (let t = 0; t < 10; t++) {
      const plan = spread(1, 4, cursor)
      cursor = plan.cursor
      plan.perConnection.forEach((k, i) => { totals[i]! += k })
    }
    expect(totals).toEqual([3, 3, 2, 2])
  })
})

describe('share', () => {
  it.each([
    [100, 2, 0, 50], [100, 2, 1, 50], [101, 2, 0, 51], [101, 2, 1, 50], [5, 3, 2, 1], [2, 3, 2, 0],
  ])('gives %p split over %p workers: worker %p takes %p', (total, workers, index, expected) => {
    expect(share(total, workers, index)).toBe(expected)
  })
})
