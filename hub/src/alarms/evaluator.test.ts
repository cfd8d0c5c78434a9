import { describe, expect, it } from '@jest/globals'
import { compare, thresholdCleared } from './compare.js'
import { initialState, onPresence, onSample, onTick, type Transition } from './evaluator.js'
import { renderTemplate } from './template.js'
import type { Condition, Operator } from './types.js'

describe('compare', () => {
  it.each<[number | string | boolean, Operator, number | string | boolean, boolean]>([
    [31, '>', 30, true], [30, '>', 30, false], [30, '>=', 30, true], [29, '<', 30, true], [30, '<=', 30, true],
    [30, '==', 30, true], [30, '!=', 30, false], ['fault', '==', 'fault', true], ['30', '==', 30, false],
    ['31', '>', 30, false], [true, '!=', false, true],
  ])('%p %s %p is %p', (a, op, b, out) => { expect(compare(a, op, b)).toBe(out) })

  it.each<[number, Operator, number, number, boolean]>([
    [29, '>', 30, 2, false], [28, '>', 30, 2, false], [27.9, '>', 30, 2, true], [30, '>', 30, 0, true], [30.1, '>', 30, 0, false],
    [11, '<', 10, 2, false], [12.5, '<', 10, 2, true], [10, '>=', 10, 0, false], [9, '>=', 10, 0, true],
  ])('%p after %s %p with hysteresis %p clears: %p', (v, op, line, h, out) => { expect(thresholdCleared(v, op, line, h, null)).toBe(out) })

  it('uses an explicit clear condition instead of hysteresis', () => {
    expect(thresholdCleared(29, '>', 30, 0, { op: '<', value: 25 })).toBe(false)
    expect(thresholdCleared(24, '>', 30, 0, { op: '<', value: 25 })).toBe(true)
  })
})

/** Feeds [time, value | 'tick'] steps and returns the transitions that happened, with their time. */
function run(c: Condition, steps: Array<[number, number | 'tick' | string]>): Array<[number, Transition]> {
  const s = initialState()
  const out: Array<[number, Transition]> = []
  for (const [t, v] of steps) {
    const field = c.type === 'presence' ? '' : (c as { field: string | null }).field ?? 'x'
    const tr = v === 'tick' ? onTick(c, s, t) : c.type === 'presence' ? onPresence(c, s, String(v), t) : onSample(c, s, { [field]: v as number }, t)
    if (tr) out.push([t, tr])
  }
  return out
}

describe('rule evaluation', () => {
  const above30for2min: Condition = { type: 'threshold', field: 't', op: '>', value: 30, holdMs: 120_000, hysteresis: 2, clear: null }

  it('raises once for a crossing held through the hold time', () => {
    expect(run(above30for2min, [[0, 31], [60_000, 32], [120_000, 31], [180_000, 33]])).toEqual([[120_000, 'raise']])
  })

  it('does not raise for a spike shorter than the hold time', () => {
    expect(run(above30for2min, [[0, 35], [60_000, 29], [200_000, 'tick'], [300_000, 'tick']])).toEqual([])
  })

  it('raises from the sweep when the last value still stands after the hold time', () => {
    expect(run(above30for2min, [[0, 31], [119_999, 'tick'], [120_000, 'tick'], [121_000, 'tick']])).toEqual([[120_000, 'raise']])
  })

  it('does not flap while the value hovers between the line and the hysteresis band', () => {
    expect(run(above30for2min, [[0, 31], [120_000, 31], [130_000, 29.5], [140_000, 30.5], [150_000, 28.5], [160_000, 31], [170_000, 27.9]]))
      .toEqual([[120_000, 'raise'], [170_000, 'clear']])
  })

  it('raises on a rise over the window and clears once the rise leaves it', () => {
    const rise: Condition = { type: 'rate', field: 't', change: 5, windowMs: 60_000 }
    expect(run(rise, [[0, 20], [30_000, 22], [50_000, 25], [70_000, 25.5], [120_000, 26]])).toEqual([[50_000, 'raise'], [70_000, 'clear']])
  })

  it('keeps a window longer than the ring starts with, and drops only what left it', () => {
    const rise: Condition = { type: 'rate', field: 't', change: 10, windowMs: 100_000 }
    // 40 samples 1 s apart rising by 0.2: the ring grows past its first size; 39 × 0.2 < 10, nothing raised.
    const steps: Array<[number, number]> = Array.from({ length: 40 }, (_, i) => [i * 1000, 20 + i * 0.2])
    expect(run(rise, [...steps, [40_000, 30]])).toEqual([[40_000, 'raise']])
    expect(run(rise, [...steps, [150_000, 30]])).toEqual([])
  })

  it('raises on a fall when the change is negative', () => {
    expect(run({ type: 'rate', field: 't', change: -3, windowMs: 10_000 }, [[0, 10], [5000, 6.5]])).toEqual([[5000, 'raise']])
  })

  it('raises no-data only after the first sample, and clears on the next', () => {
    const silent: Condition = { type: 'no_data', field: 't', forMs: 60_000 }
    expect(run(silent, [[0, 'tick'], [100_000, 'tick'], [110_000, 20], [169_999, 'tick'], [170_000, 'tick'], [180_000, 'tick'], [200_000, 21]]))
      .toEqual([[170_000, 'raise'], [200_000, 'clear']])
  })

  it('raises presence lost after it lasted, not for a short loss', () => {
    const lost: Condition = { type: 'presence', states: ['lost'], forMs: 30_000 }
    expect(run(lost, [[0, 'lost'], [10_000, 'online'], [40_000, 'tick'], [50_000, 'lost'], [80_000, 'tick'], [90_000, 'online']]))
      .toEqual([[80_000, 'raise'], [90_000, 'clear']])
  })
})

describe('renderTemplate', () => {
  it.each([
    ['{device} at {value}{unit}', 'boiler-3 at 31.26°C'],
    ['{rule} ({severity}) {field}', 'too hot (major) temperature'],
    ['{nope} stays', '{nope} stays'],
  ])('%s → %s', (tpl, out) => {
    expect(renderTemplate(tpl, { device: 'boiler-3', rule: 'too hot', severity: 'major', field: 'temperature', value: 31.2599, unit: '°C' })).toBe(out)
  })
})
