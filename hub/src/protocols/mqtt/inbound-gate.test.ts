import { describe, it, expect } from '@jest/globals'
import { InboundGate } from './inbound-gate.js'

function manualGate(high: number, low: number) {
  let backlog = 0
  const queued: Array<() => void> = []
  const gate = new InboundGate(() => backlog, high, low, fn => { queued.push(fn) })
  return {
    gate,
    setBacklog(n: number) { backlog = n },
    /** Runs one scheduler turn. */
    turn() { const fns = queued.splice(0); for (const f of fns) f() },
    scheduled: () => queued.length,
  }
}

describe('InboundGate', () => {
  it.each([
    // backlog, high, low, open
    [0, 10, 2, true],
    [9, 10, 2, true],
    [10, 10, 2, false],
    [500, 10, 2, false],
  ])('with backlog %p (high %p, low %p) is open: %p', (backlog, high, low, open) => {
    const g = manualGate(high, low)
    g.setBacklog(backlog)
    expect(g.gate.open).toBe(open)
  })

  it('resumes waiters only once the backlog is down to the low-water mark', () => {
    const g = manualGate(10, 2)
    g.setBacklog(12)
    const resumed: string[] = []
    g.gate.wait(() => resumed.push('a'))
    g.gate.wait(() => resumed.push('b'))
    expect(g.scheduled()).toBe(1)
    g.turn()
    expect(resumed).toEqual([])
    g.setBacklog(5) // below high, still above low: hysteresis keeps them waiting
    g.turn()
    expect(resumed).toEqual([])
    g.setBacklog(2)
    g.turn()
    expect(resumed).toEqual(['a', 'b'])
    expect(g.scheduled()).toBe(0)
  })

  it('stays closed while anyone waits, so a newcomer cannot jump the queue', () => {
    const g = manualGate(10, 2)
    g.setBacklog(11)
    g.gate.wait(() => {})
    g.setBacklog(3)
    expect(g.gate.open).toBe(false)
  })

  it('forgets a cancelled waiter and stops polling when none is left', () => {
    const g = manualGate(10, 2)
    g.setBacklog(50)
    const resume = () => { throw new Error('must not run') }
    g.gate.wait(resume)
    g.gate.cancel(resume)
    g.turn()
    expect(g.scheduled()).toBe(0)
    expect(g.gate.waitingCount).toBe(0)
  })

  it.each([[5, 5], [2, 3], [10, -1]])('refuses high %p with low %p', (high, low) => {
    expect(() => new InboundGate(() => 0, high, low)).toThrow('inbound gate needs 0 ≤ low < high')
  })
})
