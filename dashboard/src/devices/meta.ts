/**
 * A device's retained `devices/{id}/meta` (docs/topics.md): model, firmware and the commands it
 * accepts with typed parameters. Parsing and parameter validation are pure so the command panel
 * refuses bad input before anything reaches the hub (the hub checks again). The declaration
 * types are @tether/protocol's.
 */
import { isParamRequired, type CommandSpec, type FieldSpec, type ParamSpec } from '@tether/protocol'

/** A declared command with its name, as the forms list them. */
export interface DeclaredCommand extends CommandSpec { name: string }

/** A device's meta as the panel shows it. */
export interface MetaView {
  model: string | null
  firmware: string | null
  commands: DeclaredCommand[]
  /** Declared telemetry fields (units, the main one); empty when the device declares none. */
  fields: Record<string, FieldSpec>
  /** Everything else the device declared, shown as-is. */
  extra: Record<string, unknown>
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

function parseParam(raw: unknown): ParamSpec | null {
  if (!isObj(raw)) return null
  const optional = raw.required === false ? { required: false } : {}
  switch (raw.type) {
    case 'number': case 'integer': return { type: raw.type, min: num(raw.min), max: num(raw.max), ...optional }
    case 'boolean': return { type: 'boolean', ...optional }
    case 'string': return {
      type: 'string',
      enum: Array.isArray(raw.enum) ? raw.enum.filter((e): e is string => typeof e === 'string') : undefined,
      maxLength: num(raw.maxLength),
      ...optional,
    }
    default: return null
  }
}

/** Reads a meta payload; an unreadable one yields null (the panel then says so). */
export function parseMeta(payload: string): MetaView | null {
  let raw: unknown
  try { raw = JSON.parse(payload) } catch { return null }
  if (!isObj(raw)) return null
  const commands: DeclaredCommand[] = []
  if (isObj(raw.commands)) {
    for (const [name, def] of Object.entries(raw.commands)) {
      const params: Record<string, ParamSpec> = {}
      const rawParams = isObj(def) && isObj(def.params) ? def.params : {}
      for (const [p, spec] of Object.entries(rawParams)) {
        const parsed = parseParam(spec)
        if (parsed) params[p] = parsed
      }
      commands.push({ name, params, ...(isObj(def) && def.confirm === true ? { confirm: true } : {}) })
    }
  }
  const fields: Record<string, FieldSpec> = {}
  if (isObj(raw.fields)) {
    for (const [name, f] of Object.entries(raw.fields)) {
      if (!isObj(f)) continue
      fields[name] = {
        ...(typeof f.unit === 'string' && f.unit.length <= 16 ? { unit: f.unit } : {}),
        ...(f.main === true ? { main: true } : {}),
      }
    }
  }
  const { model, firmware, commands: _c, fields: _f, ...extra } = raw
  return {
    model: typeof model === 'string' ? model : null,
    firmware: typeof firmware === 'string' ? firmware : null,
    commands,
    fields,
    extra,
  }
}

export type ParamResult = { ok: true; value: unknown } | { ok: false; error: string }

/** Converts a form input (always a string or boolean in the DOM) to the declared type, or says why not. */
export function coerceParam(spec: ParamSpec, input: string | number | boolean | undefined): ParamResult {
  if (spec.type === 'boolean') return { ok: true, value: input === true || input === 'true' }
  // v-model on <input type=number> yields a number (or '' when empty).
  const text = typeof input === 'string' ? input.trim() : typeof input === 'number' ? String(input) : ''
  if (spec.type === 'string') {
    if (spec.enum && spec.enum.length > 0 && !spec.enum.includes(text)) return { ok: false, error: `Choose one of ${spec.enum.join(', ')}.` }
    if (spec.maxLength !== undefined && text.length > spec.maxLength) return { ok: false, error: `At most ${spec.maxLength} characters.` }
    return { ok: true, value: text }
  }
  if (text === '') return { ok: false, error: 'Required.' }
  const n = Number(text)
  if (!Number.isFinite(n)) return { ok: false, error: 'Enter a number.' }
  if (spec.type === 'integer' && !Number.isInteger(n)) return { ok: false, error: 'Enter a whole number.' }
  if (spec.min !== undefined && n < spec.min) return { ok: false, error: `At least ${spec.min}.` }
  if (spec.max !== undefined && n > spec.max) return { ok: false, error: `At most ${spec.max}.` }
  return { ok: true, value: n }
}

/** Validates every declared parameter; `errors` is empty when the command may be sent. */
export function validateParams(cmd: DeclaredCommand, inputs: Record<string, string | number | boolean | undefined>):
  { params: Record<string, unknown>; errors: Record<string, string> } {
  const params: Record<string, unknown> = {}
  const errors: Record<string, string> = {}
  for (const [name, spec] of Object.entries(cmd.params)) {
    const input = inputs[name]
    // An optional parameter left empty is not sent.
    if (!isParamRequired(spec) && spec.type !== 'boolean' && (input === undefined || (typeof input === 'string' && input.trim() === ''))) continue
    const r = coerceParam(spec, input)
    if (r.ok) params[name] = r.value
    else errors[name] = r.error
  }
  return { params, errors }
}

/** Names that disrupt or lose data, asked about even when a device's meta does not say `confirm`. */
const DISRUPTIVE = /^(reboot|restart|reset|factory|wipe|erase|format|shutdown|power_?off)(\b|_|-|$)/i

/** Whether the dashboard asks before sending: meta `confirm: true`, or a reboot-like name. */
export function needsConfirmation(cmd: Pick<DeclaredCommand, 'name' | 'confirm'>): boolean {
  return cmd.confirm === true || DISRUPTIVE.test(cmd.name)
}

/** "reset_energy on meter-1", "set_speed on pump-2 with value = 100, mode = eco". */
export function describeCommand(deviceId: string, name: string, params: Record<string, unknown>): string {
  const shown = Object.entries(params).map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`)
  return `${name} on ${deviceId}${shown.length ? ` with ${shown.join(', ')}` : ''}`
}
