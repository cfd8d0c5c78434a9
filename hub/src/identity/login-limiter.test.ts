import { describe, it, expect } from '@jest/globals'
import { createLoginLimiter } from './login-limiter.js'

function setup(overrides = {}) {
  let t = 1_000_000
  const limiter = createLoginLimiter({ maxFailuresPerAccount: 3, maxFailuresPerAddress: 5, windowMs: 60_000, ...overrides }, () => t)
  return { limiter, advance: (ms: number) => { t += ms } }
}

describe('login limiter', () => {
  it('locks an account after its failure budget, from any address', () => {
    const { limiter } = setup()
    for (const a of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      expect(limiter.check(a, 'alice')).toEqual({ ok: true })
      limiter.recordFailure(a, 'alice')
    }
    expect(limiter.check('4.4.4.4', 'alice')).toEqual({ ok: false, scope: 'account', retryAfterMs: 60_000 })
    expect(limiter.check('4.4.4.4', 'bob')).toEqual({ ok: true })
  })

  it('locks an address after its failure budget, whatever the account', () => {
    const { limiter } = setup()
    for (const u of ['a', 'b', 'c', 'd', 'e']) limiter.recordFailure('9.9.9.9', u)
    expect(limiter.check('9.9.9.9', 'fresh')).toMatchObject({ ok: false, scope: 'address' })
    expect(limiter.check('8.8.8.8', 'fresh')).toEqual({ ok: true })
  })

  it('lets the oldest failure slide out of the window', () => {
    const { limiter, advance } = setup()
    limiter.recordFailure('1.1.1.1', 'alice')
    advance(10_000)
    limiter.recordFailure('1.1.1.1', 'alice')
    limiter.recordFailure('1.1.1.1', 'alice')
    expect(limiter.check('1.1.1.1', 'alice')).toEqual({ ok: false, scope: 'account', retryAfterMs: 50_000 })
    advance(50_000)
    expect(limiter.check('1.1.1.1', 'alice')).toEqual({ ok: true })
  })

  it('clears the account count on success but not the address count', () => {
    const { limiter } = setup()
    for (let i = 0; i < 2; i++) limiter.recordFailure('1.1.1.1', 'alice')
    limiter.recordSuccess('1.1.1.1', 'alice')
    limiter.recordFailure('1.1.1.1', 'alice')
    limiter.recordFailure('1.1.1.1', 'alice')
    expect(limiter.check('1.1.1.1', 'alice')).toEqual({ ok: true })
    limiter.recordFailure('1.1.1.1', 'alice')
    expect(limiter.check('1.1.1.1', 'zed')).toMatchObject({ ok: false, scope: 'address' })
  })

  it('remembers a bounded number of keys', () => {
    const { limiter } = setup({ maxKeys: 100 })
    for (let i = 0; i < 1000; i++) limiter.recordFailure(`10.0.${i >> 8}.${i & 255}`, `user${i}`)
    expect(limiter.size()).toBeLessThanOrEqual(100)
  })
})
