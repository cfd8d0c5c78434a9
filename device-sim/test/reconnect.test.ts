import { afterEach, describe, expect, it } from '@jest/globals'
import type { TestHub } from '../../hub/test/support/test-hub.js'
import { endMqtt } from '../../hub/test/support/mqtt-client.js'
import type { SimDevice } from '../src/runtime/device.js'
import { observe, on, startOpenHub, testDevice } from './support.js'

let hub: TestHub | null = null
let dev: SimDevice | null = null

afterEach(async () => {
  await dev?.stop()
  await hub?.stop()
})

describe('reconnect', () => {
  it('comes back online by itself after the hub restarts, with its session intact', async () => {
    hub = await startOpenHub({}, true)
    const { port, dataDir } = hub
    dev = testDevice(hub.wsUrl, 'r-1', 'thermostat')
    const offline = new Promise(resolve => dev!.once('offline', resolve))
    dev.start()
    // Waiting for SUBACK, not just CONNACK: aedes crashes if its store closes while it still
    // reads retained messages for a fresh subscription (hub-side issue, reported).
    await new Promise(resolve => dev!.once('subscribed', resolve))

    await hub.stop({ keepData: true })
    await offline
    // A few refused attempts while the hub is away, on the backoff schedule.
    await new Promise(r => setTimeout(r, 700))
    expect(dev.status).not.toBe('online')

    hub = await startOpenHub({ port, dataDir }, true)
    const observer = await observe(hub.wsUrl)
    // Queued for the device while it may still be reconnecting: the persistent session delivers it.
    await observer.client.publishAsync('devices/r-1/commands', JSON.stringify({ id: 'after-restart', name: 'set_setpoint', params: { value: 19 } }), { qos: 1 })
    const r = await observer.waitFor(on('devices/r-1/responses'), 5000)
    expect(JSON.parse(r.text)).toMatchObject({ id: 'after-restart', ok: true })
    await observer.waitFor(on('devices/r-1/telemetry'))
    expect(dev.counters.connects).toBe(2)
    // The hub holds it as online. Asked by a fresh subscriber, because a subscription made while
    // the device publishes its retained status can miss it (aedes stores retained messages
    // asynchronously; seen under load — reported).
    const late = await observe(hub.wsUrl, 'devices/r-1/status')
    await late.waitFor(m => m.retain && m.text === 'online')
    await endMqtt(late.client, true)
    await endMqtt(observer.client, true)
  })
})
