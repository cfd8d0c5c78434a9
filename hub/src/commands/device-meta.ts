/**
 * The commands a device declares in its retained `devices/{id}/meta` (docs/topics.md), parsed
 * strictly: a malformed declaration is reported, never half-used.
 */
export type ParamSpec =
  | { type: 'number'; min?: number; max?: number; required?: boolean }
  | { type: 'integer'; min?: number; max?: number; required?: boolean }
  | { type: 'boolean'; required?: boolean }
  | { type: 'string'; enum?: string[]; maxLength?: number; required?: boolean }

export interface CommandSpec { params: Record<string, ParamSpec> }
export interface DeviceMeta { model?: string; firmware?: string; commands: Record<string, CommandSpec> }

export type MetaParse = { ok: true; meta: DeviceMeta } | { ok: false; reason: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v)

function parseParam(name: string, raw: unknown): ParamSpec | string {
  if (!isObject(raw)) return `param "${name}" is not an object`
  const required = raw.required === undefined ? undefined : raw.required === true
  if (raw.required !== undefined && typeof raw.required !== 'boolean') return `param "${name}".required is not a boolean`
  const base = required === undefined ? {} : { required }
  switch (raw.type) {
    case 'number':
    case 'integer': {
      if (raw.min !== undefined && !isNum(raw.min)) return `param "${name}".min is not a number`
      if (raw.max !== undefined && !isNum(raw.max)) return `param "${name}".max is not a number`
      return { type: raw.type, ...(raw.min !== undefined ? { min: raw.min as number } : {}), ...(raw.max !== undefined ? { max: raw.max as number } : {}), ...base }
    }
    case 'boolean': return { type: 'boolean', ...base }
    case 'string': {
      if (raw.enum !== undefined && !(Array.isArray(raw.enum) && raw.enum.every(e => typeof e === 'string'))) return `param "${name}".enum is not a list of strings`
      if (raw.maxLength !== undefined && !(Number.isInteger(raw.maxLength) && (raw.maxLength as number) >= 0)) return `param "${name}".maxLength is not a whole number`
      return { type: 'string', ...(raw.enum ? { enum: raw.enum as string[] } : {}), ...(raw.maxLength !== undefined ? { maxLength: raw.maxLength as number } : {}), ...base }
    }
    default: return `param "${name}" has an unknown type`
  }
}

export function parseDeviceMeta(payload: Buffer | string): MetaParse {
  let raw: unknown
  try { raw = JSON.parse(payload.toString()) } catch { return { ok: false, reason: 'meta is not JSON' } }
  if (!isObject(raw)) return { ok: false, reason: 'meta is not a JSON object' }
  const commands: Record<string, CommandSpec> = {}
  if (raw.commands !== undefined) {
    if (!isObject(raw.commands)) return { ok: false, reason: 'meta.commands is not an object' }
    for (const [name, spec] of Object.entries(raw.commands)) {
      if (!isObject(spec)) return { ok: false, reason: `command "${name}" is not an object` }
      const params: Record<string, ParamSpec> = {}
      if (spec.params !== undefined) {
        if (!isObject(spec.params)) return { ok: false, reason: `command "${name}".params is not an object` }
        for (const [p, ps] of Object.entries(spec.params)) {
          const parsed = parseParam(p, ps)
          if (typeof parsed === 'string') return { ok: false, reason: `command "${name}": ${parsed}` }
          params[p] = parsed
        }
      }
      commands[name] = { params }
    }
  }
  return {
    ok: true,
    meta: {
      ...(typeof raw.model === 'string' ? { model: raw.model } : {}),
      ...(typeof raw.firmware === 'string' ? { firmware: raw.firmware } : {}),
      commands,
    },
  }
}
