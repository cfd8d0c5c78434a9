import { describe, expect, it } from 'vitest'
import { isTerminal, lifecycleSteps } from './lifecycle'

describe('lifecycleSteps', () => {
  it.each([
    ['accepted', 'accepted', ['accepted']],
    ['delivered', 'delivered', ['accepted', 'sent', 'delivered']],
    ['succeeded', 'succeeded', ['accepted', 'sent', 'delivered', 'succeeded']],
    ['timed_out', 'timed_out', ['accepted', 'sent', 'delivered', 'timed_out']],
  ])('%s marks %s current', (state, current, done) => {
    const steps = lifecycleSteps(state)
    expect(steps.find(s => s.current)?.name).toBe(current)
    expect(steps.filter(s => s.done).map(s => s.name)).toEqual(done)
  })

  it.each([['succeeded', true], ['failed', true], ['expired', true], ['sent', false]])('%s is terminal: %s', (s, t) => {
    expect(isTerminal(s)).toBe(t)
  })
})
