import { describe, it, expect } from '@jest/globals'
import { startTestHub } from './support/test-hub.js'
import { connectMqtt, nextMessage, endMqtt } from './support/mqtt-client.js'
import { openAccess } from '../src/protocols/mqtt/access.js'

describe('MQTT state survives a hub restart (embedded LevelDB persistence)', () => {
  it('delivers a QoS 1 message queued for an offline persistent session after a restart', async () => {
    const first = await startTestHub({}, { access: openAccess })
    const device = await connectMqtt(first.wsUrl, { clientId: 'sleepy', clean: false })
    await device.subscribeAsync('devices/sleepy/commands', { qos: 1 })
    await endMqtt(device)

    const hubSide = await connectMqtt(first.wsUrl, { clientId: 'sender' })
    await hubSide.publishAsync('devices/sleepy/commands', 'reboot', { qos: 1 })
    await hubSide.publishAsync('devices/sleepy/meta', 'retained-meta', { qos: 1, retain: true })
    await endMqtt(hubSide)
    await first.stop({ keepData: true })

    const second = await startTestHub({ dataDir: first.dataDir }, { access: openAccess })
    try {
      const back = await connectMqtt(second.wsUrl, { clientId: 'sleepy', clean: false, manualConnect: false })
      expect(back.connected).toBe(true)
      const queued = await nextMessage(back, 'devices/sleepy/commands')
      expect(queued.payload.toString()).toBe('reboot')
      expect(queued.qos).toBe(1)

      const reader = await connectMqtt(second.wsUrl, { clientId: 'reader' })
      const retained = nextMessage(reader, 'devices/sleepy/meta')
      await reader.subscribeAsync('devices/sleepy/meta')
      expect((await retained).payload.toString()).toBe('retained-meta')
      await Promise.all([endMqtt(back), endMqtt(reader)])
    } finally {
      await second.stop()
    }
  })
})
