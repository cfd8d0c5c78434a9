import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub, TEST_ADMIN_PASSWORD } from './support/test-hub.js'
import { createLogger } from '../src/logger.js'
import { api, deviceMqttOptions, operatorMqttOptions } from './support/identity.js'
import { connectMqtt, endMqtt } from './support/mqtt-client.js'
import { connackCode, subackCode } from './support/mqtt-acl.js'
import { spawnHub } from './support/spawn-hub.js'
import { GENERATED_PASSWORD_MARKER } from '../src/identity/bootstrap-admin.js'
import { mkdtempSync, rmSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Every log line the hub writes at trace level, captured from its pino destination. */
const lines: string[] = []
const secrets = new Set<string>([TEST_ADMIN_PASSWORD])
let t: TestHub

beforeAll(async () => {
  const logger = createLogger('trace', { write(s: string) { lines.push(s) } })
  t = await startTestHub({ loginMaxFailuresPerAccount: 2 }, { logger, persistMqtt: false })
})
afterAll(async () => { await t?.stop() })

describe('no password or token in any log line', () => {
  it('holds through logins, account and device management, MQTT auth and ACL refusals', async () => {
    const login = await api(t, 'POST', '/api/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } })
    const admin: string = login.body.token
    secrets.add(admin)
    for (const wrong of ['wrong-password-1', 'wrong-password-2', 'wrong-password-3']) {
      secrets.add(wrong)
      await api(t, 'POST', '/api/auth/login', { body: { username: 'admin', password: wrong } })
    }
    secrets.add('operator-pass-1').add('operator-pass-2')
    const created = await api(t, 'POST', '/api/accounts', { token: admin, body: { username: 'olive', password: 'operator-pass-1', role: 'operator' } })
    await api(t, 'PUT', `/api/accounts/${created.body.account.id}/password`, { token: admin, body: { password: 'operator-pass-2' } })
    const olive = await api(t, 'POST', '/api/auth/login', { body: { username: 'olive', password: 'operator-pass-2' } })
    secrets.add(olive.body.token)
    await api(t, 'GET', '/api/auth/me', { headers: { authorization: `Bearer ${olive.body.token}x` } })

    const device = await api(t, 'POST', '/api/devices', { token: admin, body: { id: 'leaky' } })
    secrets.add(device.body.token)
    const rotated = await api(t, 'POST', '/api/devices/leaky/token', { token: admin })
    secrets.add(rotated.body.token)

    expect(await connackCode(t.wsUrl, deviceMqttOptions({ id: 'leaky', token: device.body.token }))).toBe(4)
    expect(await connackCode(t.wsUrl, { clientId: 'ghost', username: 'ghost', password: rotated.body.token })).toBe(5)
    expect(await connackCode(t.wsUrl, operatorMqttOptions('olive', olive.body.token + 'x'))).toBe(4)
    const dev = await connectMqtt(t.wsUrl, deviceMqttOptions({ id: 'leaky', token: rotated.body.token }))
    await dev.publishAsync('devices/other/telemetry', 'x', { qos: 1 })
    await subackCode(dev, '#')
    const op = await connectMqtt(t.wsUrl, operatorMqttOptions('olive', olive.body.token))
    await Promise.all([endMqtt(dev), endMqtt(op)])
    await api(t, 'DELETE', '/api/devices/leaky', { token: admin })

    expect(lines.length).toBeGreaterThan(10)
    expect(lines.some(l => l.includes('mqtt auth refused'))).toBe(true)
    expect(lines.some(l => l.includes('login-rate') || l.includes('rate-limited'))).toBe(true)
    for (const secret of secrets) {
      expect(lines.filter(l => l.includes(secret))).toEqual([])
    }
  })
})

describe('generated admin password (no TETHER_ADMIN_PASSWORD)', () => {
  it('is printed once on a marked stdout line, logged nowhere, stored only hashed, and works', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-bootstrap-'))
    try {
      const first = await spawnHub({ TETHER_DATA_DIR: dataDir, TETHER_LOG_LEVEL: 'trace' })
      const marked = first.logs.filter(l => l.startsWith(GENERATED_PASSWORD_MARKER))
      expect(marked).toHaveLength(1)
      const password = marked[0]!.slice(GENERATED_PASSWORD_MARKER.length).trim()
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/)
      expect(first.logs.filter(l => l.includes(password))).toEqual(marked)
      const res = await fetch(`http://127.0.0.1:${first.port}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }),
      })
      expect(res.status).toBe(200)
      expect(await first.kill()).toBe(0)
      for (const file of readdirSync(dataDir).filter(f => f.startsWith('tether.db'))) {
        expect(readFileSync(path.join(dataDir, file)).includes(password)).toBe(false)
      }
      const second = await spawnHub({ TETHER_DATA_DIR: dataDir })
      expect(second.logs.filter(l => l.startsWith(GENERATED_PASSWORD_MARKER))).toEqual([])
      // main.ts installs its SIGTERM handler just after logging "hub listening": let it get there.
      expect((await fetch(`http://127.0.0.1:${second.port}/healthz`)).status).toBe(200)
      expect(await second.kill()).toBe(0)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
