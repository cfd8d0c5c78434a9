/**
 * Token bucket [CHAT-2.3-1]: `burst` tokens, refilled continuously at `ratePerSecond`.
 * Pure apart from the injected clock.
 */
export function createTokenBucket(opts: { ratePerSecond: number; burst: number; now: () => number }) {
  let tokens = opts.burst
  let last = opts.now()
  return {
    /** Takes one token, or says how long until one is available. */
    take(): { ok: true } | { ok: false; retryAfterMs: number } {
      const t = opts.now()
      tokens = Math.min(opts.burst, tokens + ((t - last) / 1000) * opts.ratePerSecond)
      last = t
      if (tokens >= 1) { tokens -= 1; return { ok: true } }
      return { ok: false, retryAfterMs: Math.ceil(((1 - tokens) / opts.ratePerSecond) * 1000) }
    },
  }
}
