import path from 'node:path'
import type { Option } from './option.js'

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: string }

const TRUE = ['true', '1', 'yes', 'on']
const FALSE = ['false', '0', 'no', 'off']

/** How an error sentence shows an option's default. */
export function showDefault(o: Option): string {
  const d = o.default
  if (Array.isArray(d)) return `"${d.join(',')}"`
  if (typeof d === 'string') return d === '' ? 'none' : `"${d}"`
  return String(d)
}

function unset(o: Option): string {
  return `unset it ${o.unsetMeans ?? `to use ${showDefault(o)}`}`
}

/**
 * One raw environment value → the option's value, or a sentence naming `name` (the variable
 * actually read) and the fix. Pure: the loader decides which variable and whether it is set.
 */
export function parseValue(o: Option, name: string, raw: string): Parsed {
  const value = raw.trim()
  const fail = (problem: string): Parsed => ({ ok: false, problem })
  switch (o.type) {
    case 'int':
    case 'number': {
      const shape = o.type === 'int' ? /^-?\d+$/ : /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/
      if (!shape.test(value)) {
        const kind = o.type === 'int' ? 'a whole number; set it to an integer' : 'a number; set it to a number'
        return fail(`${name}="${raw}" is not ${kind} between ${o.min} and ${o.max} or ${unset(o)}.`)
      }
      const n = Number(value)
      if (!Number.isFinite(n) || n < o.min || n > o.max) {
        return fail(`${name}=${value} is out of range; set it between ${o.min} and ${o.max}${o.unit ? ` (${o.unit})` : ''} or ${unset(o)}.`)
      }
      return { ok: true, value: n }
    }
    case 'bool': {
      const v = value.toLowerCase()
      if (TRUE.includes(v)) return { ok: true, value: true }
      if (FALSE.includes(v)) return { ok: true, value: false }
      return fail(`${name}="${raw}" is not a boolean; set it to true or false or ${unset(o)}.`)
    }
    case 'string':
    case 'secret':
    case 'path': {
      const { minLength = 0, maxLength = Infinity } = o
      if (raw !== '' && (raw.length < minLength || raw.length > maxLength)) {
        const shown = o.type === 'secret' ? name : `${name}="${raw}"`
        const bounds = maxLength === Infinity ? `at least ${minLength}` : `${minLength} to ${maxLength}`
        return fail(`${shown} must be ${bounds} characters long; change it or ${unset(o)}.`)
      }
      return { ok: true, value: o.type === 'path' && raw !== '' ? path.resolve(raw) : raw }
    }
    case 'url': {
      let parsed: URL | undefined
      try { parsed = new URL(value) } catch { /* reported below */ }
      const scheme = parsed?.protocol.slice(0, -1)
      if (!parsed || !scheme || !o.protocols.includes(scheme) || !parsed.hostname) {
        const schemes = o.protocols.join('/').replace(/^http\/https$/, 'http(s)')
        return fail(`${name}="${raw}" is not an ${schemes} URL; use e.g. ${o.example} or ${unset(o)}.`)
      }
      return { ok: true, value }
    }
    case 'list': {
      const items = value.split(',').map(s => s.trim()).filter(Boolean)
      const bad = o.item && items.find(item => !o.item!.pattern.test(item))
      if (bad !== undefined && o.item) {
        return fail(`${name} contains "${bad}", which is not ${o.item.what}; use a comma-separated list like "${o.item.example}" or ${unset(o)}.`)
      }
      return { ok: true, value: items }
    }
    case 'enum': {
      if (!o.values.includes(value)) {
        return fail(`${name}="${raw}" is not one of ${o.values.join(', ')}; use one of them or ${unset(o)}.`)
      }
      return { ok: true, value }
    }
  }
}
