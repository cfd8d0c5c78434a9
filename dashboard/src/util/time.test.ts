import { describe, expect, it } from 'vitest'
import { parseLocalInput, toLocalInput, utcOffset, zoneLabel } from './time'

describe('utcOffset', () => {
  it.each([[60, '+01:00'], [-330, '-05:30'], [0, '+00:00'], [345, '+05:45']])('%i → %s', (m, s) => {
    expect(utcOffset(m)).toBe(s)
  })
})

describe('zoneLabel', () => {
  it('names the zone and the offset at that time', () => {
    const at = Date.UTC(2026, 0, 15)
    expect(zoneLabel(at, 'Somewhere/City')).toBe(`Somewhere/City (UTC${utcOffset(-new Date(at).getTimezoneOffset())})`)
  })
})

describe('parseLocalInput', () => {
  it.each<[string, number | null]>([
    ['2026-01-15T08:30', new Date(2026, 0, 15, 8, 30).getTime()],
    ['2026-01-15T08:30:15', new Date(2026, 0, 15, 8, 30, 15).getTime()],
    ['', null],
    ['2026-01-15', null],
    ['yesterday', null],
  ])('%s', (value, expected) => {
    expect(parseLocalInput(value)).toBe(expected)
  })

  it('reads back what toLocalInput wrote (to the minute)', () => {
    const t = new Date(2026, 6, 4, 23, 59).getTime()
    expect(parseLocalInput(toLocalInput(t))).toBe(t)
  })
})
