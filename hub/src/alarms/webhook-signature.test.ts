import { describe, expect, it } from '@jest/globals'
import { retryDelay, signWebhook, verifyWebhook, webhookWants } from './webhook-signature.js'
import type { Severity } from './types.js'

describe('webhook signature', () => {
  it('is HMAC-SHA256 of "timestamp.body" in hex', () => {
    // printf '%s' '1764000000000.{"a":1}' | openssl dgst -sha256 -hmac k
    expect(signWebhook('k', 1764000000000, '{"a":1}')).toBe('sha256=db41c3508c53e045c8661adff86aea8348ab23e7a9e344e5999046e1e6da0804')
    expect(signWebhook('k', 1, 'x')).toMatch(/^sha256=[0-9a-f]{64}$/)
  })

  it.each([
    ['the same secret, time and body', 'k', 1, 'body', true],
    ['another secret', 'other', 1, 'body', false],
    ['another timestamp', 'k', 2, 'body', false],
    ['a changed body', 'k', 1, 'body!', false],
  ])('verifies only %s', (_label, secret, ts, body, ok) => {
    expect(verifyWebhook(secret, ts, body, signWebhook('k', 1, 'body'))).toBe(ok)
  })

  it('refuses a malformed signature without throwing', () => {
    expect(verifyWebhook('k', 1, 'body', 'sha256=zz')).toBe(false)
  })
})

describe('webhook routing', () => {
  it.each<[string[] | null, Severity, string | null, Severity, boolean]>([
    [null, 'major', 'plant', 'critical', true],
    [null, 'major', 'plant', 'major', true],
    [null, 'major', 'plant', 'minor', false],
    [['plant'], 'warning', 'plant', 'warning', true],
    [['plant'], 'warning', 'lab', 'critical', false],
    [['plant'], 'warning', null, 'critical', false],
    [null, 'warning', null, 'warning', true],
  ])('rooms %j from %s: alarm in %s of %s → %p', (rooms, minSeverity, room, severity, wanted) => {
    expect(webhookWants({ rooms, minSeverity }, { room, severity })).toBe(wanted)
  })

  it.each([[1, 1000], [2, 2000], [3, 4000], [6, 30_000]])('waits before attempt %i: %i ms', (attempt, ms) => {
    expect(retryDelay(attempt, 1000, 30_000)).toBe(ms)
  })
})
