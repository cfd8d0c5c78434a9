import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../support/test-hub.js'
import { adminToken } from '../support/identity.js'
import { createLogger } from '../../src/logger.js'
import { loggableUsername } from '../../src/identity/auth-router.js'

/**
 * Hostile-input regressions: one row per input an attacker tried, with the answer the docs
 * promise (docs/api.md, docs/operations.md). Add a row with every new finding. Multi-step
 * attacks (bursts, slow clients, proxies, slow subscribers) have their own files next to this one.
 */
interface Row {
  /** What the attacker sends. `{admin}` in a header is replaced by a valid admin JWT. */
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
  /** The documented answer. */
  status: number
  code?: string
  message?: string
}

const json = { 'content-type': 'application/json' }
const rows: Array<[string, Row]> = [
  // The bearer scheme is case-insensitive (RFC 9110 §11.1), the token is not.
  ['lower-case bearer scheme', { method: 'GET', path: '/api/auth/me', headers: { authorization: 'bearer {admin}' }, status: 200 }],
  ['upper-case BEARER scheme', { method: 'GET', path: '/api/auth/me', headers: { authorization: 'BEARER {admin}' }, status: 200 }],
  ['several spaces after the scheme', { method: 'GET', path: '/api/auth/me', headers: { authorization: 'Bearer   {admin}' }, status: 200 }],
  ['a second word after the token', { method: 'GET', path: '/api/auth/me', headers: { authorization: 'Bearer {admin} extra' }, status: 401, code: 'HUB_ERR_UNAUTHORIZED' }],
  ['a Basic header', { method: 'GET', path: '/api/auth/me', headers: { authorization: 'Basic YWRtaW46eA==' }, status: 401, code: 'HUB_ERR_UNAUTHORIZED' }],
  ['an alg:none token', { method: 'GET', path: '/api/auth/me', headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIn0.' }, status: 401, code: 'HUB_ERR_UNAUTHORIZED' }],
  ['a forged signature', { method: 'GET', path: '/api/auth/me', headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' }, status: 401, code: 'HUB_ERR_UNAUTHORIZED' }],
  // Bodies: the declared size is refused before any byte of it is read.
  ['a login body declared over the 64 kB limit', { method: 'POST', path: '/api/auth/login', headers: { ...json, 'content-length': '70000' }, body: '{}', status: 413, code: 'HUB_ERR_VALIDATION', message: 'Request body too large.' }],
  ['a login body over the limit', { method: 'POST', path: '/api/auth/login', headers: json, body: JSON.stringify({ username: 'admin', password: 'x'.repeat(70_000) }), status: 413, code: 'HUB_ERR_VALIDATION' }],
  ['a body that is not JSON', { method: 'POST', path: '/api/auth/login', headers: json, body: '{"username":', status: 400, code: 'HUB_ERR_VALIDATION', message: 'Request body is not valid JSON.' }],
  ['a JSON login body sent as text/plain', { method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'text/plain' }, body: '{"username":"admin","password":"x"}', status: 415, code: 'HUB_ERR_UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as JSON with Content-Type: application/json (got text/plain).' }],
  ['a JSON array as login body', { method: 'POST', path: '/api/auth/login', headers: json, body: '[]', status: 400, code: 'HUB_ERR_VALIDATION' }],
  ['a 65-character user name', { method: 'POST', path: '/api/auth/login', headers: json, body: JSON.stringify({ username: 'a'.repeat(65), password: 'x' }), status: 400, code: 'HUB_ERR_VALIDATION' }],
  ['a 257-character password', { method: 'POST', path: '/api/auth/login', headers: json, body: JSON.stringify({ username: 'admin', password: 'x'.repeat(257) }), status: 400, code: 'HUB_ERR_VALIDATION' }],
  ['a user name with a NUL byte', { method: 'POST', path: '/api/auth/login', headers: json, body: JSON.stringify({ username: 'ad\u0000min', password: 'wrong-password' }), status: 401, code: 'HUB_ERR_UNAUTHORIZED' }],
  // Without TETHER_TRUST_PROXY a client cannot pick its address: the spoofed header changes nothing.
  ['a spoofed X-Forwarded-For on a failed login', { method: 'POST', path: '/api/auth/login', headers: { ...json, 'x-forwarded-for': '10.9.9.9' }, body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }), status: 401, code: 'HUB_ERR_UNAUTHORIZED' }],
  ['a dot-dot path into the API (not resolved, so no route)', { method: 'GET', path: '/api/../api/accounts', status: 404, code: 'HUB_ERR_NOT_FOUND' }],
  ['an admin route without a token', { method: 'GET', path: '/api/accounts', status: 401, code: 'HUB_ERR_UNAUTHORIZED' }],
]

const lines: string[] = []
let t: TestHub
let admin: string
beforeAll(async () => {
  const logger = createLogger('info', { write(s: string) { lines.push(s) } })
  t = await startTestHub({ loginMaxFailuresPerAccount: 1000, loginMaxFailuresPerAddress: 1000 }, { logger, persistMqtt: false })
  admin = await adminToken(t)
})
afterAll(async () => { await t.stop() })

describe('hostile inputs get their documented answer', () => {
  it.each(rows)('%s', async (_name, row) => {
    const headers = Object.fromEntries(Object.entries(row.headers ?? {}).map(([k, v]) => [k, v.replace('{admin}', admin)]))
    const res = await rawRequest(row.method, row.path, headers, row.body)
    expect(res.status).toBe(row.status)
    if (row.code) expect(JSON.parse(res.body).error.code).toBe(row.code)
    if (row.message) expect(JSON.parse(res.body).error.message).toBe(row.message)
  })
})

describe('failed-login logs', () => {
  // Typed into the user-name box → what the log says.
  it.each([
    ['admin', 'admin'],
    ['my-Secret-passw0rd', loggableUsername('my-Secret-passw0rd', false)],
    ['nobody', loggableUsername('nobody', false)],
  ])('a failed login as %j is logged as %j, never echoing an unknown name', async (typed, logged) => {
    lines.length = 0
    const res = await rawRequest('POST', '/api/auth/login', json, JSON.stringify({ username: typed, password: 'wrong-password' }))
    expect(res.status).toBe(401)
    const entry = lines.map(l => JSON.parse(l)).find(l => l.msg === 'login failed')
    expect(entry.username).toBe(logged)
    if (typed !== 'admin') {
      expect(lines.join('\n')).not.toContain(typed)
      expect(logged).toMatch(/^unknown:[0-9a-f]{8}$/)
    }
  })

  it('logs the name of an existing account on success too (and never the password)', async () => {
    lines.length = 0
    expect((await rawRequest('POST', '/api/auth/login', json, JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }))).status).toBe(200)
    expect(lines.join('\n')).not.toContain(TEST_ADMIN_PASSWORD)
  })
})

/** A request exactly as given (fetch would recompute Content-Length and normalise the path). */
async function rawRequest(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  const { request } = await import('node:http')
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.port, method, path, headers, setHost: true }, res => {
      const chunks: Buffer[] = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    if (body !== undefined && headers['content-length'] === undefined) req.setHeader('content-length', Buffer.byteLength(body))
    req.end(body)
  })
}
