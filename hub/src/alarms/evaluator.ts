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
  /** rate: the window's samples as a ring of (time, value) pairs, allocated on the first sample, grown by doubling. */
  ring: Float64Array | null
  /** rate: index of the oldest pair in `ring`, and how many pairs it holds. */
  head: number
  size: number
}

export type Transition = 'raise' | 'clear' | null

/** Longest rate-of-change window kept per rule and device, in samples (older ones are dropped first). */
export const RATE_WINDOW_SAMPLES = 256
const RING_START = 16

export function initialState(raised = false): RuleState {
  return { raised, pendingSince: null, lastValue: null, lastDataAt: null, ring: null, head: 0, size: 0 }
}

/** Drops samples older than `from`, appends (now, v), and tells whether some kept sample is `change` away from v. */
function rateMet(s: RuleState, now: number, v: number, from: number, change: number): boolean {
  let ring = s.ring ?? (s.ring = new Float64Array(RING_START * 2))
  let cap = ring.length / 2
  while (s.size > 0 && ring[s.head * 2]! < from) { s.head = (s.head + 1) % cap; s.size-- }
  if (s.size === cap) {
    if (cap < RATE_WINDOW_SAMPLES) {
      const grown = new Float64Array(cap * 4)
      for (let i = 0; i < s.size; i++) { const j = ((s.head + i) % cap) * 2; grown[i * 2] = ring[j]!; grown[i * 2 + 1] = ring[j + 1]! }
      s.ring = ring = grown
      s.head = 0
      cap *= 2
    } else {
      s.head = (s.head + 1) % cap
      s.size--
    }
  }
  const at = ((s.head + s.size) % cap) * 2
  ring[at] = now
  ring[at + 1] = v
  s.size++
  for (let i = 0; i < s.size; i++) {
    const old = ring[((s.head + i) % cap) * 2 + 1]!
    if (change > 0 ? v - old >= change : v - old <= change) return true
  }
  return false
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
      const met = rateMet(s, now, v, now - c.windowMs, c.change)
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
