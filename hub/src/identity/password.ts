import { scrypt, randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * Operator passwords: scrypt (node:crypto), a memory-hard slow KDF, with a random 16-byte salt.
 * Stored as `scrypt$N$r$p$salt$hash` (base64url) so the cost can be raised later without
 * invalidating existing hashes. The clear password is never stored nor logged.
 */
export interface ScryptCost { N: number; r: number; p: number }
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 }
const KEY_BYTES = 32
/** scrypt needs 128·N·r bytes; node's default maxmem (32 MiB) is just too small for N=2^15. */
const MAX_MEM = 96 * 1024 * 1024

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: MAX_MEM }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (err, key) => err ? reject(err) : resolve(key))
  })
}

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** True when `password` matches `stored`; compares in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![N, r, p].every(n => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false
  const salt = Buffer.from(parts[4]!, 'base64url')
  const expected = Buffer.from(parts[5]!, 'base64url')
  if (expected.length !== KEY_BYTES) return false
  const actual = await derive(password, salt, { N, r, p })
  return timingSafeEqual(actual, expected)
}


/** A generated password: 18 random bytes, 24 base64url characters. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url')
}
