import { randomBytes } from 'node:crypto'

/** Opaque hub-assigned ids: `e_…` timeline entries, `d_…` direct messages, `c_…` sessions. */
export function newId(prefix: 'e' | 'd' | 'c'): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`
}
