import { describe, it, expect } from '@jest/globals'
import { MIN_TURN_POINTS, turnPoints } from './pace.js'

describe('turnPoints', () => {
  it.each([
    // backlog, batch size → points per event-loop turn
    [0, 1000, MIN_TURN_POINTS],
    [1, 1000, MIN_TURN_POINTS],
    [1000, 1000, 32], // a steady load: one batch waits, 32 per turn
    [1032, 1000, 33],
    [4000, 1000, 126],
    [32_000, 1000, 1000], // 31 batches more wait: a whole batch per turn
    [1_000_000, 1000, 1000], // never more than a batch
    [1_000_000, 10, 10], // nor more than a small batch
    [5000, 5000, 32], // a large batch at a steady load: still 32 per turn
    [64, 5000, 32],
  ])('backlog %i, batch %i → %i', (backlog, batch, expected) => {
    expect(turnPoints(backlog, batch)).toBe(expected)
  })
})
