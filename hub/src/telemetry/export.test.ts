import { describe, it, expect } from '@jest/globals'
import { csvCell, csvHeader, csvRow, exportFilename, jsonlRow, pickFormat } from './export.js'

describe('pickFormat', () => {
  it.each<[unknown, string | undefined, unknown]>([
    [undefined, undefined, { ok: true, format: 'json' }],
    ['csv', undefined, { ok: true, format: 'csv' }],
    ['jsonl', 'text/csv', { ok: true, format: 'jsonl' }],
    ['ndjson', undefined, { ok: true, format: 'jsonl' }],
    ['json', 'text/csv', { ok: true, format: 'json' }],
    ['xml', undefined, { ok: false, message: 'format must be json, csv or jsonl' }],
    [['csv', 'csv'], undefined, { ok: false, message: 'format must be json, csv or jsonl' }],
    [undefined, 'text/csv', { ok: true, format: 'csv' }],
    [undefined, 'text/csv;q=0.9, application/json', { ok: true, format: 'csv' }],
    [undefined, 'application/json, text/csv', { ok: true, format: 'json' }],
    [undefined, 'application/x-ndjson', { ok: true, format: 'jsonl' }],
    [undefined, '*/*', { ok: true, format: 'json' }],
  ])('format %j, Accept %j', (format, accept, expected) => {
    expect(pickFormat(format, accept)).toEqual(expected)
  })
})

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('cell %j → %j', (v, out) => {
    expect(csvCell(v)).toBe(out)
  })

  it('writes a header and rows with ISO and epoch times, CRLF-terminated', () => {
    expect(csvHeader('temperature', 'mean')).toBe('time,ts,temperature_mean\r\n')
    expect(csvRow(Date.UTC(2026, 0, 2, 3, 4, 5), 21.5)).toBe('2026-01-02T03:04:05.000Z,1767323045000,21.5\r\n')
    expect(csvRow(0, 'open, wide')).toBe('1970-01-01T00:00:00.000Z,0,"open, wide"\r\n')
    expect(csvRow(0, false)).toBe('1970-01-01T00:00:00.000Z,0,false\r\n')
    expect(csvRow(0, null)).toBe('1970-01-01T00:00:00.000Z,0,\r\n')
  })
})

describe('JSON lines', () => {
  it('writes one object per line', () => {
    expect(jsonlRow('d1', 'temp', 0, 2)).toBe('{"device":"d1","field":"temp","t":0,"time":"1970-01-01T00:00:00.000Z","v":2}\n')
  })
})

describe('exportFilename', () => {
  it('names device, field and range', () => {
    expect(exportFilename('thermo-1', 'temperature', Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2), 'csv')).toBe('thermo-1_temperature_20260101T000000Z_20260102T000000Z.csv')
  })
})
