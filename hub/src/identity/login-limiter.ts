/**
 * Login rate limiting, pure and clock-injected: failed attempts are counted per client address
 * and per account over a sliding window. Over either limit, logins are refused (429) until the
 * oldest counted failure leaves the window. A success clears the account's count (not the
 * address's, so one valid account cannot launder guesses at others from the same address).
 */
export interface LoginLimits {
  /** Failed logins per account within the window before it is locked, count. */
  maxFailuresPerAccount: number
  /** Failed logins per client address within the window, count. */
  maxFailuresPerAddress: number
  /** Sliding window, ms. */
  windowMs: number
  /** Keys remembered at most (oldest dropped first), so a flood of names cannot grow memory. */
  maxKeys?: number
}

export type LimitVerdict = { ok: true } | { ok: false; scope: 'account' | 'address'; retryAfterMs: number }

export function createLoginLimiter(limits: LoginLimits, now: () => number) {
  const maxKeys = limits.maxKeys ?? 10_000
  const failures = new Map<string, number[]>()

  function recent(key: string): number[] {
    const list = failures.get(key)
    if (!list) return []
    const cutoff = now() - limits.windowMs
    while (list.length > 0 && list[0]! <= cutoff) list.shift()
    if (list.length === 0) failures.delete(key)
    return list
  }

  function verdict(key: string, max: number, scope: 'account' | 'address'): LimitVerdict {
    const list = recent(key)
    if (list.length < max) return { ok: true }
    return { ok: false, scope, retryAfterMs: Math.max(1, list[list.length - max]! + limits.windowMs - now()) }
  }

  function record(key: string, max: number): void {
    const list = recent(key)
    list.push(now())
    if (list.length > max) list.shift()
    failures.delete(key) // re-insert: Map order is then least-recently-failed first
    failures.set(key, list)
    if (failures.size > maxKeys) failures.delete(failures.keys().next().value!)
  }

  const addressKey = (address: string) => `a:${address}`
  const accountKey = (username: string) => `u:${username}`

  return {
    check(address: string, username: string): LimitVerdict {
      const byAddress = verdict(addressKey(address), limits.maxFailuresPerAddress, 'address')
      if (!byAddress.ok) return byAddress
      return verdict(accountKey(username), limits.maxFailuresPerAccount, 'account')
    },
    recordFailure(address: string, username: string): void {
      record(addressKey(address), limits.maxFailuresPerAddress)
      record(accountKey(username), limits.maxFailuresPerAccount)
    },
    recordSuccess(_address: string, username: string): void {
      failures.delete(accountKey(username))
    },
    /** Keys currently remembered (for tests of the memory bound). */
    size: () => failures.size,
  }
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>
