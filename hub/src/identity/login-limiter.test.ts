import { describe, it, expect } from '@jest/globals'
import { createLoginLimiter, type LoginAttempt, type LoginLimits } from './login-limiter.js'

type Who = [address: string, username: string]

function setup(overrides: Partial<LoginLimits> = {}) {
  let t = 1_000_000
  const limiter = createLoginLimiter({
    maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, windowMs: 60_000,
    maxConcurrentPerAccount: 100, maxConcurrentPerAddress: 100, ...overrides,
  }, () => t)
  const attempt = (address: string, username: string): LoginAttempt => {
    const v = limiter.begin(address, username)
    if (!v.ok) throw new Error(`refused: ${v.scope} ${v.reason}`)
    return v.attempt
  }
  const failOnce = (address: string, username: string) => attempt(address, username).fail()
  return { limiter, attempt, failOnce, advance: (ms: number) => { t += ms } }
}

describe('login limiter', () => {
  it('locks an account after its failure budget, from any address', () => {
    const { limiter, failOnce } = setup()
    for (const a of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) failOnce(a, 'alice')
    expect(limiter.begin('4.4.4.4', 'alice')).toEqual({ ok: false, scope: 'account', reason: 'locked', retryAfterMs: 60_000 })
    expect(limiter.begin('4.4.4.4', 'bob').ok).toBe(true)
  })

  it('locks an address after its failure budget, whatever the account', () => {
    const { limiter, failOnce } = setup()
    for (const u of ['a', 'b', 'c', 'd', 'e']) failOnce('9.9.9.9', u)
    expect(limiter.begin('9.9.9.9', 'fresh')).toMatchObject({ ok: false, scope: 'address', reason: 'locked' })
    expect(limiter.begin('8.8.8.8', 'fresh').ok).toBe(true)
  })

  it('lets the oldest failure slide out of the window', () => {
    const { limiter, failOnce, advance } = setup()
    failOnce('1.1.1.1', 'alice')
    advance(10_000)
    failOnce('1.1.1.1', 'alice')
    failOnce('1.1.1.1', 'alice')
    expect(limiter.begin('1.1.1.1', 'alice')).toEqual({ ok: false, scope: 'account', reason: 'locked', retryAfterMs: 50_000 })
    advance(50_000)
    expect(limiter.begin('1.1.1.1', 'alice').ok).toBe(true)
  })

  it('clears the account count on success but not the address count', () => {
    const { limiter, failOnce, attempt } = setup()
    failOnce('1.1.1.1', 'alice')
    failOnce('1.1.1.1', 'alice')
    attempt('1.1.1.1', 'alice').succeed()
    failOnce('1.1.1.1', 'alice')
    failOnce('1.1.1.1', 'alice')
    expect(limiter.begin('1.1.1.1', 'alice').ok).toBe(true) // 2 account failures since the success (+1 reserved now)
    expect(limiter.begin('1.1.1.1', 'zed')).toMatchObject({ ok: false, scope: 'address' }) // 4 failed + 1 in flight = 5
  })

  // The attack: every guess of a burst is checked before any of them is verified.
  it.each([
    ['account', 40, (_i: number): Who => ['5.5.5.5', 'alice'], 3],
    ['address', 200, (i: number): Who => ['6.6.6.6', `user${i}`], 5],
  ])('reserves before verifying: of a burst against one %s (%i begins) only its budget is admitted', (_scope, n, who, budget) => {
    const { limiter } = setup()
    const verdicts = Array.from({ length: n }, (_, i) => limiter.begin(...(who as (i: number) => Who)(i)))
    const admitted = verdicts.filter(v => v.ok)
    expect(admitted).toHaveLength(budget)
    expect(verdicts.filter(v => !v.ok && v.reason === 'locked')).toHaveLength(n - budget)
  })

  it('refuses the right password while the reservations of a burst lock the account', () => {
    const { limiter } = setup()
    const inFlight = [1, 2, 3].map(() => limiter.begin('5.5.5.5', 'alice'))
    expect(inFlight.every(v => v.ok)).toBe(true)
    // The owner's correct password arrives before any guess has been verified: refused.
    expect(limiter.begin('7.7.7.7', 'alice')).toMatchObject({ ok: false, scope: 'account', reason: 'locked' })
  })

  it('refunds a success and a cancel, so they consume nothing', () => {
    const { limiter, attempt } = setup({ maxFailuresPerAccount: 1 })
    attempt('1.1.1.1', 'alice').succeed()
    attempt('1.1.1.1', 'alice').cancel()
    expect(limiter.begin('1.1.1.1', 'alice').ok).toBe(true)
  })

  it('keeps the reservations of other attempts in flight when one succeeds', () => {
    const { limiter, attempt } = setup({ maxFailuresPerAccount: 2 })
    const guess = attempt('6.6.6.6', 'alice')
    const owner = attempt('7.7.7.7', 'alice')
    owner.succeed()
    guess.fail()
    expect(limiter.begin('8.8.8.8', 'alice').ok).toBe(true)
    expect(limiter.begin('8.8.8.8', 'alice')).toMatchObject({ ok: false, reason: 'locked' })
  })

  it('settles an attempt once', () => {
    const { limiter, attempt } = setup({ maxFailuresPerAccount: 2 })
    const a = attempt('1.1.1.1', 'alice')
    a.fail()
    a.succeed()
    a.cancel()
    expect(limiter.begin('1.1.1.1', 'alice').ok).toBe(true)
    expect(limiter.begin('1.1.1.1', 'alice').ok).toBe(false)
  })

  it.each([
    ['account', { maxConcurrentPerAccount: 2 }, (i: number): Who => [`10.0.0.${i}`, 'alice']],
    ['address', { maxConcurrentPerAddress: 2 }, (i: number): Who => ['10.0.0.1', `user${i}`]],
  ])('refuses a verification over the %s concurrency bound (busy, retry after 1 s)', (scope, limits, who) => {
    const { limiter } = setup({ maxFailuresPerAccount: 100, maxFailuresPerAddress: 100, ...limits })
    const first = limiter.begin(...(who as (i: number) => Who)(1))
    expect(limiter.begin(...(who as (i: number) => Who)(2)).ok).toBe(true)
    expect(limiter.begin(...(who as (i: number) => Who)(3))).toEqual({ ok: false, scope, reason: 'busy', retryAfterMs: 1000 })
    if (first.ok) first.attempt.fail()
    expect(limiter.begin(...(who as (i: number) => Who)(4)).ok).toBe(true)
  })

  it('keeps an unsettled reservation past the window until it settles', () => {
    const { limiter, advance } = setup({ maxFailuresPerAccount: 1 })
    const slow = limiter.begin('1.1.1.1', 'alice')
    advance(120_000)
    expect(limiter.begin('1.1.1.1', 'alice')).toMatchObject({ ok: false, reason: 'locked' })
    if (slow.ok) slow.attempt.fail()
    advance(60_000)
    expect(limiter.begin('1.1.1.1', 'alice').ok).toBe(true)
  })

  it('remembers a bounded number of keys', () => {
    const { limiter, failOnce } = setup({ maxKeys: 100 })
    for (let i = 0; i < 1000; i++) failOnce(`10.0.${i >> 8}.${i & 255}`, `user${i}`)
    expect(limiter.size()).toBeLessThanOrEqual(100)
  })
})
