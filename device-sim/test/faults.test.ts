import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestHub } from '../../hub/test/support/test-hub.js'
import { endMqtt } from '../../hub/test/support/mqtt-client.js'
import type { SimDevice } from '../src/runtime/device.js'
import { observe, on, startOpenHub, subscribed, testDevice } from './support.js'

/** Each fault mode, observed the way the hub sees it: through a subscriber on the broker. */
let hub: TestHub
let dev: SimDevice
let observer: Awaited<ReturnType<typeof observe>>

beforeEach(async () => {
  hub = await startOpenHub()
  observer = await observe(hub.wsUrl)
  dev = testDevice(hub.wsUrl, 'f-1', 'pump')
  const ready = subscribed(dev)
  dev.start()
  await ready
})

afterEach(async () => {
  await dev.stop()
  await endMqtt(observer.client, true)
  await hub.stop()
})

const command = (id: string) => observer.client.publishAsync('devices/f-1/commands', JSON.stringify({ id, name: 'identify', params: {} }), { qos: 1 })
const tele = on('devices/f-1/telemetry')

describe('fault injection seen from the hub side', () => {
  it('drop: the socket dies without DISCONNECT, the will publishes offline, the device returns after the outage', async () => {
    const mark = observer.seen.length
    const resubscribed = subscribed(dev)
    dev.injectFault({ mode: 'drop', durationMs: 1500 })
    // The device publishes nothing on a drop: only the hub-side will can say offline.
    const off = await observer.waitFor(on('devices/f-1/status', 'offline'), 3000, mark)
    // The will is retained: a dashboard connecting during the outage learns it too.
    const late = await observe(hub.wsUrl, 'devices/f-1/status')
    await late.waitFor(m => m.retain && m.text === 'offline')
    await endMqtt(late.client, true)
    const back = await observer.waitFor(on('devices/f-1/status', 'online'), 5000, observer.seen.indexOf(off))
    await resubscribed
    expect(back.at - off.at).toBeGreaterThanOrEqual(1000)
    expect(dev.counters.connects).toBe(2)
  })

  it('silent: stays connected but sends no telemetry until the fault ends', async () => {
    await observer.waitFor(tele)
    dev.injectFault({ mode: 'silent', durationMs: 1200 })
    const start = Date.now()
    // Commands still reach it while silent: the session is alive.
    await command('while-silent')
    await observer.waitFor(on('devices/f-1/responses'))
    const resumed = await observer.waitFor(m => tele(m) && m.at >= start + 300, 5000)
    expect(resumed.at - start).toBeGreaterThanOrEqual(1100)
    expect(observer.count(on('devices/f-1/status', 'offline'))).toBe(0)
  })

  it('withhold-responses: the command is delivered but no response comes back', async () => {
    dev.injectFault({ mode: 'withhold-responses', durationMs: 60_000 })
    const delivered = new Promise(resolve => dev.once('command', resolve))
    await command('withheld') // resolves on the device's PUBACK path through the broker
    await delivered
    // Well past the device's 20–40 ms response delay, nothing has come back.
    await new Promise(r => setTimeout(r, 300))
    expect(observer.count(on('devices/f-1/responses'))).toBe(0)
    // Then a normal answer resumes once the fault is cleared: the first answer seen is the second command's.
    dev.clearFaults()
    await command('after')
    const r = await observer.waitFor(on('devices/f-1/responses'))
    expect(JSON.parse(r.text).id).toBe('after')
    expect(observer.count(on('devices/f-1/responses'))).toBe(1)
  })

  it('delay-responses: the answer arrives after the injected delay', async () => {
    dev.injectFault({ mode: 'delay-responses', durationMs: 60_000, delayMs: 800 })
    const sent = Date.now()
    await command('slow')
    const r = await observer.waitFor(on('devices/f-1/responses'), 5000)
    expect(JSON.parse(r.text)).toMatchObject({ id: 'slow', ok: true })
    expect(r.at - sent).toBeGreaterThanOrEqual(800)
  })

  it('burst: telemetry rate jumps far above the normal cadence for the burst duration', async () => {
    await observer.waitFor(tele)
    const before = Date.now()
    await new Promise(r => setTimeout(r, 1000))
    const normal = observer.count(tele, before, before + 1000)
    const start = Date.now()
    dev.injectFault({ mode: 'burst', durationMs: 1000, rate: 100 })
    await new Promise(r => setTimeout(r, 1500))
    const burst = observer.count(tele, start, start + 1000)
    const after = observer.count(tele, start + 1100, start + 1500)
    // Normal cadence is 5/s here (200 ms interval); 100/s for one second is at least 4× that even on a busy machine.
    expect(normal).toBeLessThanOrEqual(6)
    expect(burst).toBeGreaterThan(4 * normal)
    expect(after).toBeLessThanOrEqual(3)
  })
})
