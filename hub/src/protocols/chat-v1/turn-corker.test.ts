import { describe, it, expect } from '@jest/globals'
import { TurnCorker } from './turn-corker.js'

/** A corked session whose flush takes `costMs` of the fake clock. */
function session(clock: { t: number }, costMs: number) {
  let flushes = 0
  let resolveNext: (() => void) | null = null
  return {
    get flushes() { return flushes },
    flushed: () => new Promise<void>(r => { resolveNext = r }),
    uncorkTurn() { clock.t += costMs; flushes++; resolveNext?.() },
  }
}
const nextTick = () => new Promise<void>(r => process.nextTick(r))

describe('TurnCorker', () => {
  it('flushes at the end of the turn when pacing is off', async () => {
    const clock = { t: 0 }
    const corker = new TurnCorker(0, () => clock.t)
    const s = session(clock, 50)
    corker.add(s)
    expect(s.flushes).toBe(0) // not inside the turn that corked it
    await nextTick()
    expect(s.flushes).toBe(1)
    corker.add(s) // a slow previous flush does not delay the next one
    await nextTick()
    expect(s.flushes).toBe(2)
  })

  it('waits twice as long as the previous flush took, at most the maximum, before the next', async () => {
    const clock = { t: 0 }
    const corker = new TurnCorker(20, () => clock.t)
    const slow = session(clock, 8) // a large room: 8 ms of writes
    corker.add(slow)
    await nextTick()
    expect(slow.flushes).toBe(1)

    corker.add(slow)
    const second = slow.flushed()
    await nextTick()
    expect(slow.flushes).toBe(1) // held: 16 ms have not passed since the last flush ended
    clock.t += 16
    await second
    expect(slow.flushes).toBe(2)
  })

  it('writes at once after a cheap flush (small rooms) or once the wait has passed', async () => {
    const clock = { t: 0 }
    const corker = new TurnCorker(20, () => clock.t)
    const cheap = session(clock, 0.01)
    corker.add(cheap)
    await nextTick()
    corker.add(cheap)
    await nextTick()
    expect(cheap.flushes).toBe(2)

    const slow = session(clock, 30) // capped: waits 20 ms, not 60
    corker.add(slow)
    await nextTick()
    clock.t += 20
    corker.add(slow)
    await nextTick()
    expect(slow.flushes).toBe(2)
  })
})
