import { describe, it, expect } from '@jest/globals'
import { isTelemetryFieldName, parseTelemetryTs } from './telemetry.js'

describe('telemetry', () => {
  it.each([
    ['temperature', true], ['t.1-x_y', true], ['A', true], ['x'.repeat(64), true],
    ['x'.repeat(65), false], ['ts', false], ['time', false], ['_value', false], ['1st', false], ['', false], ['a b', false],
  ])('field name %j is allowed: %s', (name, ok) => {
    expect(isTelemetryFieldName(name)).toBe(ok)
  })

  it.each([
    [1764097200000, 1764097200000],
    [1.9, 1],
    [0, 0],
    [-1, null],
    [Number.POSITIVE_INFINITY, null],
    ['2025-11-25T19:00:00Z', 1764097200000],
    ['2025-11-25 20:00:00+01:00', 1764097200000],
    ['2025-11-25T19:00:00.5z', 1764097200500],
    ['2025-11-25T19:00:00', null],
    ['yesterday', null],
    [true, null],
    [null, null],
  ])('ts %j → %j', (value, expected) => {
    expect(parseTelemetryTs(value)).toBe(expected)
  })
})
