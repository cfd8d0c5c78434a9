import { describe, it, expect, afterEach } from '@jest/globals'
import http from 'node:http'
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../support/test-hub.js'
import { api } from '../support/identity.js'
import { createLogger } from '../../src/logger.js'

/**
 * TETHER_TRUST_PROXY end to end: the login limiter, the logs and the WebSocket upgrade use the
 * client address it yields. The headers below are what the configurations of
 * docs/operations.md send: nginx appends the peer to X-Forwarded-For
 * ($proxy_add_x_forwarded_for), Caddy's reverse_proxy replaces it with the peer (its
 * trusted_proxies unset). The test client on 127.0.0.1 plays the proxy.
 */
let hubs: TestHub[] = []
afterEach(async () => { await Promise.all(hubs.map(h => h.stop())); hubs = [] })

async function hubWith(trustProxy: string) {
  const lines: string[] = []
  const logger = createLogger('info', { write(s: string) { lines.push(s) } })
  const t = await startTestHub({ trustProxy, loginMaxFailuresPerAddress: 2, loginMaxFailuresPerAccount: 100 }, { logger, persistMqtt: false })
  hubs.push(t)
  return { t, lines }
}

const loginWith = (t: TestHub, xff: string | undefined, password: string) =>
  api(t, 'POST', '/api/auth/login', { body: { username: 'admin', password }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } })

/** Sends an upgrade to a path the hub refuses, so its log names the address it saw. */
function refusedUpgrade(t: TestHub, xff: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: t.port, path: '/not-ws', headers: {
      connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
      'sec-websocket-protocol': 'mqtt', 'x-forwarded-for': xff,
    } })
    req.on('response', res => { res.resume(); resolve(res.statusCode!) })
    req.on('upgrade', (_res, socket) => { socket.destroy(); reject(new Error('upgraded')) })
    req.on('error', reject)
    req.end()
  })
}

const failedFrom = (lines: string[]) => lines.map(l => JSON.parse(l)).filter(l => l.msg === 'login failed').map(l => l.address)
const upgradeRemotes = (lines: string[]) => lines.map(l => JSON.parse(l)).filter(l => l.msg === 'upgrade rejected').map(l => l.remote)

describe('proxy trust', () => {
  // rows: setting, X-Forwarded-For of the failures, of the next login, its answer, address logged
  it.each([
    ['off (default): X-Forwarded-For ignored', '', ['10.0.0.1', '10.0.0.2'], '10.0.0.3', 429, '127.0.0.1'],
    ['nginx on the same host, loopback', 'loopback', ['6.6.6.6, 198.51.100.7', '7.7.7.7, 198.51.100.7'], '198.51.100.8', 200, '198.51.100.7'],
    ['nginx: forged left part cannot dodge the lock', 'loopback', ['1.1.1.1, 198.51.100.7', '2.2.2.2, 198.51.100.7'], '3.3.3.3, 198.51.100.7', 429, '198.51.100.7'],
    ['Caddy on the same host, by address', '127.0.0.1', ['198.51.100.7', '198.51.100.7'], '198.51.100.7', 429, '198.51.100.7'],
    ['Caddy: other clients unaffected', '127.0.0.1', ['198.51.100.7', '198.51.100.7'], '203.0.113.1', 200, '198.51.100.7'],
    ['one proxy hop', '1', ['6.6.6.6, 198.51.100.7', '198.51.100.7'], '198.51.100.8', 200, '198.51.100.7'],
    ['a proxy elsewhere is not trusted', '10.9.9.9', ['198.51.100.7', '198.51.100.8'], '198.51.100.9', 429, '127.0.0.1'],
  ])('%s', async (_name, setting, failures, next, status, logged) => {
    const { t, lines } = await hubWith(setting)
    for (const xff of failures) expect((await loginWith(t, xff, 'wrong-password')).status).toBe(401)
    expect((await loginWith(t, next, TEST_ADMIN_PASSWORD)).status).toBe(status)
    expect(failedFrom(lines)).toEqual([logged, logged])
  })

  it.each([
    ['', '198.51.100.7', '127.0.0.1'],
    ['loopback', '6.6.6.6, 198.51.100.7', '198.51.100.7'],
    ['1', '198.51.100.7', '198.51.100.7'],
  ])('gives the WebSocket upgrade the same address (trust %j, X-Forwarded-For %j → %s)', async (setting, xff, remote) => {
    const { t, lines } = await hubWith(setting)
    expect(await refusedUpgrade(t, xff)).toBe(404)
    expect(upgradeRemotes(lines)).toEqual([remote])
  })

  it('refuses to start with a setting that trusts every hop', async () => {
    const { loadConfig } = await import('../../src/config.js')
    expect(() => loadConfig({ TETHER_TRUST_PROXY: 'true' })).toThrow(/TETHER_TRUST_PROXY="true": trusting every hop/)
    expect(() => loadConfig({ TETHER_TRUST_PROXY: 'proxy.local' })).toThrow(/not an address/)
  })
})
