/**
 * Login rate limiting, pure and clock-injected. Every attempt is *reserved* before its password
 * is verified: `begin()` counts it as a failure up front (per client address and per account,
 * over a sliding window), and the caller settles it once the verification is done. So N
 * simultaneous guesses consume N attempts whatever the verification costs: the check and the
 * count are one synchronous step, with no await in between.
 *
 * - `fail()` keeps the reservation as a failure.
 * - `succeed()` refunds it and clears the account's settled failures (not the address's, so one
 *   valid account cannot launder guesses at others from the same address); other attempts still
 *   in flight keep their reservations.
 * - `cancel()` refunds it (the password was never verified, e.g. the hub was too busy).
 *
 * Besides the failure budgets, concurrent verifications are bounded per account and per address:
 * over either bound an attempt is refused at once (`reason: 'busy'`), not queued.
 */
export interface LoginLimits {
  /** Failed logins per account within the window before it is locked, count. */
  maxFailuresPerAccount: number
  /** Failed logins per client address within the window, count. */
  maxFailuresPerAddress: number
  /** Sliding window, ms. */
  windowMs: number
  /** Password verifications in flight per account, count. Default 2. */
  maxConcurrentPerAccount?: number
  /** Password verifications in flight per client address, count. Default 4. */
  maxConcurrentPerAddress?: number
  /** Retry-After given to a refusal for concurrency, ms. Default 1000. */
  busyRetryAfterMs?: number
  /** Keys remembered at most (oldest dropped first), so a flood of names cannot grow memory. */
  maxKeys?: number
}

export type LimitScope = 'account' | 'address'

export interface LoginAttempt {
  /** The password was wrong: the reservation stays counted. */
  fail(): void
  /** The password was right: the reservation is refunded and the account's failures cleared. */
  succeed(): void
  /** Not verified after all: the reservation is refunded. */
  cancel(): void
}

export type LimitVerdict =
  | { ok: true; attempt: LoginAttempt }
  | { ok: false; scope: LimitScope; reason: 'locked' | 'busy'; retryAfterMs: number }

interface Entry { at: number; settled: boolean }

export function createLoginLimiter(limits: LoginLimits, now: () => number) {
  const maxKeys = limits.maxKeys ?? 10_000
  const maxConcurrent = { account: limits.maxConcurrentPerAccount ?? 2, address: limits.maxConcurrentPerAddress ?? 4 }
  const maxFailures = { account: limits.maxFailuresPerAccount, address: limits.maxFailuresPerAddress }
  const busyRetryAfterMs = limits.busyRetryAfterMs ?? 1000
  const failures = new Map<string, Entry[]>()
  const inFlight = new Map<string, number>()

  function recent(key: string): Entry[] {
    const list = failures.get(key)
    if (!list) return []
    const cutoff = now() - limits.windowMs
    // An unsettled reservation stays until it settles, however long its verification takes.
    if (list.some(e => e.settled && e.at <= cutoff)) {
      const kept = list.filter(e => !e.settled || e.at > cutoff)
      list.splice(0, list.length, ...kept)
    }
    if (list.length === 0) failures.delete(key)
    return list
  }

  function lockedFor(key: string, max: number): number {
    const list = recent(key)
    if (list.length < max) return 0
    // An unsettled reservation blocks as a failure would; it unlocks no sooner than the window.
    return Math.max(1, list[list.length - max]!.at + limits.windowMs - now())
  }

  function reserve(key: string, entry: Entry): void {
    const list = recent(key)
    list.push(entry)
    failures.delete(key) // re-insert: Map order is then least-recently-failed first
    failures.set(key, list)
    if (failures.size > maxKeys) failures.delete(failures.keys().next().value!)
  }

  function remove(key: string, entry: Entry): void {
    const list = failures.get(key)
    const i = list ? list.indexOf(entry) : -1
    if (i >= 0) list!.splice(i, 1)
    if (list && list.length === 0) failures.delete(key)
  }

  function bump(key: string, by: 1 | -1): void {
    const n = (inFlight.get(key) ?? 0) + by
    if (n <= 0) inFlight.delete(key)
    else inFlight.set(key, n)
  }

  const keys = (address: string, username: string) => ({ address: `a:${address}`, account: `u:${username}` })

  function begin(address: string, username: string): LimitVerdict {
    const k = keys(address, username)
    for (const scope of ['address', 'account'] as const) {
      const retryAfterMs = lockedFor(k[scope], maxFailures[scope])
      if (retryAfterMs > 0) return { ok: false, scope, reason: 'locked', retryAfterMs }
    }
    for (const scope of ['address', 'account'] as const) {
      if ((inFlight.get(k[scope]) ?? 0) >= maxConcurrent[scope]) return { ok: false, scope, reason: 'busy', retryAfterMs: busyRetryAfterMs }
    }
    const mine = { address: { at: now(), settled: false }, account: { at: now(), settled: false } }
    reserve(k.address, mine.address)
    reserve(k.account, mine.account)
    bump(k.address, 1)
    bump(k.account, 1)
    let open = true
    const settle = (outcome: 'fail' | 'succeed' | 'cancel') => {
      if (!open) return
      open = false
      bump(k.address, -1)
      bump(k.account, -1)
      if (outcome === 'fail') {
        mine.address.settled = true
        mine.account.settled = true
        return
      }
      remove(k.address, mine.address)
      remove(k.account, mine.account)
      if (outcome === 'succeed') {
        const list = failures.get(k.account)
        if (list) {
          const pending = list.filter(e => !e.settled)
          if (pending.length > 0) failures.set(k.account, pending)
          else failures.delete(k.account)
        }
      }
    }
    return {
      ok: true,
      attempt: { fail: () => settle('fail'), succeed: () => settle('succeed'), cancel: () => settle('cancel') },
    }
  }

  return {
    begin,
    /** Keys currently remembered (for tests of the memory bound). */
    size: () => failures.size,
    /** Verifications in flight for an account (observability and tests). */
    inFlight: (scope: LimitScope, key: string) => inFlight.get(scope === 'address' ? `a:${key}` : `u:${key}`) ?? 0,
  }
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>
