import type { ServerFrame } from '@tether/protocol'
import type { ZodType } from 'zod'
import type { ErrorCode } from '../../errors.js'

export interface CodecLimits {
  /** Largest frame parsed, UTF-8 bytes [CHAT-1.2-4]. */
  maxFrameBytes: number
  /** Deepest nesting of objects/arrays [CHAT-1.2-4]. */
  maxDepth: number
}

export type Decoded =
  | { ok: true; frame: { type: string; id?: string } & Record<string, unknown> }
  | { ok: false; code: ErrorCode; message: string; ref?: string }

/** Deepest `{`/`[` nesting outside strings; stops counting once past `max` (linear, no recursion). */
export function nestingDepth(text: string, max: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) { if (++depth > deepest) { deepest = depth; if (deepest > max) return deepest } }
    else if (c === 125 || c === 93) depth--
  }
  return deepest
}

const refOf = (v: unknown): string | undefined => {
  const id = (v as { id?: unknown }).id
  return typeof id === 'string' && id.length >= 1 && id.length <= 64 ? id : undefined
}

function describeIssue(issue: { code: string; path: PropertyKey[]; message: string; keys?: string[] }): string {
  if (issue.code === 'unrecognized_keys') return `Unknown field ${issue.keys?.map(k => `"${k}"`).join(', ')}.`
  const field = issue.path.map(String).join('.') || 'frame'
  return `Field "${field}": ${issue.message}.`
}

/**
 * Pure chat.v1 decoder: size cap before parsing, depth cap, JSON object, known type, exact schema
 * [CHAT-1.2-4]. `schemaOf` answers the schema of a client frame type, undefined when unknown.
 */
export function decodeFrame(data: Buffer | string, limits: CodecLimits, schemaOf: (type: string) => ZodType | undefined): Decoded {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length
  if (bytes > limits.maxFrameBytes) return { ok: false, code: 'CHAT_ERR_TOO_LARGE', message: `Frame is ${bytes} bytes; the limit is ${limits.maxFrameBytes}.` }
  const text = typeof data === 'string' ? data : data.toString('utf8')
  if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) return { ok: false, code: 'CHAT_ERR_TOO_DEEP', message: `Frame nests deeper than ${limits.maxDepth} levels.` }
  let value: unknown
  try { value = JSON.parse(text) } catch { return { ok: false, code: 'CHAT_ERR_BAD_JSON', message: 'Frame is not valid JSON.' } }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, code: 'CHAT_ERR_BAD_JSON', message: 'Frame must be a JSON object.' }
  const ref = refOf(value)
  const type = (value as { type?: unknown }).type
  const schema = typeof type === 'string' ? schemaOf(type) : undefined
  if (!schema) {
    const message = typeof type === 'string' ? `Unknown frame type "${type.slice(0, 40)}".` : 'Frame has no string "type".'
    return { ok: false, code: 'CHAT_ERR_UNKNOWN_TYPE', message, ...(ref ? { ref } : {}) }
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    return { ok: false, code: 'CHAT_ERR_INVALID_FRAME', message: describeIssue(parsed.error.issues[0] as never), ...(ref ? { ref } : {}) }
  }
  return { ok: true, frame: parsed.data as { type: string; id?: string } & Record<string, unknown> }
}

/** Encodes a server frame (@tether/protocol `ServerFrame`); one JSON text per frame. */
export function encodeFrame(frame: ServerFrame): string {
  return JSON.stringify(frame)
}
