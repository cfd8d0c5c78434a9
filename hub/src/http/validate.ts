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
  // An unknown extra key (strict objects) is reported on its parent; name the key itself.
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
  const field = path.length > 0 ? path.join('.') : undefined
  const message = issue.code === 'unrecognized_keys' ? `${field}: unknown field` : field ? `${field}: ${issue.message}` : issue.message
  throw new HubError('HUB_ERR_VALIDATION', message, field ? { field } : {})
}
