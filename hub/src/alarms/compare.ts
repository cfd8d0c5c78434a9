import type { FieldValue } from '../telemetry/point.js'
import type { Operator } from './types.js'

/**
 * `actual op expected`. Ordering operators compare numbers only (anything else is false);
 * `==` and `!=` compare like-typed values (a number never equals a string).
 */
export function compare(actual: FieldValue, op: Operator, expected: number | string | boolean): boolean {
  switch (op) {
    case '==': return actual === expected
    case '!=': return actual !== expected
  }
  if (typeof actual !== 'number' || typeof expected !== 'number') return false
  switch (op) {
    case '>': return actual > expected
    case '>=': return actual >= expected
    case '<': return actual < expected
    case '<=': return actual <= expected
  }
}

/**
 * Whether a raised threshold alarm may clear: the explicit clear comparison when given, else the
 * value back past the line by `hysteresis` (`> 30` with hysteresis 2 clears below 28).
 */
export function thresholdCleared(actual: FieldValue, op: Operator, value: number | string | boolean, hysteresis: number, clear: { op: Operator; value: number | string | boolean } | null): boolean {
  if (clear) return compare(actual, clear.op, clear.value)
  if (typeof value === 'number' && typeof actual === 'number') {
    switch (op) {
      case '>': case '>=': return actual < value - hysteresis || (hysteresis === 0 && !compare(actual, op, value))
      case '<': case '<=': return actual > value + hysteresis || (hysteresis === 0 && !compare(actual, op, value))
    }
  }
  return !compare(actual, op, value)
}
