/**
 * A device's retained `devices/{id}/meta` (docs/topics.md): model, firmware and the commands it
 * accepts with typed parameters. Types only: the hub parses it strictly, the dashboard for display.
 */
export type ParamSpec =
  | { type: 'number'; min?: number; max?: number; required?: boolean }
  | { type: 'integer'; min?: number; max?: number; required?: boolean }
  | { type: 'boolean'; required?: boolean }
  | { type: 'string'; enum?: string[]; maxLength?: number; required?: boolean }

export type ParamType = ParamSpec['type']

export interface CommandSpec {
  params: Record<string, ParamSpec>
  /** A destructive or disruptive command (reboot, reset): dashboards ask before sending it. */
  confirm?: boolean
}

/** What a telemetry field means, for display: its unit, and whether it is the device's main reading. */
export interface FieldSpec {
  /** Unit symbol as shown after the value: `°C`, `%`, `W`, `kWh`, `V`, `bar`. */
  unit?: string
  /** The field a chart or history shows first; at most one per device. */
  main?: boolean
}

export interface DeviceMeta {
  model: string
  firmware: string
  commands: Record<string, CommandSpec>
  /** Telemetry fields by name; optional, and a field may be left out. */
  fields?: Record<string, FieldSpec>
}

/** True unless the declaration says `required: false`. */
export function isParamRequired(spec: ParamSpec): boolean {
  return spec.required !== false
}

/**
 * What is wrong with one parameter value against its declaration, as the end of a sentence
 * ("must be at most 30"), or null when it fits. Pure; the hub, the simulator and the dashboard's
 * form all check with it.
 */
export function paramProblem(spec: ParamSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return spec.type === 'integer' ? 'must be an integer' : 'must be a number'
      if (spec.type === 'integer' && !Number.isInteger(value)) return 'must be an integer'
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}`
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}`
      return null
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be a boolean'
    case 'string': {
      if (typeof value !== 'string') return 'must be a string'
      if (spec.enum && !spec.enum.includes(value)) return `must be one of ${spec.enum.join(', ')}`
      if (spec.maxLength !== undefined && value.length > spec.maxLength) return `must be at most ${spec.maxLength} characters`
      return null
    }
  }
}

/** Units of field names common enough to guess when a device declares none (dashboards only). */
export const CONVENTIONAL_UNITS: Readonly<Record<string, string>> = {
  temperature: '°C', humidity: '%', setpoint: '°C', watts: 'W', power: 'W', kwh: 'kWh', energy: 'kWh',
  voltage: 'V', current: 'A', pressure: 'bar', speed: '%', battery: '%',
}

/** A field's unit: declared in meta, else the conventional one for its name, else none. */
export function unitOf(field: string, fields?: Record<string, FieldSpec>): string | null {
  return fields?.[field]?.unit || CONVENTIONAL_UNITS[field] || null
}

/**
 * The field to show first among `available` (numeric fields seen): the one meta marks `main`,
 * else the first declared with a unit, else the first with a conventional unit, else the first
 * in order; null when none is available.
 */
export function mainField(available: readonly string[], fields?: Record<string, FieldSpec>): string | null {
  if (available.length === 0) return null
  const declared = fields ? Object.entries(fields) : []
  const main = declared.find(([name, f]) => f.main && available.includes(name))
  if (main) return main[0]
  const withUnit = declared.find(([name, f]) => f.unit && available.includes(name))
  if (withUnit) return withUnit[0]
  return available.find(name => CONVENTIONAL_UNITS[name]) ?? available[0]!
}
