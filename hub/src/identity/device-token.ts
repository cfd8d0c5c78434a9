import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Device tokens: 32 random bytes (256 bits), base64url, shown once at creation or rotation.
 *
 * Stored as SHA-256, not with a slow KDF: slow KDFs exist to make guessing *low-entropy* secrets
 * (human passwords) expensive. A 256-bit random token cannot be guessed or brute-forced from its
 * hash whatever the hash speed, so a fast hash loses nothing — and every device CONNECT (tens of
 * thousands after a hub restart) verifies one, which a 100 ms KDF would turn into minutes.
 */
export function generateDeviceToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url')
}

/** Constant-time comparison of a presented token against the stored hash. */
export function deviceTokenMatches(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashDeviceToken(token), 'base64url')
  const expected = Buffer.from(storedHash, 'base64url')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
