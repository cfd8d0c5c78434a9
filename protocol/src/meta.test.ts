import { describe, it, expect } from '@jest/globals'
import { isParamRequired, mainField, paramProblem, unitOf, type FieldSpec, type ParamSpec } from './meta.js'

describe('paramProblem', () => {
  it.each<[ParamSpec, unknown, string | null]>([
    [{ type: 'number', min: 5, max: 30 }, 21.5, null],
    [{ type: 'number', min: 5, max: 30 }, 4.9, 'must be at least 5'],
    [{ type: 'number', min: 5, max: 30 }, 31, 'must be at most 30'],
    [{ type: 'number' }, '21', 'must be a number'],
    [{ type: 'number' }, Number.NaN, 'must be a number'],
    [{ type: 'integer' }, 3, null],
    [{ type: 'integer' }, 3.5, 'must be an integer'],
    [{ type: 'integer' }, '3', 'must be an integer'],
    [{ type: 'boolean' }, false, null],
    [{ type: 'boolean' }, 1, 'must be a boolean'],
    [{ type: 'string', enum: ['low', 'high'] }, 'low', null],
    [{ type: 'string', enum: ['low', 'high'] }, 'max', 'must be one of low, high'],
    [{ type: 'string', maxLength: 3 }, 'abcd', 'must be at most 3 characters'],
    [{ type: 'string' }, 3, 'must be a string'],
  ])('%j with %j → %j', (spec, value, expected) => {
    expect(paramProblem(spec, value)).toBe(expected)
  })

  it.each<[ParamSpec, boolean]>([[{ type: 'boolean' }, true], [{ type: 'boolean', required: true }, true], [{ type: 'boolean', required: false }, false]])(
    '%j is required: %s', (spec, required) => { expect(isParamRequired(spec)).toBe(required) })
})

describe('unitOf', () => {
  it.each<[string, Record<string, FieldSpec> | undefined, string | null]>([
    ['temperature', { temperature: { unit: 'K' } }, 'K'],
    ['temperature', undefined, '°C'],
    ['temperature', { temperature: {} }, '°C'],
    ['watts', {}, 'W'],
    ['rpm', { rpm: { unit: 'rpm' } }, 'rpm'],
    ['count', undefined, null],
  ])('%s with %j → %s', (field, fields, unit) => {
    expect(unitOf(field, fields)).toBe(unit)
  })
})

describe('mainField', () => {
  it.each<[string, string[], Record<string, FieldSpec> | undefined, string | null]>([
    ['the one marked main', ['humidity', 'temperature'], { humidity: { unit: '%' }, temperature: { unit: '°C', main: true } }, 'temperature'],
    ['main but not seen yet: the first declared with a unit', ['humidity', 'kwh'], { watts: { unit: 'W', main: true }, kwh: { unit: 'kWh' } }, 'kwh'],
    ['no meta: the first with a conventional unit', ['count', 'humidity', 'temperature'], undefined, 'humidity'],
    ['nothing known: the first', ['a', 'b'], undefined, 'a'],
    ['no field', [], { t: { main: true } }, null],
  ])('%s', (_name, available, fields, expected) => {
    expect(mainField(available, fields)).toBe(expected)
  })
})
