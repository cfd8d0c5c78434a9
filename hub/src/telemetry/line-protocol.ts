import type { FieldValue, Point } from './point.js'

/*
 * InfluxDB line protocol as InfluxDB 1.x parses it (models/points.go), checked against influxd 1.6.7:
 *   measurement: `,` and space are escaped with `\`
 *   tag keys, tag values, field keys: `,` `=` and space are escaped with `\`; every other
 *     backslash is kept verbatim (`\\` is NOT unescaped: `a\\b` is stored as `a\\b`)
 *   string field values: double-quoted; `"` and `\` are escaped (`\\` → `\`)
 * Not representable, so refused before encoding (see tagValueProblem): a tag value ending in `\`
 * (it would escape the separator) and a newline in a tag value (it ends the line).
 * CR, tab, U+0000 and any other code point are stored verbatim.
 */
export function escapeMeasurement(s: string): string {
  return s.replace(/[, ]/g, ch => '\\' + ch)
}

/** Tag keys, tag values and field keys. */
export function escapeKey(s: string): string {
  return s.replace(/[,= ]/g, ch => '\\' + ch)
}

/** Why a tag value cannot be written to InfluxDB, or null when it can. */
export function tagValueProblem(s: string): string | null {
  if (s.endsWith('\\')) return 'a tag value cannot end with a backslash in line protocol'
  if (s.includes('\n')) return 'a tag value cannot hold a newline in line protocol'
  return null
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

/** Epoch nanoseconds as decimal digits: ms + the sub-millisecond part (write with precision=ns). */
export function timestampNs(p: Point): string {
  const ms = Math.floor(p.ts)
  const ns = p.ns ?? 0
  return ms === 0 ? String(ns) : `${ms}${String(ns).padStart(6, '0')}`
}

/** One point → one line, timestamp in ns. Tags sorted, as InfluxDB recommends. */
export function encodePoint(p: Point): string {
  let line = escapeMeasurement(p.measurement)
  for (const key of Object.keys(p.tags).sort()) {
    const value = p.tags[key]
    if (value === undefined || value === '') continue // empty tag values are invalid in line protocol
    const problem = tagValueProblem(value)
    if (problem) throw new RangeError(`tag ${key}: ${problem}`)
    line += ',' + escapeKey(key) + '=' + escapeKey(value)
  }
  const fields = Object.keys(p.fields).map(k => escapeKey(k) + '=' + encodeFieldValue(p.fields[k]!))
  if (fields.length === 0) throw new RangeError('a point needs at least one field')
  return `${line} ${fields.join(',')} ${timestampNs(p)}`
}

export function encodeBatch(points: Point[]): string {
  return points.map(encodePoint).join('\n')
}
