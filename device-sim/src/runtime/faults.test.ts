import { describe, expect, it } from '@jest/globals'
import { FaultSet, parseFault } from './faults.js'

describe('parseFault', () => {
  it.each([
    [{ mode: 'drop', durationMs: 5000 }, { mode: 'drop', durationMs: 5000 }],
    [{ mode: 'silent' }, { mode: 'silent', durationMs: 30_000 }],
    [{ mode: 'delay-responses', durationMs: 1000, delayMs: 0 }, { mode: 'delay-responses', durationMs: 1000, delayMs: 0 }],
    [{ mode: 'burst', rate: 50, durationMs: 2000 }, { mode: 'burst', durationMs: 2000, rate: 50 }],
  ])('accepts %j', (input, spec) => {
    expect(parseFault(input)).toEqual({ ok: true, spec })
  })

  it.each([
    [null, 'a fault must be a JSON object'],
    [['drop'], 'a fault must be a JSON object'],
    [{ mode: 'explode' }, 'mode must be one of drop, silent, delay-responses, withhold-responses, burst'],
    [{ mode: 'drop', durationMs: 0 }, 'durationMs must be an integer between 1 and 3600000'],
    [{ mode: 'drop', durationMs: '5s' }, 'durationMs must be an integer between 1 and 3600000'],
    [{ mode: 'burst', rate: 1000 }, 'rate must be an integer between 1 and 200'],
    [{ mode: 'delay-responses', delayMs: -1 }, 'delayMs must be an integer between 0 and 600000'],
  ])('refuses %j: %s', (input, error) => {
    expect(parseFault(input)).toEqual({ ok: false, error })
  })
})

describe('FaultSet', () => {
  it('keeps a fault active until its end time and forgets it after', () => {
    const faults = new FaultSet()
    faults.add({ mode: 'silent', durationMs: 1000 }, 5000)
    expect(faults.has('silent', 5999)).toBe(true)
    expect(faults.has('silent', 6000)).toBe(false)
    expect(faults.list(6000)).toEqual([])
  })

  it('fills defaults and replaces an earlier fault of the same mode', () => {
    const faults = new FaultSet()
    faults.add({ mode: 'burst', durationMs: 1000 }, 0)
    faults.add({ mode: 'burst', durationMs: 3000, rate: 5 }, 0)
    expect(faults.list(10)).toEqual([{ mode: 'burst', until: 3000, delayMs: 10_000, rate: 5 }])
  })

  it('clears one mode or all', () => {
    const faults = new FaultSet()
    faults.add({ mode: 'silent', durationMs: 1000 }, 0)
    faults.add({ mode: 'withhold-responses', durationMs: 1000 }, 0)
    faults.clear('silent')
    expect(faults.list(0).map(f => f.mode)).toEqual(['withhold-responses'])
    faults.clear()
    expect(faults.list(0)).toEqual([])
  })
})
