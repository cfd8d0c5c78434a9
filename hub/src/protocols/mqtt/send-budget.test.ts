import { describe, it, expect } from '@jest/globals'
import { SendBudget, type BudgetExceeded } from './send-budget.js'
import { createManualClock } from '../../../test/support/manual-clock.js'

function setup() {
  const clock = createManualClock(0)
  let queued = 0
  const drops: BudgetExceeded[] = []
  const budget = new SendBudget({ budgetBytes: 1000, overBudgetMs: 5000, hardLimitBytes: 4000 }, { queuedBytes: () => queued, budgetExceeded: e => drops.push(e) }, () => clock.now(), clock)
  const set = (bytes: number) => { queued = bytes; budget.check() }
  return { clock, set, drops, budget }
}

describe('send budget', () => {
  it.each([
    // queue sizes over time: [ms to advance, bytes queued], expected drop
    ['stays under the budget', [[0, 900], [10_000, 1000]], null],
    ['over the budget for the whole allowance', [[0, 1500], [5000, 1500]], { reason: 'slow', queuedBytes: 1500, overBudgetMs: 5000 }],
    ['back under before the allowance ends', [[0, 1500], [4999, 200], [1, 200], [10_000, 200]], null],
    ['over again restarts the allowance', [[0, 1500], [4000, 200], [1000, 1500], [4999, 1500]], null],
    ['a late drain does not save a queue over budget when the timer fires', [[0, 1500], [2000, 1200], [3000, 1200]], { reason: 'slow', queuedBytes: 1200, overBudgetMs: 5000 }],
    ['past the hard limit at once', [[0, 1500], [100, 4001]], { reason: 'hard', queuedBytes: 4001, overBudgetMs: 100 }],
    ['past the hard limit with no warning', [[0, 4001]], { reason: 'hard', queuedBytes: 4001, overBudgetMs: 0 }],
  ] as Array<[string, Array<[number, number]>, BudgetExceeded | null]>)('%s', (_name, steps, expected) => {
    const { clock, set, drops } = setup()
    for (const [ms, bytes] of steps) {
      clock.advance(ms)
      set(bytes)
    }
    expect(drops).toEqual(expected ? [expected] : [])
  })

  it('drops only after the whole allowance by its own clock, when the timer fires a little early', () => {
    // Node's timers run on the event loop's cached clock, which can be behind the clock the budget reads.
    const clock = createManualClock(0)
    let lag = 0
    const drops: BudgetExceeded[] = []
    const budget = new SendBudget({ budgetBytes: 1000, overBudgetMs: 5000, hardLimitBytes: 4000 }, { queuedBytes: () => 1500, budgetExceeded: e => drops.push(e) }, () => clock.now() - lag, clock)
    budget.check()
    lag = 1
    clock.advance(5000)
    expect(drops).toEqual([])
    clock.advance(1)
    expect(drops).toEqual([{ reason: 'slow', queuedBytes: 1500, overBudgetMs: 5000 }])
  })

  it('reports once and stops', () => {
    const { clock, set, drops, budget } = setup()
    set(5000)
    set(6000)
    clock.advance(10_000)
    expect(drops).toHaveLength(1)
    budget.stop()
  })
})
