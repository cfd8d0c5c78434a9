import { describe, it, expect } from '@jest/globals'
import { hashPassword, verifyPassword, generatePassword } from './password.js'

const cheap = { N: 1024, r: 8, p: 1 }

describe('password hashing (scrypt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse', cheap)
    expect(await verifyPassword('correct horse', stored)).toBe(true)
    expect(await verifyPassword('correct horsE', stored)).toBe(false)
  })

  it('stores neither the password nor a reusable salt', async () => {
    const a = await hashPassword('same password', cheap)
    const b = await hashPassword('same password', cheap)
    expect(a).not.toBe(b)
    expect(a).not.toContain('same password')
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/)
  })

  it('uses a slow default cost (N = 2^15)', async () => {
    expect(await hashPassword('x'.repeat(8))).toMatch(/^scrypt\$32768\$8\$1\$/)
  })

  it.each([
    ['empty', ''],
    ['wrong scheme', 'bcrypt$1024$8$1$AAAA$BBBB'],
    ['too few parts', 'scrypt$1024$8$1$AAAA'],
    ['absurd cost', 'scrypt$99999999$8$1$AAAA$' + 'A'.repeat(43)],
    ['short key', 'scrypt$1024$8$1$AAAA$AAAA'],
  ])('never matches a malformed hash (%s)', async (_name, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false)
  })

  it('generates 24-character base64url passwords', () => {
    expect(generatePassword()).toMatch(/^[A-Za-z0-9_-]{24}$/)
  })
})
