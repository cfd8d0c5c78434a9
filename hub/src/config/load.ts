import path from 'node:path'
import type { Option, Schema, ValuesOf } from './option.js'
import { parseValue } from './parse.js'

export type Env = Record<string, string | undefined>

/** A deprecated variable that was read; reported once at start-up. */
export interface ConfigWarning {
  variable: string
  replacement: string
  message: string
}

/** A configuration mistake; `message` names the variable and the fix (main exits 78, EX_CONFIG). */
export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly problems: string[]
  constructor(problems: string | string[]) {
    const list = typeof problems === 'string' ? [problems] : problems
    super(list.join(' '))
    this.problems = list
  }
}

/** Whether a variable counts as set: present, and not blank unless the option keeps empty values. */
function isSet(o: Option, raw: string | undefined): raw is string {
  const keepEmpty = (o.type === 'string' || o.type === 'secret' || o.type === 'path') && o.keepEmpty === true
  return raw !== undefined && (raw.trim() !== '' || keepEmpty)
}

/** The variable to read for `o`: the new name if set, else the first old name set. */
function pick(o: Option, env: Env, warnings: ConfigWarning[]): { name: string; raw: string } | undefined {
  const current = env[o.env]
  const currentSet = isSet(o, current)
  let chosen: { name: string; raw: string } | undefined = currentSet ? { name: o.env, raw: current } : undefined
  for (const alias of o.aliases ?? []) {
    const raw = env[alias]
    if (raw === undefined) continue
    const wins = !chosen && isSet(o, raw)
    warnings.push({
      variable: alias, replacement: o.env,
      message: `${alias} is deprecated and will stop being read in the next release; rename it to ${o.env}` +
        (currentSet ? ` (${o.env} is also set and wins).` : '.'),
    })
    if (wins) chosen = { name: alias, raw }
  }
  return chosen
}

/** The value of an option whose variable is not set. */
function defaultValue(o: Option): unknown {
  if (o.type === 'string' || o.type === 'secret' || o.type === 'path') {
    const v = o.whenUnset ?? o.default
    return o.type === 'path' && v !== '' ? path.resolve(v) : v
  }
  return Array.isArray(o.default) ? [...o.default] : o.default
}

/**
 * Reads every option of `schema` from `env`. Unset (or empty) variables give the default; every
 * bad value is collected and thrown together as one ConfigError. Deprecated names still work and
 * come back as warnings for the caller to log.
 */
export function readOptions<S extends Schema>(schema: S, env: Env): { values: ValuesOf<S>; warnings: ConfigWarning[] } {
  const values: Record<string, unknown> = {}
  const warnings: ConfigWarning[] = []
  const problems: string[] = []
  for (const [key, o] of Object.entries(schema)) {
    const chosen = pick(o, env, warnings)
    if (!chosen) {
      values[key] = defaultValue(o)
      continue
    }
    const parsed = parseValue(o, chosen.name, chosen.raw)
    if (parsed.ok) values[key] = parsed.value
    else problems.push(chosen.name === o.env ? parsed.problem : `${parsed.problem} (${chosen.name} is the old name of ${o.env}.)`)
  }
  if (problems.length) throw new ConfigError(problems)
  return { values: values as ValuesOf<S>, warnings }
}
