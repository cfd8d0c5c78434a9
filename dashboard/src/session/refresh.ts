/**
 * When to refresh a token: a few minutes before it expires (at most a fifth of its remaining
 * life, so short test tokens refresh too), and after a failed attempt a little later, but never
 * past expiry. Pure; session/refresher.ts runs it.
 */
export const REFRESH_LEAD_MS = 5 * 60_000
export const REFRESH_RETRY_MS = 30_000

/** The time to refresh a token expiring at `expiresAt`, or null when it already expired. */
export function refreshAt(expiresAt: number, now: number, leadMs = REFRESH_LEAD_MS): number | null {
  const remaining = expiresAt - now
  if (remaining <= 0) return null
  return expiresAt - Math.min(leadMs, remaining / 5)
}

/** The next attempt after a failure (network, 5xx): soon, but before expiry; null when none is left. */
export function retryAt(expiresAt: number, now: number, retryMs = REFRESH_RETRY_MS): number | null {
  if (expiresAt <= now) return null
  return Math.min(now + retryMs, now + (expiresAt - now) / 2)
}
