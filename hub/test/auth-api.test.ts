import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { adminToken, createOperator, api, TEST_ADMIN_PASSWORD } from './support/identity.js'

let t: TestHub
let admin: string
beforeAll(async () => {
  t = await startTestHub({ loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 1000 })
  admin = await adminToken(t)
})
afterAll(async () => { await t.stop() })

describe('POST /api/auth/login', () => {
  it('returns a token, its expiry and the user for the right password', async () => {
    const res = await api(t, 'POST', '/api/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } })
    expect(res.status).toBe(200)
    expect(res.body.user).toEqual({ id: expect.any(String), username: 'admin', role: 'admin' })
    expect(res.body.expiresAt).toBeGreaterThan(Date.now())
    const me = await api(t, 'GET', '/api/auth/me', { token: res.body.token })
    expect(me.status).toBe(200)
    expect(me.body.user).toEqual(res.body.user)
  })

  it.each([
    ['unknown user', { username: 'nobody', password: 'whatever-pass' }],
    ['wrong password', { username: 'admin', password: 'wrong-password' }],
  ])('answers 401 for %s with the same message', async (_name, body) => {
    const res = await api(t, 'POST', '/api/auth/login', { body })
    expect(res.status).toBe(401)
    expect(res.body.error).toEqual({ code: 'HUB_ERR_UNAUTHORIZED', message: 'Wrong username or password.' })
  })

  it.each([
    [{ password: 'x' }, 'username'],
    [{ username: 'admin' }, 'password'],
    [{ username: 42, password: 'x' }, 'username'],
  ])('answers 400 naming the bad field for %o', async (body, field) => {
    const res = await api(t, 'POST', '/api/auth/login', { body })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'HUB_ERR_VALIDATION', field })
  })

  it.each([
    ['text/plain', 'got text/plain'],
    ['application/x-www-form-urlencoded', 'got application/x-www-form-urlencoded'],
    [undefined, 'no Content-Type was sent'],
  ])('answers 415 naming the content type for a body sent as %s', async (type, named) => {
    const res = await fetch(`${t.httpUrl}/api/auth/login`, {
      method: 'POST',
      headers: type ? { 'content-type': type } : {},
      body: type === undefined ? new Uint8Array(Buffer.from(JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }))) : JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
    })
    expect(res.status).toBe(415)
    const body = await res.json() as { error: { code: string; message: string } }
    expect(body.error.code).toBe('HUB_ERR_UNSUPPORTED_MEDIA_TYPE')
    expect(body.error.message).toContain(named)
    expect(body.error.message).not.toContain('username')
  })

  it('locks an account after repeated failures, even for the right password (429 + Retry-After)', async () => {
    await createOperator(t, 'victim', 'viewer', 'victim-password')
    for (let i = 0; i < 3; i++) {
      expect((await api(t, 'POST', '/api/auth/login', { body: { username: 'victim', password: 'guess-' + i } })).status).toBe(401)
    }
    const locked = await api(t, 'POST', '/api/auth/login', { body: { username: 'victim', password: 'victim-password' } })
    expect(locked.status).toBe(429)
    expect(locked.body.error.code).toBe('HUB_ERR_RATE_LIMITED')
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
    // Other accounts are unaffected.
    expect((await api(t, 'POST', '/api/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } })).status).toBe(200)
  })
})

describe('POST /api/auth/refresh', () => {
  it('trades a still-valid token for a fresh one with the account\'s current role', async () => {
    const login = await api(t, 'POST', '/api/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } })
    const res = await api(t, 'POST', '/api/auth/refresh', { token: login.body.token })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ token: expect.any(String), expiresAt: expect.any(Number), user: login.body.user })
    expect(res.body.expiresAt).toBeGreaterThanOrEqual(login.body.expiresAt)
    expect((await api(t, 'GET', '/api/auth/me', { token: res.body.token })).body.user).toEqual(login.body.user)
  })

  it.each([['no token', undefined], ['a forged token', 'eyJhbGciOiJIUzI1NiJ9.e30.x']])('refuses %s with 401', async (_name, token) => {
    const res = await api(t, 'POST', '/api/auth/refresh', { token })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('HUB_ERR_UNAUTHORIZED')
  })

  it('refuses an expired token', async () => {
    const account = t.hub.services.operators.getByUsername('admin')!
    const { token } = await t.hub.services.tokens.issue(account, -10)
    expect((await api(t, 'POST', '/api/auth/refresh', { token })).status).toBe(401)
  })
})

describe('login rate limit per address', () => {
  it('locks an address after failures across accounts, leaving other addresses alone', async () => {
    const u = await startTestHub({ loginMaxFailuresPerAddress: 3, loginMaxFailuresPerAccount: 100, trustProxy: 'loopback' }, { persistMqtt: false })
    try {
      // TETHER_TRUST_PROXY=loopback: the test client on 127.0.0.1 acts as a proxy naming the address.
      const from = (address: string, username: string, password: string) =>
        api(u, 'POST', '/api/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': address } })
      for (const name of ['a1', 'a2', 'a3']) expect((await from('10.0.0.1', name, 'wrong-password')).status).toBe(401)
      const locked = await from('10.0.0.1', 'admin', TEST_ADMIN_PASSWORD)
      expect(locked.status).toBe(429)
      expect(locked.body.error.code).toBe('HUB_ERR_RATE_LIMITED')
      expect((await from('10.0.0.2', 'admin', TEST_ADMIN_PASSWORD)).status).toBe(200)
    } finally {
      await u.stop()
    }
  })
})

describe('bearer authentication on /api', () => {
  it.each([
    ['no header', undefined],
    ['not a bearer', 'Basic YWRtaW46eA=='],
    ['garbage token', 'Bearer not-a-jwt'],
    ['forged signature', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('answers 401 JSON with %s', async (_name, authorization) => {
    const res = await api(t, 'GET', '/api/auth/me', { headers: authorization ? { authorization } : {} })
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('HUB_ERR_UNAUTHORIZED')
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('refuses an expired token', async () => {
    const user = t.hub.services.operators.getByUsername('admin')!
    const { token } = await t.hub.services.tokens.issue(user, -10)
    expect((await api(t, 'GET', '/api/auth/me', { token })).status).toBe(401)
  })

  it('refuses the token of a deleted account', async () => {
    const { token, user } = await createOperator(t, 'gone', 'operator')
    expect((await api(t, 'GET', '/api/auth/me', { token })).status).toBe(200)
    expect((await api(t, 'DELETE', `/api/accounts/${user.id}`, { token: admin })).status).toBe(204)
    expect((await api(t, 'GET', '/api/auth/me', { token })).status).toBe(401)
  })

  it('applies a demotion at once, whatever role the token carries', async () => {
    const { token, user } = await createOperator(t, 'demoted', 'admin')
    expect((await api(t, 'GET', '/api/accounts', { token })).status).toBe(200)
    await api(t, 'PATCH', `/api/accounts/${user.id}`, { token: admin, body: { role: 'viewer' } })
    const res = await api(t, 'GET', '/api/accounts', { token })
    expect(res.status).toBe(403)
    expect(res.body.error).toMatchObject({ code: 'HUB_ERR_FORBIDDEN', required: 'admin' })
  })
})

describe('admin account management', () => {
  it('creates, lists, changes role, resets password and deletes an account', async () => {
    const created = await api(t, 'POST', '/api/accounts', { token: admin, body: { username: 'carol', password: 'carol-pass-1', role: 'viewer' } })
    expect(created.status).toBe(201)
    expect(created.body.account).toEqual({ id: expect.any(String), username: 'carol', role: 'viewer', createdAt: expect.any(Number) })
    const id = created.body.account.id
    const list = await api(t, 'GET', '/api/accounts', { token: admin })
    expect(list.body.accounts.map((a: { username: string }) => a.username)).toContain('carol')
    expect(JSON.stringify(list.body)).not.toMatch(/scrypt|passwordHash/)

    const promoted = await api(t, 'PATCH', `/api/accounts/${id}`, { token: admin, body: { role: 'operator' } })
    expect(promoted.body.account.role).toBe('operator')

    expect((await api(t, 'PUT', `/api/accounts/${id}/password`, { token: admin, body: { password: 'carol-pass-2' } })).status).toBe(204)
    expect((await api(t, 'POST', '/api/auth/login', { body: { username: 'carol', password: 'carol-pass-1' } })).status).toBe(401)
    const login = await api(t, 'POST', '/api/auth/login', { body: { username: 'carol', password: 'carol-pass-2' } })
    expect(login.body.user.role).toBe('operator')

    expect((await api(t, 'DELETE', `/api/accounts/${id}`, { token: admin })).status).toBe(204)
    expect((await api(t, 'GET', `/api/accounts/${id}`, { token: admin })).status).toBe(404)
  })

  it('answers 409 for a duplicate username', async () => {
    const res = await api(t, 'POST', '/api/accounts', { token: admin, body: { username: 'admin', password: 'another-pass', role: 'viewer' } })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'HUB_ERR_CONFLICT', field: 'username' })
  })

  it.each([
    [{ username: 'Bad Name', password: 'long-enough', role: 'viewer' }, 'username'],
    [{ username: 'ok', password: 'short', role: 'viewer' }, 'password'],
    [{ username: 'ok', password: 'long-enough', role: 'root' }, 'role'],
    [{ username: 'ok', password: 'long-enough', role: 'viewer', extra: 1 }, 'extra'],
  ])('answers 400 naming the field for %o', async (body, field) => {
    const res = await api(t, 'POST', '/api/accounts', { token: admin, body })
    expect(res.status).toBe(400)
    expect(res.body.error).toEqual({ code: 'HUB_ERR_VALIDATION', field, message: expect.stringMatching(new RegExp(`^${field}: `)) })
    expect(t.hub.services.operators.getByUsername('ok')).toBeUndefined()
  })

  it('refuses to delete or demote the last admin (409)', async () => {
    const self = t.hub.services.operators.getByUsername('admin')!
    for (const a of t.hub.services.operators.list()) if (a.role === 'admin' && a.id !== self.id) t.hub.services.operators.setRole(a.id, 'viewer')
    expect((await api(t, 'DELETE', `/api/accounts/${self.id}`, { token: admin })).status).toBe(409)
    expect((await api(t, 'PATCH', `/api/accounts/${self.id}`, { token: admin, body: { role: 'viewer' } })).status).toBe(409)
  })

  it.each(['viewer', 'operator'] as const)('answers 403 to a %s', async role => {
    const { token } = await createOperator(t, `plain-${role}`, role)
    for (const [method, path] of [['GET', '/api/accounts'], ['POST', '/api/accounts'], ['DELETE', '/api/accounts/x']] as const) {
      const res = await api(t, method, path, { token, body: method === 'POST' ? {} : undefined })
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('HUB_ERR_FORBIDDEN')
    }
  })

  it('answers 404 for an unknown account', async () => {
    const res = await api(t, 'PATCH', '/api/accounts/nope', { token: admin, body: { role: 'viewer' } })
    expect(res.status).toBe(404)
  })
})
