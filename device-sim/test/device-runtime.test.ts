import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import net from 'node:net'
import type { TestHub } from '../../hub/test/support/test-hub.js'
import { endMqtt } from '../../hub/test/support/mqtt-client.js'
import type { SimDevice } from '../src/runtime/device.js'
import { observe, on, startOpenHub, subscribed, testDevice } from './support.js'

let hub: TestHub
let devices: SimDevice[] = []
let observer: Awaited<ReturnType<typeof observe>>

beforeEach(async () => {
  hub = await startOpenHub()
  observer = await observe(hub.wsUrl)
})

afterEach(async () => {
  await Promise.all(devices.map(d => d.stop()))
  devices = []
  await endMqtt(observer.client, true)
  await hub.stop()
})

function device(...args: Parameters<typeof testDevice> extends [string, ...infer R] ? R : never): SimDevice {
  const d = testDevice(hub.wsUrl, ...args)
  devices.push(d)
  d.start()
  return d
}

describe('device runtime over ws://…/ws', () => {
  it('publishes retained online status and meta, then telemetry', async () => {
    await subscribed(device('t-1', 'thermostat'))
    const meta = await observer.waitFor(on('devices/t-1/meta'))
    expect(JSON.parse(meta.text)).toMatchObject({ model: 'thermostat', commands: { set_setpoint: { params: { value: { type: 'number', min: 5, max: 30 } } } } })
    const t = await observer.waitFor(on('devices/t-1/telemetry'))
    expect(JSON.parse(t.text)).toMatchObject({ setpoint: 21, heating: expect.any(Boolean), temperature: expect.any(Number), ts: expect.any(Number) })
    // A late subscriber still learns status and meta: both are retained.
    const late = await observe(hub.wsUrl, 'devices/t-1/+')
    await late.waitFor(m => m.topic === 'devices/t-1/meta' && m.retain)
    await late.waitFor(m => m.topic === 'devices/t-1/status' && m.retain && m.text === 'online')
    await endMqtt(late.client, true)
  })

  it('answers a command on responses and its telemetry reflects the change', async () => {
    await subscribed(device('t-2', 'thermostat'))
    await observer.client.publishAsync('devices/t-2/commands', JSON.stringify({ id: 'c-1', name: 'set_setpoint', params: { value: 25 }, issuedBy: 'test', expiresAt: Date.now() + 60_000 }), { qos: 1 })
    const r = await observer.waitFor(on('devices/t-2/responses'))
    expect(JSON.parse(r.text)).toEqual({ id: 'c-1', ok: true, result: { setpoint: 25, previous: 21 } })
    const idx = observer.seen.indexOf(r)
    await observer.waitFor(m => m.topic === 'devices/t-2/telemetry' && JSON.parse(m.text).setpoint === 25 && JSON.parse(m.text).heating === true, 3000, idx)
  })

  it('executes a redelivered command once and repeats the same answer', async () => {
    await subscribed(device('t-3', 'thermostat'))
    const cmd = JSON.stringify({ id: 'dup', name: 'set_setpoint', params: { value: 24 } })
    await observer.client.publishAsync('devices/t-3/commands', cmd, { qos: 1 })
    const first = await observer.waitFor(on('devices/t-3/responses'))
    await observer.client.publishAsync('devices/t-3/commands', cmd, { qos: 1 })
    const second = await observer.waitFor(on('devices/t-3/responses'), 5000, observer.seen.indexOf(first) + 1)
    expect(JSON.parse(second.text)).toEqual({ id: 'dup', ok: true, result: { setpoint: 24, previous: 21 } })
    expect(second.text).toBe(first.text)
  })

  it('answers bad params with ok:false and the reason', async () => {
    await subscribed(device('p-1', 'pump'))
    await observer.client.publishAsync('devices/p-1/commands', JSON.stringify({ id: 'c-2', name: 'set_speed', params: { value: 150 } }), { qos: 1 })
    const r = await observer.waitFor(on('devices/p-1/responses'))
    expect(JSON.parse(r.text)).toEqual({ id: 'c-2', ok: false, error: 'parameter "value" must be at most 100' })
  })

  it('receives a command queued while it was away (persistent session)', async () => {
    const first = device('d-1', 'door-sensor')
    await subscribed(first)
    await first.stop()
    await observer.waitFor(on('devices/d-1/status', 'offline'))
    await observer.client.publishAsync('devices/d-1/commands', JSON.stringify({ id: 'c-3', name: 'set_sensitivity', params: { level: 'high' } }), { qos: 1 })
    device('d-1', 'door-sensor')
    const r = await observer.waitFor(on('devices/d-1/responses'))
    expect(JSON.parse(r.text)).toEqual({ id: 'c-3', ok: true, result: { sensitivity: 'high' } })
  })

  it('ignores an expired command', async () => {
    const d = device('p-2', 'pump')
    await subscribed(d)
    const got = new Promise(resolve => d.once('command', resolve))
    await observer.client.publishAsync('devices/p-2/commands', JSON.stringify({ id: 'old', name: 'stop', params: {}, expiresAt: Date.now() - 1 }), { qos: 1 })
    await got
    await observer.client.publishAsync('devices/p-2/commands', JSON.stringify({ id: 'new', name: 'identify', params: {} }), { qos: 1 })
    const r = await observer.waitFor(on('devices/p-2/responses'))
    expect(JSON.parse(r.text).id).toBe('new')
    expect(observer.count(on('devices/p-2/responses'))).toBe(1)
  })

  it('reboots on command: responds, goes offline cleanly, comes back online', async () => {
    const d = device('m-1', 'power-meter')
    await subscribed(d)
    const resubscribed = subscribed(d, 8000)
    await observer.client.publishAsync('devices/m-1/commands', JSON.stringify({ id: 'c-4', name: 'reboot', params: {} }), { qos: 1 })
    const r = await observer.waitFor(on('devices/m-1/responses'))
    expect(JSON.parse(r.text)).toEqual({ id: 'c-4', ok: true, result: { rebooting: true } })
    const idx = observer.seen.indexOf(r)
    const off = await observer.waitFor(on('devices/m-1/status', 'offline'), 3000, idx)
    await observer.waitFor(on('devices/m-1/status', 'online'), 3000, observer.seen.indexOf(off))
    await resubscribed
  })

  it('stops cleanly with a retained offline status', async () => {
    const d = device('p-3', 'pump')
    await subscribed(d)
    await d.stop()
    await observer.waitFor(on('devices/p-3/status', 'offline'))
    expect(d.status).toBe('stopped')
  })
})

describe('transport by URL scheme', () => {
  it('speaks plain TCP for mqtt:// exactly as over ws://', async () => {
    const port = await new Promise<number>((resolve, reject) => {
      const s = net.createServer().on('error', reject).listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)) })
    })
    const tcpHub = await startOpenHub({ mqttTcpPort: port })
    const watcher = await observe(tcpHub.wsUrl)
    const d = testDevice(`mqtt://127.0.0.1:${port}`, 'tcp-1', 'pump')
    const ready = subscribed(d)
    d.start()
    try {
      await ready
      await watcher.client.publishAsync('devices/tcp-1/commands', JSON.stringify({ id: 'c-tcp', name: 'set_speed', params: { value: 70 } }), { qos: 1 })
      const r = await watcher.waitFor(on('devices/tcp-1/responses'))
      expect(JSON.parse(r.text)).toEqual({ id: 'c-tcp', ok: true, result: { targetSpeed: 70, running: true } })
    } finally {
      await d.stop()
      await endMqtt(watcher.client, true)
      await tcpHub.stop()
    }
  })
})
