import { describe, it, expect } from '@jest/globals'
import { parseHistoryQuery, parseDuration } from './history-query.js'
import { historyInfluxQL, latestInfluxQL } from './influxql.js'
import { historyFlux, latestFlux, fluxString } from './flux.js'

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0)
const limits = { maxPoints: 1000, defaultRangeMs: 3600_000 }

describe('parseHistoryQuery', () => {
  it('defaults to the last hour, mean, and an every that fits maxPoints', () => {
    expect(parseHistoryQuery('d1', { field: 'temp' }, NOW, limits)).toEqual({
      ok: true, query: { device: 'd1', field: 'temp', from: NOW - 3600_000, to: NOW, everyMs: 4000, agg: 'mean' },
    })
  })

  it('accepts RFC 3339 and epoch ms times and duration units', () => {
    const r = parseHistoryQuery('d1', { field: 'temp', from: '2026-11-25T11:00:00Z', to: String(NOW), every: '1m', agg: 'max' }, NOW, limits)
    expect(r).toEqual({ ok: true, query: { device: 'd1', field: 'temp', from: NOW - 3600_000, to: NOW, everyMs: 60_000, agg: 'max' } })
  })

  it.each([
    [{}, 'field'],
    [{ field: 'a b' }, 'field'],
    [{ field: 't', from: 'yesterday' }, 'from'],
    [{ field: 't', to: '2026-11-25' }, 'to'],
    [{ field: 't', from: String(NOW), to: String(NOW - 1) }, 'from'],
    [{ field: 't', from: String(NOW), to: String(NOW) }, 'from'],
    [{ field: 't', agg: 'median' }, 'agg'],
    [{ field: 't', every: '10' }, 'every'],
    [{ field: 't', every: '0s' }, 'every'],
    [{ field: 't', every: '1s' }, 'every'],
    [{ field: 't', every: ['1m', '2m'] }, 'every'],
  ])('rejects %j naming %s', (params, parameter) => {
    const r = parseHistoryQuery('d1', params as Record<string, unknown>, NOW, limits)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.parameter).toBe(parameter)
  })

  it.each([['10s', 10_000], ['1m', 60_000], ['1h', 3_600_000], ['250ms', 250], ['2d', 172_800_000], ['1w', null], ['-1s', null]])('parses duration %s', (s, ms) => {
    expect(parseDuration(s)).toBe(ms)
  })
})

const q = { device: 'th-1', field: 'temp', from: NOW - 3600_000, to: NOW, everyMs: 60_000, agg: 'mean' as const }

describe('InfluxQL', () => {
  it('groups by time with fill(none) in ms', () => {
    expect(historyInfluxQL(q)).toBe(
      `SELECT mean("temp") FROM "telemetry" WHERE "device" = 'th-1' AND time >= ${q.from}ms AND time < ${q.to}ms GROUP BY time(60000ms) fill(none)`)
  })
  it('escapes quotes in identifiers and literals', () => {
    expect(latestInfluxQL("o'neil", ['a"b'])).toBe(`SELECT last("a\\"b") FROM "telemetry" WHERE "device" = 'o\\'neil'`)
  })
})

describe('Flux', () => {
  it('builds aggregateWindow stamped with the window start', () => {
    expect(historyFlux('tether', q)).toBe([
      'from(bucket: "tether")',
      '  |> range(start: time(v: "2026-11-25T11:00:00.000Z"), stop: time(v: "2026-11-25T12:00:00.000Z"))',
      '  |> filter(fn: (r) => r._measurement == "telemetry" and r.device == "th-1" and r._field == "temp")',
      '  |> group(columns: ["_field"])',
      '  |> sort(columns: ["_time"])',
      '  |> aggregateWindow(every: 60000ms, fn: mean, createEmpty: false, timeSrc: "_start")',
      '  |> keep(columns: ["_time", "_value"])',
    ].join('\n'))
  })
  it('builds latest as last() per field', () => {
    expect(latestFlux('b', 'd')).toContain('|> group(columns: ["_field"])\n  |> sort(columns: ["_time"])\n  |> last()')
  })
  it.each([['a"b', '"a\\"b"'], ['a\\b', '"a\\\\b"'], ['${x}', '"\\${x}"']])('escapes string %j', (s, out) => {
    expect(fluxString(s)).toBe(out)
  })
})
