import { describe, expect, it } from 'vitest'
import type { CommandStatus } from '@tether/protocol'
import { lifecycleSteps } from './lifecycle'

describe('lifecycleSteps', () => {
  it.each<[CommandStatus, string[], string[]]>([
    ['accepted', ['accepted', 'sent', 'delivered', 'succeeded'], ['accepted']],
    ['delivered', ['accepted', 'sent', 'delivered', 'succeeded'], ['accepted', 'sent', 'delivered']],
    ['succeeded', ['accepted', 'sent', 'delivered', 'succeeded'], ['accepted', 'sent', 'delivered', 'succeeded']],
    ['timed_out', ['accepted', 'sent', 'delivered', 'timed_out'], ['accepted', 'sent', 'delivered', 'timed_out']],
    ['expired', ['accepted', 'sent', 'delivered', 'expired'], ['accepted', 'sent', 'delivered', 'expired']],
  ])('%s draws %j with %j done and itself current', (state, names, done) => {
    const steps = lifecycleSteps(state)
    expect(steps.map(s => s.name)).toEqual(names)
    expect(steps.find(s => s.current)?.name).toBe(state)
    expect(steps.filter(s => s.done).map(s => s.name)).toEqual(done)
  })
})
