import { z } from 'zod'
import { ID_PATTERN } from '@tether/protocol'
import { OPERATORS, SEVERITIES, WATCHED_PRESENCE } from './types.js'

const DAY_MS = 24 * 3600_000
const field = z.string().min(1).max(64)
const scalar = z.union([z.number(), z.string().max(200), z.boolean()])
const ms = (min: number) => z.int().min(min).max(7 * DAY_MS)
const id = z.string().regex(ID_PATTERN, 'must be an identifier')
const ordering = new Set(['>', '>=', '<', '<='])

const comparison = z.strictObject({ op: z.enum(OPERATORS), value: scalar })
  .refine(c => !ordering.has(c.op) || typeof c.value === 'number', { message: 'ordering operators compare numbers', path: ['value'] })

const threshold = z.strictObject({
  type: z.literal('threshold'), field, op: z.enum(OPERATORS), value: scalar,
  holdMs: ms(0).default(0),
  hysteresis: z.number().min(0).default(0),
  clear: comparison.nullable().default(null),
}).refine(c => !ordering.has(c.op) || typeof c.value === 'number', { message: 'ordering operators compare numbers', path: ['value'] })

const condition = z.discriminatedUnion('type', [
  threshold,
  z.strictObject({ type: z.literal('rate'), field, change: z.number().refine(v => v !== 0, 'must not be 0'), windowMs: ms(1000) }),
  z.strictObject({ type: z.literal('no_data'), field: field.nullable().default(null), forMs: ms(1000) }),
  z.strictObject({ type: z.literal('presence'), states: z.array(z.enum(WATCHED_PRESENCE)).min(1), forMs: ms(0).default(0) }),
])

const scope = z.union([
  z.strictObject({ device: id }),
  z.strictObject({ model: z.string().min(1).max(64) }),
  z.strictObject({ room: id }),
], { error: 'must be {device}, {model} or {room}' })

/** A rule as REST takes it (docs/alarms.md): defaults filled in, ids and authorship added by the service. */
export const ruleBody = z.strictObject({
  name: z.string().min(1).max(100),
  scope,
  condition,
  severity: z.enum(SEVERITIES),
  message: z.string().max(500).default(''),
  unit: z.string().max(16).nullable().default(null),
  enabled: z.boolean().default(true),
})
