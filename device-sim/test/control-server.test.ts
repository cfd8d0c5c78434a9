import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestHub } from '../../hub/test/support/test-hub.js'
import { endMqtt } from '../../hub/test/support/mqtt-client.js'
import { startControlServer, type ControlServer } from '../src/control-server.js'
import { silentLog } from '../src/log.js'
import { Fleet } from '../src/runtime/fleet.js'
import { observe, on, startOpenHub, subscribed, testDevice } from './support.js'

let hub: TestHub
let fleet: Fleet
let control: ControlServer
let observer: Awaited<ReturnType<typeof observe>>
let base: string

beforeAll(async () => {
  hub = await startOpenHub()
  observer = await observe(hub.wsUrl)
  const devices = [testDevice(hub.wsUrl, 'c-1', 'pump'), testDevice(hub.wsUrl, 'c-2', 'thermostat')]
  const ready = Promise.all(devices.map(d => subscribed(d)))
  fleet = new Fleet(devices, silentLog)
  fleet.start()
  await ready
  control = await startControlServer(fleet, 0, silentLog)
  base = `http://127.0.0.1:${control.port}`
})

afterAll(async () => {
  await control.close()
  await fleet.stop()
  await endMqtt(observer.client, true)
  await hub.stop()
})

const post = (body: unknown) => fetch(`${base}/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) })

describe('control interface on 127.0.0.1', () => {
  it('lists devices with their status and counters', async () => {
    const res = await fetch(`${base}/devices`)
    expect(res.status).toBe(200)
    const { devices } = await res.json() as { devices: Array<Record<string, unknown>> }
    expect(devices.map(d => [d.id, d.model, d.status])).toEqual([['c-1', 'pump', 'online'], ['c-2', 'thermostat', 'online']])
  })

  it('drops one device on POST /faults: the hub fires its will, the other stays up', async () => {
    const mark = observer.seen.length
    const res = await post({ device: 'c-1', mode: 'drop', durationMs: 800 })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ devices: ['c-1'], fault: { mode: 'drop', durationMs: 800 } })
    await observer.waitFor(on('devices/c-1/status', 'offline'), 3000, mark)
    await observer.waitFor(on('devices/c-1/status', 'online'), 5000, mark)
    expect(observer.seen.slice(mark).some(on('devices/c-2/status', 'offline'))).toBe(false)
  })

  it('applies a fault fleet-wide when no device is named, and clears it on DELETE', async () => {
    const res = await post({ mode: 'silent', durationMs: 60_000 })
    expect(await res.json()).toMatchObject({ devices: ['c-1', 'c-2'] })
    const listed = await (await fetch(`${base}/devices`)).json() as { devices: Array<{ faults: Array<{ mode: string }> }> }
    expect(listed.devices.map(d => d.faults.map(f => f.mode))).toEqual([['silent'], ['silent']])
    const del = await fetch(`${base}/faults`, { method: 'DELETE' })
    expect(await del.json()).toEqual({ devices: ['c-1', 'c-2'] })
    const mark = Date.now()
    await observer.waitFor(m => m.topic === 'devices/c-2/telemetry' && m.at >= mark)
  })

  it.each([
    ['an unknown mode', '400 SIM_ERR_VALIDATION', { mode: 'melt' }, 400, 'SIM_ERR_VALIDATION', 'mode must be one of'],
    ['a negative duration', '400 SIM_ERR_VALIDATION', { mode: 'drop', durationMs: -5 }, 400, 'SIM_ERR_VALIDATION', 'durationMs must be an integer'],
    ['a numeric device', '400 SIM_ERR_VALIDATION', { mode: 'drop', device: 7 }, 400, 'SIM_ERR_VALIDATION', 'device must be a device id string'],
    ['an unknown device', '404 SIM_ERR_UNKNOWN_DEVICE', { mode: 'drop', device: 'ghost' }, 404, 'SIM_ERR_UNKNOWN_DEVICE', 'no simulated device "ghost"'],
    ['invalid JSON', '400 SIM_ERR_VALIDATION', '{not json', 400, 'SIM_ERR_VALIDATION', 'body is not valid JSON'],
    ['a 20 kB body', '413 SIM_ERR_TOO_LARGE', 'x'.repeat(20_000), 413, 'SIM_ERR_TOO_LARGE', 'body over 16384 bytes'],
  ])('refuses %s (%s) and changes nothing', async (_label, _expect, body, status, code, message) => {
    const res = await post(body)
    expect(res.status).toBe(status)
    const json = await res.json() as { error: { code: string; message: string } }
    expect(json.error.code).toBe(code)
    expect(json.error.message).toContain(message)
    expect(fleet.list().every(d => d.faults.length === 0)).toBe(true)
  })

  it.each([
    ['GET', '/faults', 405],
    ['POST', '/devices', 405],
    ['GET', '/nope', 404],
  ])('%s %s → %d', async (method, path, status) => {
    expect((await fetch(base + path, { method })).status).toBe(status)
  })
})
