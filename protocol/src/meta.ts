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

export interface CommandSpec { params: Record<string, ParamSpec> }

export interface DeviceMeta {
  model: string
  firmware: string
  commands: Record<string, CommandSpec>
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
