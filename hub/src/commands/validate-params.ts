import type { DeviceMeta, ParamSpec } from './device-meta.js'

export type ParamCheck =
  | { ok: true }
  | { ok: false; code: 'unknown_command'; message: string }
  | { ok: false; code: 'bad_params'; param: string; message: string }

/**
 * Checks a command against what the device declared (pure). Every declared param is required
 * unless it says `required: false`; an undeclared param is refused, so a typo never reaches a device.
 */
export function validateCommand(meta: DeviceMeta, name: string, params: Record<string, unknown>): ParamCheck {
  const spec = Object.hasOwn(meta.commands, name) ? meta.commands[name] : undefined
  if (!spec) {
    const known = Object.keys(meta.commands)
    return { ok: false, code: 'unknown_command', message: `The device does not accept "${name}"; it accepts: ${known.length ? known.join(', ') : 'no commands'}.` }
  }
  for (const key of Object.keys(params)) {
    if (!Object.hasOwn(spec.params, key)) return { ok: false, code: 'bad_params', param: key, message: `${key}: not a parameter of "${name}".` }
  }
  for (const [key, ps] of Object.entries(spec.params)) {
    const problem = Object.hasOwn(params, key) ? checkValue(ps, params[key]) : ps.required === false ? null : 'is required'
    if (problem) return { ok: false, code: 'bad_params', param: key, message: `${key}: ${problem}.` }
  }
  return { ok: true }
}

function checkValue(ps: ParamSpec, v: unknown): string | null {
  switch (ps.type) {
    case 'number':
    case 'integer': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a ${ps.type}`
      if (ps.type === 'integer' && !Number.isInteger(v)) return 'must be an integer'
      if (ps.min !== undefined && v < ps.min) return `must be at least ${ps.min}`
      if (ps.max !== undefined && v > ps.max) return `must be at most ${ps.max}`
      return null
    }
    case 'boolean': return typeof v === 'boolean' ? null : 'must be a boolean'
    case 'string': {
      if (typeof v !== 'string') return 'must be a string'
      if (ps.enum && !ps.enum.includes(v)) return `must be one of ${ps.enum.join(', ')}`
      if (ps.maxLength !== undefined && v.length > ps.maxLength) return `must be at most ${ps.maxLength} characters`
      return null
    }
  }
}
