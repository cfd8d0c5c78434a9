import { describe, it, expect } from '@jest/globals'
import { ID_PATTERN, isValidId, isValidRoomId } from './ids.js'

describe('the id rule', () => {
  it.each([
    ['boiler-3', true],
    ['pump_01', true],
    ['a', true],
    ['-lead', true],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
    ['', false],
    ['Boiler-3', false],
    ['boiler.3', false],
    ['boiler:3', false],
    ['a/b', false],
    ['+', false],
    ['#', false],
    ['caf\u00e9', false],
  ])('%j is valid: %s', (id, valid) => {
    expect(isValidId(id)).toBe(valid)
    expect(ID_PATTERN.test(id)).toBe(valid)
  })

  it.each([[42], [null], [undefined], [{}]])('refuses the non-string %j', v => {
    expect(isValidId(v)).toBe(false)
  })

  it.each([
    ['general', true],
    ['plant-2', true],
    ['-lead', false],
    ['_x', false],
    ['Ops', false],
  ])('room id %j is valid: %s', (id, valid) => {
    expect(isValidRoomId(id)).toBe(valid)
  })
})
