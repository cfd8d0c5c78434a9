import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { storedPoints } from './stored-points.js'
import { spawnHub, type HubProcess } from '../support/spawn-hub.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'

const ADMIN_PASSWORD = 'flush-admin-password'
let proc: HubProcess | null = null
let dataDir = ''
afterEach(async () => {
  await proc?.kill('SIGKILL')
  proc = null
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('SIGTERM with the store up (npm start, embedded store)', () => {
  it('writes the points still waiting for their flush before the process exits', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tether-flush-'))
    // A flush interval far beyond the test: only the shutdown flush can write these points.
    proc = await spawnHub({ TETHER_DATA_DIR: dataDir, TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, TETHER_TELEMETRY_FLUSH_MS: '600000' })
    const base = `http://127.0.0.1:${proc.port}/api`
    const { token } = await (await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) })).json() as { token: string }
    const created = await (await fetch(`${base}/devices`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ id: 'fl-1' }) })).json() as { token: string }
    const dev = await connectMqtt(`ws://127.0.0.1:${proc.port}/ws`, { clientId: 'fl-1', username: 'fl-1', password: created.token, protocolVersion: 4 })
    const t0 = Date.now() - 5000
    for (let i = 0; i < 5; i++) await dev.publishAsync('devices/fl-1/telemetry', JSON.stringify({ seq: i, ts: t0 + i }), { qos: 1 })
    await endMqtt(dev)
    expect(await proc.kill('SIGTERM')).toBe(0)
    const rows = storedPoints(path.join(dataDir, 'telemetry.db'), 'fl-1').filter(r => r.fields.seq !== undefined).map(r => ({ ts: r.ts, num: r.fields.seq }))
    expect(rows).toEqual([0, 1, 2, 3, 4].map(i => ({ ts: t0 + i, num: i })))
  })
})
