import type { HistoryQuery } from './store.js'
import { MEASUREMENT } from './point.js'

/** InfluxQL identifiers in double quotes, string literals in single quotes (backslash-escaped). */
export function quoteIdent(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'
}

export function quoteString(s: string): string {
  return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

/** History: `GROUP BY time(every)` buckets start at multiples of `every` since the epoch; fill(none) omits empty ones. */
export function historyInfluxQL(q: HistoryQuery): string {
  return `SELECT ${q.agg}(${quoteIdent(q.field)}) FROM ${quoteIdent(MEASUREMENT)} WHERE "device" = ${quoteString(q.device)}` +
    ` AND time >= ${q.from}ms AND time < ${q.to}ms GROUP BY time(${q.everyMs}ms) fill(none)`
}

/** Latest: one `last()` per field, so each keeps its own timestamp (several selectors would share time 0). */
export function latestInfluxQL(device: string, fields: string[]): string {
  return fields.map(f => `SELECT last(${quoteIdent(f)}) FROM ${quoteIdent(MEASUREMENT)} WHERE "device" = ${quoteString(device)}`).join('; ')
}
