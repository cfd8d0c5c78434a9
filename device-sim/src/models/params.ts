import type { CommandSpec, ParamSpec } from './types.js'

/**
 * Checks command params against the declared spec (pure). Returns null when valid, else the
 * reason sent back as `error` in `{id, ok:false, error}`.
 */
export function checkParams(spec: CommandSpec, params: unknown): string | null {
  if (params === undefined || params === null) params = {}
  if (typeof params !== 'object' || Array.isArray(params)) return 'params must be a JSON object'
  const given = params as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!(key in spec.params)) return `unknown parameter "${key}"`
  }
  for (const [name, p] of Object.entries(spec.params)) {
    if (!(name in given)) return `missing parameter "${name}"`
    const problem = checkValue(p, given[name])
    if (problem) return `parameter "${name}" ${problem}`
  }
  return null
}

function checkValue(p: ParamSpec, v: unknown): string | null {
  switch (p.type) {
    case 'number':
    case 'integer': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return p.type === 'integer' ? 'must be an integer' : 'must be a number'
      if (p.type === 'integer' && !Number.isInteger(v)) return 'must be an integer'
      if (p.min !== undefined && v < p.min) return `must be at least ${p.min}`
      if (p.max !== undefined && v > p.max) return `must be at most ${p.max}`
      return null
    }
    case 'boolean':
      return typeof v === 'boolean' ? null : 'must be a boolean'
    case 'string': {
      if (typeof v !== 'string') return 'must be a string'
      if (p.enum && !p.enum.includes(v)) return `must be one of ${p.enum.join(', ')}`
      if (p.maxLength !== undefined && v.length > p.maxLength) return `must be at most ${p.maxLength} characters`
      return null
    }
  }
}

