/**
 * History as a download: CSV (RFC 4180) or JSON lines, chosen by `?format=` or the Accept header.
 * Pure; the router writes the rows as they are encoded.
 */
import type { TelemetryValue } from '@tether/protocol'

export type ExportFormat = 'json' | 'csv' | 'jsonl'

export const EXPORT_TYPES: Record<Exclude<ExportFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
}

/**
 * `format` wins over `Accept`; an unknown `format` is an error (never silently JSON); an Accept
 * naming text/csv or application/x-ndjson (before any JSON) picks that.
 */
export function pickFormat(format: unknown, accept: string | undefined): { ok: true; format: ExportFormat } | { ok: false; message: string } {
  if (format !== undefined) {
    if (format === 'json' || format === 'csv' || format === 'jsonl') return { ok: true, format }
    if (format === 'ndjson') return { ok: true, format: 'jsonl' }
    return { ok: false, message: 'format must be json, csv or jsonl' }
  }
  const types = (accept ?? '').split(',').map(t => t.split(';')[0]!.trim().toLowerCase())
  for (const t of types) {
    if (t === 'application/json') return { ok: true, format: 'json' }
    if (t === 'text/csv') return { ok: true, format: 'csv' }
    if (t === 'application/x-ndjson' || t === 'application/jsonl') return { ok: true, format: 'jsonl' }
  }
  return { ok: true, format: 'json' }
}

/** One CSV cell: quoted when it holds a comma, quote, CR or LF (quotes doubled) [RFC 4180 §2]. */
export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

/** The header: the bucket time twice (RFC 3339 UTC and epoch ms), then the field with its aggregate. */
export function csvHeader(field: string, agg: string): string {
  return `time,ts,${csvCell(`${field}_${agg}`)}\r\n`
}

/** A row; a bucket without a value (null) has an empty cell. */
export function csvRow(t: number, v: TelemetryValue | null): string {
  return `${new Date(t).toISOString()},${t},${v === null ? '' : csvCell(String(v))}\r\n`
}

export function jsonlRow(device: string, field: string, t: number, v: TelemetryValue | null): string {
  return `${JSON.stringify({ device, field, t, time: new Date(t).toISOString(), v })}\n`
}

/** `thermo-1_temperature_20260101T000000Z_20260102T000000Z.csv` */
export function exportFilename(device: string, field: string, from: number, to: number, format: Exclude<ExportFormat, 'json'>): string {
  const stamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return `${device}_${field}_${stamp(from)}_${stamp(to)}.${format}`
}
