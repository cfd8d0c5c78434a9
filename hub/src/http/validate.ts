import type { z } from 'zod'
import { HubError } from '../errors.js'

/**
 * Parses a request body with a zod schema. A bad body → HubError `HUB_ERR_VALIDATION` (400)
 * whose JSON names the first offending field: `{error:{code, message, field}}`.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined
  const message = field ? `${field}: ${issue.message}` : issue.message
  throw new HubError('HUB_ERR_VALIDATION', message, field ? { field } : {})
}
