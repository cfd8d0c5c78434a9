import type { FieldValue, Point } from './point.js'

/*
 * InfluxDB line protocol (https://docs.influxdata.com/influxdb/v1/write_protocols/line_protocol_reference/):
 *   measurement: escape `,` and space
 *   tag keys, tag values, field keys: escape `,` `=` and space
 *   string field values: double-quoted, escape `"` and `\`
 * Newlines cannot appear in keys or tag values at all; like @influxdata/influxdb-client we write
 * them as the two characters `\n` (and `\r`, `\t`) so a line never splits.
 */
function escapeWith(s: string, pattern: RegExp): string {
  return s.replace(pattern, ch => ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : '\\' + ch)
}

export function escapeMeasurement(s: string): string {
  return escapeWith(s, /[, \n\r\t]/g)
}

/**
 * Tag keys, tag values and field keys. InfluxDB's scanner treats `\\` as "skip the next character",
 * so a backslash before a special character or at the end is doubled; it could otherwise escape a separator.
 */
export function escapeKey(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!
    if (ch === '\\') {
      const next = s[i + 1]
      out += next === undefined || ',= \n\r\t\\'.includes(next) ? '\\\\' : '\\'
    } else if (ch === ',' || ch === '=' || ch === ' ') out += '\\' + ch
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else out += ch
  }
  return out
}

export function escapeStringField(s: string): string {
  return '"' + s.replace(/["\\]/g, ch => '\\' + ch) + '"'
}

export function encodeFieldValue(v: FieldValue): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'string') return escapeStringField(v)
  if (!Number.isFinite(v)) throw new RangeError('line protocol has no representation for non-finite numbers')
  return String(v) // floats: no `i` suffix, so 21 and 21.5 share one field type
}

/** One point → one line, timestamp in ms (write with precision=ms). Tags sorted, as InfluxDB recommends. */
export function encodePoint(p: Point): string {
  let line = escapeMeasurement(p.measurement)
  for (const key of Object.keys(p.tags).sort()) {
    const value = p.tags[key]
    if (value === undefined || value === '') continue // empty tag values are invalid in line protocol
    line += ',' + escapeKey(key) + '=' + escapeKey(value)
  }
  const fields = Object.keys(p.fields).map(k => escapeKey(k) + '=' + encodeFieldValue(p.fields[k]!))
  if (fields.length === 0) throw new RangeError('a point needs at least one field')
  return `${line} ${fields.join(',')} ${Math.floor(p.ts)}`
}

export function encodeBatch(points: Point[]): string {
  return points.map(encodePoint).join('\n')
}
