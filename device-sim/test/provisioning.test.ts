import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../../hub/test/support/test-hub.js'
import { adminToken, api, operatorMqttOptions } from '../../hub/test/support/identity.js'
import { connectMqtt, endMqtt } from '../../hub/test/support/mqtt-client.js'
import { silentLog } from '../src/log.js'
import { models } from '../src/models/index.js'
import { planFleet } from '../src/provisioning/fleet-plan.js'
import { createHubApi } from '../src/provisioning/hub-api.js'
import { provisionFleet, type ProvisionOptions } from '../src/provisioning/provision.js'
import { seededRandom } from '../src/random.js'
import { SimDevice } from '../src/runtime/device.js'
import { subscribed } from './support.js'

/** Provisioning against a real hub with the real identity module (REST, MQTT auth + ACL). */
let hub: TestHub
let dir: string
const fleet = planFleet({ count: 4, prefix: 'prov', rooms: ['lab', 'office'] })

beforeAll(async () => {
  hub = await startTestHub()
  dir = mkdtempSync(path.join(tmpdir(), 'sim-prov-'))
})
afterAll(async () => { await hub.stop() })

function opts(file: string, extra: Partial<ProvisionOptions> = {}): ProvisionOptions {
  return {
    api: createHubApi(hub.httpUrl), apiUrl: hub.httpUrl, credentialsFile: file, devices: fleet,
    adminUser: 'admin', adminPassword: TEST_ADMIN_PASSWORD, log: silentLog, ...extra,
  }
}

const tokensIn = (file: string) => Object.fromEntries(Object.entries(JSON.parse(readFileSync(file, 'utf8')).hubs[hub.httpUrl].devices).map(([id, c]) => [id, (c as { token: string }).token]))

describe('provisioning through the hub REST API', () => {
  const file = () => path.join(dir, 'creds.json')

  it('registers every device once, with room and model, and caches the tokens in a 0600 file', async () => {
    const report = await provisionFleet(opts(file()))
    expect(report.created).toEqual(fleet.map(d => d.id))
    expect(statSync(file()).mode & 0o777).toBe(0o600)
    expect(Object.keys(tokensIn(file()))).toEqual(fleet.map(d => d.id))
    const { body } = await api(hub, 'GET', '/api/devices', { token: await adminToken(hub) })
    expect(body.devices.map((d: { id: string; room: string; model: string }) => [d.id, d.room, d.model]))
      .toEqual(expect.arrayContaining(fleet.map(d => [d.id, d.room, d.model])))
  })

  it('re-running reuses the same devices and tokens instead of failing', async () => {
    const before = tokensIn(file())
    const report = await provisionFleet(opts(file()))
    expect(report).toMatchObject({ created: [], rotated: [], reused: fleet.map(d => d.id) })
    expect(tokensIn(file())).toEqual(before)
    expect(report.devices.map(d => d.token)).toEqual(fleet.map(d => before[d.id]))
  })

  it('rotates the token of a device the hub knows but this credentials file does not', async () => {
    const other = path.join(dir, 'other.json')
    const old = tokensIn(file())
    const report = await provisionFleet(opts(other, { devices: fleet.slice(0, 1), adminPassword: undefined, adminToken: await adminToken(hub) }))
    expect(report.rotated).toEqual([fleet[0]!.id])
    expect(tokensIn(other)[fleet[0]!.id]).not.toBe(old[fleet[0]!.id])
    // The first file's token for that device is now stale; --rotate-tokens repairs it.
    const repaired = await provisionFleet(opts(file(), { rotate: true }))
    expect(repaired.rotated).toEqual(fleet.map(d => d.id))
  })

  it('re-creates a device deleted on the hub although its token is cached', async () => {
    const admin = await adminToken(hub)
    expect((await api(hub, 'DELETE', `/api/devices/${fleet[1]!.id}`, { token: admin })).status).toBe(204)
    const report = await provisionFleet(opts(file()))
    expect(report.created).toEqual([fleet[1]!.id])
    expect(report.reused).toHaveLength(3)
  })

  it('runs from the credentials file alone without admin credentials, and names what is missing', async () => {
    const report = await provisionFleet(opts(file(), { adminPassword: undefined }))
    expect(report.reused).toHaveLength(4)
    await expect(provisionFleet(opts(path.join(dir, 'empty.json'), { adminPassword: undefined })))
      .rejects.toThrow('no token for 4 device(s) (prov-thermostat-01, prov-power-meter-01, prov-door-sensor-01, …)')
  })

  it('says what to fix when the admin password is wrong', async () => {
    await expect(provisionFleet(opts(path.join(dir, 'x.json'), { adminPassword: 'wrong-password' })))
      .rejects.toThrow(/POST \/api\/auth\/login → 401 .*check the admin user name and password/)
  })

  it('provisioned devices pass MQTT auth and the ACL: an operator sees their status, meta and telemetry', async () => {
    const report = await provisionFleet(opts(file()))
    const admin = await adminToken(hub)
    const watcher = await connectMqtt(hub.wsUrl, operatorMqttOptions('admin', admin))
    const seen = new Set<string>()
    watcher.on('message', (topic, payload) => seen.add(`${topic}=${topic.endsWith('/status') ? payload.toString() : ''}`))
    await watcher.subscribeAsync(['devices/+/status', 'devices/+/meta', 'devices/+/telemetry'], { qos: 1 })
    const devices = report.devices.map((d, i) => new SimDevice({ id: d.id, token: d.token, url: hub.wsUrl, model: models[d.model], rng: seededRandom(i), intervalMs: 200 }))
    try {
      const ready = Promise.all(devices.map(d => subscribed(d)))
      for (const d of devices) d.start()
      await ready
      const want = fleet.flatMap(d => [`devices/${d.id}/status=online`, `devices/${d.id}/meta=`, `devices/${d.id}/telemetry=`])
      const deadline = Date.now() + 5000
      while (!want.every(w => seen.has(w)) && Date.now() < deadline) await new Promise(r => setTimeout(r, 50))
      expect(want.filter(w => !seen.has(w))).toEqual([])
    } finally {
      // A failure must not leave reconnect timers running into the next test file.
      await Promise.all(devices.map(d => d.stop()))
      await endMqtt(watcher, true)
    }
  })
})
