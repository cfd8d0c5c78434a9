import { describe, it, expect } from '@jest/globals'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createTokenService, loadOrCreateSecret } from './token-service.js'

const secret = new TextEncoder().encode('x'.repeat(32))
const user = { id: 'u1', username: 'ada', role: 'operator' as const }

describe('token service', () => {
  it('issues a token that verifies to the same identity until it expires', async () => {
    let clock = 1_700_000_000_000
    const tokens = createTokenService({ secret, ttlSeconds: 60, now: () => clock })
    const { token, expiresAt } = await tokens.issue(user)
    expect(expiresAt).toBe(clock + 60_000)
    expect(await tokens.verify(token)).toEqual({ ...user, expiresAt })
    clock += 61_000
    expect(await tokens.verify(token)).toBeNull()
  })

  it.each([
    ['garbage', 'not-a-jwt'],
    ['empty', ''],
    ['oversized', 'a'.repeat(5000)],
  ])('refuses a %s token', async (_name, token) => {
    const tokens = createTokenService({ secret, ttlSeconds: 60 })
    expect(await tokens.verify(token)).toBeNull()
  })

  it('refuses a token signed with another secret', async () => {
    const other = createTokenService({ secret: new TextEncoder().encode('y'.repeat(32)), ttlSeconds: 60 })
    const { token } = await other.issue(user)
    expect(await createTokenService({ secret, ttlSeconds: 60 }).verify(token)).toBeNull()
  })

  it('keeps a generated secret in the data directory, readable only by the owner', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tether-secret-'))
    const first = loadOrCreateSecret(dir)
    expect(first.length).toBe(32)
    expect(Buffer.from(loadOrCreateSecret(dir))).toEqual(Buffer.from(first))
    expect(statSync(path.join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600)
    expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8')).not.toContain('undefined')
  })

  it('uses a configured secret over the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tether-secret-'))
    expect(Buffer.from(loadOrCreateSecret(dir, 'configured')).toString()).toBe('configured')
  })
})
