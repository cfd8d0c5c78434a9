import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { MqttClient } from 'mqtt'
import { repoRoot } from '../../hub/test/support/spawn-hub.js'
import { startTestHub, TEST_ADMIN_PASSWORD, type TestHub } from '../../hub/test/support/test-hub.js'
import { adminToken, api, operatorMqttOptions } from '../../hub/test/support/identity.js'
import { connectMqtt, endMqtt } from '../../hub/test/support/mqtt-client.js'

/** The built entry points as people run them: `npm run sim` (dist/cli.js) and `npm run demo` (dist/demo.js). */
const cli = path.join(repoRoot, 'device-sim/dist/cli.js')
const demo = path.join(repoRoot, 'device-sim/dist/demo.js')

let child: ChildProcess | null = null
let hub: TestHub | null = null
let watcher: MqttClient | null = null
const dirs: string[] = []

afterEach(async () => {
  if (watcher) await endMqtt(watcher, true)
  if (child && child.exitCode === null) { child.kill('SIGKILL'); await exitOf(child) }
  await hub?.stop()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
  child = hub = watcher = null
})

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'sim-proc-'))
  dirs.push(d)
  return d
}

function run(file: string, args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let out = ''
  const c = spawn(process.execPath, [file, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  c.stdout!.on('data', d => { out += d })
  c.stderr!.on('data', d => { out += d })
  child = c
  return { child: c, output: () => out }
}

function exitOf(c: ChildProcess): Promise<number | null> {
  return c.exitCode !== null ? Promise.resolve(c.exitCode) : new Promise(resolve => c.once('exit', code => resolve(code)))
}

/** Retained + live statuses seen by an operator, latest per device. */
async function watchStatuses(wsUrl: string, token: string): Promise<Map<string, string>> {
  const statuses = new Map<string, string>()
  watcher = await connectMqtt(wsUrl, operatorMqttOptions('admin', token, `watch-${Date.now()}`))
  watcher.on('message', (topic, payload) => statuses.set(topic.split('/')[1]!, payload.toString()))
  await watcher.subscribeAsync('devices/+/status', { qos: 1 })
  return statuses
}

async function until(cond: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what()}`)
    await new Promise(r => setTimeout(r, 50))
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)) })
  })
}

describe('npm run sim', () => {
  it('provisions and runs a fleet, then on SIGINT every device goes offline cleanly and it exits 0', async () => {
    hub = await startTestHub()
    const statuses = await watchStatuses(hub.wsUrl, await adminToken(hub))
    const p = run(cli, ['--devices', '3', '--hub', hub.wsUrl, '--credentials', path.join(tempDir(), 'c.json'), '--interval', '500ms'], { TETHER_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD })
    const online = () => [...statuses.values()].filter(s => s === 'online').length
    await until(() => online() === 3, 15_000, () => `${online()}/3 online; output:\n${p.output()}`)
    p.child.kill('SIGINT')
    expect(await exitOf(p.child)).toBe(0)
    await until(() => [...statuses.values()].every(s => s === 'offline'), 5000, () => JSON.stringify([...statuses]))
    expect(p.output()).toContain('fleet stopped')
  })

  it('stops by itself after --duration', async () => {
    hub = await startTestHub()
    const p = run(cli, ['--devices', '1', '--hub', hub.wsUrl, '--credentials', path.join(tempDir(), 'c.json'), '--duration', '1500ms'], { TETHER_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD })
    expect(await exitOf(p.child)).toBe(0)
    expect(p.output()).toMatch(/stopping fleet why=duration reached/)
  })

  it('refuses a bad flag with exit code 64 and the reason', async () => {
    const p = run(cli, ['--devices', 'many'], {})
    expect(await exitOf(p.child)).toBe(64)
    expect(p.output()).toContain('--devices "many" must be a whole number between 1 and 10000')
  })
})

describe('npm run demo', () => {
  it('starts the hub and a fleet that is online in the hub within seconds with telemetry stored, prints the login, exits 0 on SIGTERM', async () => {
    const dataDir = tempDir()
    const port = await freePort()
    const p = run(demo, [], { TETHER_PORT: String(port), TETHER_DATA_DIR: dataDir, TETHER_SIM_CONTROL_PORT: '0' })
    await until(() => /Tether demo is up/.test(p.output()), 25_000, () => p.output())
    const password = readFileSync(path.join(dataDir, 'demo-admin-password'), 'utf8').trim()
    expect(p.output()).toContain(`Password    ${password}`)
    expect(p.output()).toContain(`Dashboard   http://localhost:${port}/`)
    expect(p.output()).toMatch(/12\/12 simulated devices online/)

    // The hub's own view: the registry holds the fleet, and an operator sees every device online.
    const t = { httpUrl: `http://127.0.0.1:${port}` } as TestHub
    const login = await api(t, 'POST', '/api/auth/login', { body: { username: 'admin', password } })
    expect(login.status).toBe(200)
    const devices = await api(t, 'GET', '/api/devices', { token: login.body.token })
    const ids = devices.body.devices.map((d: { id: string }) => d.id)
    expect(ids).toHaveLength(12)
    expect(new Set(devices.body.devices.map((d: { model: string }) => d.model))).toEqual(new Set(['thermostat', 'power-meter', 'door-sensor', 'pump']))
    const statuses = await watchStatuses(`ws://127.0.0.1:${port}/ws`, login.body.token)
    await until(() => ids.every((id: string) => statuses.get(id) === 'online'), 5000, () => JSON.stringify([...statuses]))
    await endMqtt(watcher!, true)
    watcher = null
    // Telemetry reaches the embedded store (power meters report every 2 s).
    let points: unknown[] = []
    for (let i = 0; i < 60 && points.length === 0; i++) {
      const r = await api(t, 'GET', '/api/devices/sim-power-meter-01/telemetry?field=watts&agg=last', { token: login.body.token })
      points = r.body?.points ?? []
      if (points.length === 0) await new Promise(res => setTimeout(res, 250))
    }
    expect(points.length).toBeGreaterThan(0)

    p.child.kill('SIGTERM')
    expect(await exitOf(p.child)).toBe(0)
  })
})
