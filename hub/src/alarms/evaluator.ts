import type { FieldValue } from '../telemetry/point.js'
import { compare, thresholdCleared } from './compare.js'
import type { Condition } from './types.js'

/** What one rule remembers about one device between samples. Mutated in place: no allocation per point. */
export interface RuleState {
  /** The condition is met and an alarm is open for it. */
  raised: boolean
  /** Since when the condition has been met without being raised yet (hold time, presence). */
  pendingSince: number | null
  /** The last value seen for the rule's field. */
  lastValue: FieldValue | null
  /** no_data: when data last arrived; null until the first sample arms the rule. */
  lastDataAt: number | null
  /** rate: the window's samples, oldest first. */
  times: number[]
  values: number[]
}

export type Transition = 'raise' | 'clear' | null

/** Longest rate-of-change window kept per rule and device, in samples. */
export const RATE_WINDOW_SAMPLES = 256

export function initialState(raised = false): RuleState {
  return { raised, pendingSince: null, lastValue: null, lastDataAt: null, times: [], values: [] }
}

/** A telemetry publish of the device at `now`. */
export function onSample(c: Condition, s: RuleState, fields: Record<string, FieldValue>, now: number): Transition {
  switch (c.type) {
    case 'threshold': {
      const v = fields[c.field]
      if (v === undefined) return null
      s.lastValue = v
      if (s.raised) {
        if (!thresholdCleared(v, c.op, c.value, c.hysteresis, c.clear)) return null
        s.raised = false
        return 'clear'
      }
      if (!compare(v, c.op, c.value)) { s.pendingSince = null; return null }
      s.pendingSince ??= now
      return holdElapsed(s, c.holdMs, now)
    }
    case 'rate': {
      const v = fields[c.field]
      if (typeof v !== 'number') return null
      s.lastValue = v
      const from = now - c.windowMs
      while (s.times.length > 0 && (s.times[0]! < from || s.times.length >= RATE_WINDOW_SAMPLES)) { s.times.shift(); s.values.shift() }
      s.times.push(now)
      s.values.push(v)
      let met = false
      for (const old of s.values) if (c.change > 0 ? v - old >= c.change : v - old <= c.change) { met = true; break }
      if (met === s.raised) return null
      s.raised = met
      return met ? 'raise' : 'clear'
    }
    case 'no_data': {
      if (c.field !== null) {
        const v = fields[c.field]
        if (v === undefined) return null
        s.lastValue = v
      }
      s.lastDataAt = now
      if (!s.raised) return null
      s.raised = false
      return 'clear'
    }
    case 'presence':
      return null
  }
}

/** A presence change of the device. */
export function onPresence(c: Condition, s: RuleState, state: string, now: number): Transition {
  if (c.type !== 'presence') return null
  s.lastValue = state
  if ((c.states as string[]).includes(state)) {
    if (s.raised) return null
    s.pendingSince ??= now
    return holdElapsed(s, c.forMs, now)
  }
  s.pendingSince = null
  if (!s.raised) return null
  s.raised = false
  return 'clear'
}

/** Time passing: hold times, presence durations and silence fall due here. */
export function onTick(c: Condition, s: RuleState, now: number): Transition {
  if (s.raised) return null
  switch (c.type) {
    case 'threshold': return s.pendingSince === null ? null : holdElapsed(s, c.holdMs, now)
    case 'presence': return s.pendingSince === null ? null : holdElapsed(s, c.forMs, now)
    case 'no_data':
      if (s.lastDataAt === null || now - s.lastDataAt < c.forMs) return null
      s.raised = true
      return 'raise'
    case 'rate': return null
  }
}

function holdElapsed(s: RuleState, holdMs: number, now: number): Transition {
  if (now - s.pendingSince! < holdMs) return null
  s.pendingSince = null
  s.raised = true
  return 'raise'
}

/** Whether a condition needs the sweep (something falls due with time alone). */
export const isTimed = (c: Condition) => c.type !== 'rate'
