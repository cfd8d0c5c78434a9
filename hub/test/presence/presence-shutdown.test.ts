import { describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { api, createOperator, operatorMqttOptions, provisionDevice } from '../support/identity.js'
import { connectMqtt, endMqtt, nextMessage } from '../support/mqtt-client.js'
import { startTestDevice } from '../support/test-device.js'
import { waitFor } from '../support/free-port.js'

/** The retained presence of a device as a new MQTT subscriber gets it. */
async function retainedPresence(th: TestHub, deviceId: string) {
  const dora = th.hub.services.operators.getByUsername('dora')
  const token = dora ? (await th.hub.services.tokens.issue(dora)).token : (await createOperator(th, 'dora', 'viewer')).token
  const dash = await connectMqtt(th.wsUrl, operatorMqttOptions('dora', token))
  try {
    const retained = nextMessage(dash, `devices/${deviceId}/presence`)
    await dash.subscribeAsync(`devices/${deviceId}/presence`, { qos: 0 })
    return JSON.parse((await retained).payload.toString())
  } finally {
    await endMqtt(dash)
  }
}

describe('device presence across a hub restart', () => {
  it('stores the retained presence of a device that went offline just before the hub stopped', async () => {
    const first = await startTestHub()
    const dev = await startTestDevice(first.wsUrl, provisionDevice(first, 'door-7'))
    await waitFor(async () => first.hub.services.presence.of('door-7').state === 'online', 5000, 'the device online')
    // The hub stops in the same turn as it publishes the retained `offline`: the shutdown waits for it.
    const stopped = new Promise<void>(resolve => first.hub.services.presence.onChange(({ deviceId, change }) => {
      if (deviceId === 'door-7' && change.state === 'offline') resolve(first.stop({ keepData: true }))
    }))
    await dev.disconnect()
    await stopped

    const th = await startTestHub({ dataDir: first.dataDir })
    try {
      expect(await retainedPresence(th, 'door-7')).toMatchObject({ state: 'offline', reason: 'clean_disconnect' })
    } finally {
      await th.stop()
    }
  })

  it('replaces a retained "online" left by the hub before it stopped with offline since the restart, keeping when the device was last seen', async () => {
    const first = await startTestHub()
    const creds = provisionDevice(first, 'door-8')
    const dev = await startTestDevice(first.wsUrl, creds)
    await waitFor(async () => first.hub.services.presence.of('door-8').state === 'online', 5000, 'the device online')
    // The retained presence is republished on each change, so its lastSeen is the last change's.
    const seen = (await retainedPresence(first, 'door-8')).lastSeen
    expect(seen).toEqual(expect.any(Number))
    // The hub stops with the device connected: a shutdown is not reported as the device gone, so
    // the retained presence still says online; the device does not come back.
    await first.stop({ keepData: true })
    await dev.disconnect().catch(() => {})

    const th = await startTestHub({ dataDir: first.dataDir })
    try {
      const view = await retainedPresence(th, 'door-8')
      expect(view).toMatchObject({ state: 'offline', reason: 'never_connected', lastSeen: seen })
      const { token } = await createOperator(th, 'otto', 'viewer')
      const listed = await api(th, 'GET', '/api/devices/door-8', { token })
      expect(listed.body.device.presence).toMatchObject({ state: 'offline', reason: 'never_connected', lastSeen: seen, since: view.since })

      // A device back before the check keeps its own presence.
      const again = await startTestDevice(th.wsUrl, creds)
      await waitFor(async () => th.hub.services.presence.of('door-8').state === 'online', 5000, 'the device online again')
      expect(await retainedPresence(th, 'door-8')).toMatchObject({ state: 'online', reason: 'connected' })
      await again.disconnect()
    } finally {
      await th.stop()
    }
  })
})
