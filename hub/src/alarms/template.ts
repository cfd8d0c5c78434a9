import type { FieldValue } from '../telemetry/point.js'

export interface TemplateValues {
  device: string
  rule: string
  severity: string
  field: string | null
  value: FieldValue | null
  unit: string | null
}

/** Numbers shown with at most 2 decimals, the way an operator reads them. */
export function formatValue(v: FieldValue | null): string {
  if (v === null) return '—'
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100)
  return String(v)
}

/** Fills `{device}`, `{rule}`, `{severity}`, `{field}`, `{value}`, `{unit}`; unknown placeholders stay as written. */
export function renderTemplate(template: string, v: TemplateValues): string {
  return template.replace(/\{(device|rule|severity|field|value|unit)\}/g, (_m, key: keyof TemplateValues) => {
    if (key === 'value') return formatValue(v.value)
    return v[key] === null ? '' : String(v[key])
  })
}

/** The text when a rule gives none. */
export const DEFAULT_TEMPLATE = '{rule}: {device} {field} = {value}{unit}'
