import { isParamRequired, paramProblem, type CommandSpec } from '@tether/protocol'

/**
 * Checks command params against the declared spec (pure). Returns null when valid, else the
 * reason sent back as `error` in `{id, ok:false, error}`.
 */
export function checkParams(spec: CommandSpec, params: unknown): string | null {
  if (params === undefined || params === null) params = {}
  if (typeof params !== 'object' || Array.isArray(params)) return 'params must be a JSON object'
  const given = params as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(spec.params, key)) return `unknown parameter "${key}"`
  }
  for (const [name, p] of Object.entries(spec.params)) {
    if (!Object.hasOwn(given, name)) {
      if (isParamRequired(p)) return `missing parameter "${name}"`
      continue
    }
    const problem = paramProblem(p, given[name])
    if (problem) return `parameter "${name}" ${problem}`
  }
  return null
}
