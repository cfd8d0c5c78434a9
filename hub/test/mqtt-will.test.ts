import { it, expect } from '@jest/globals'
import { startTestHub } from './support/test-hub.js'
import { connectMqtt, nextMessage } from './support/mqtt-client.js'
import { openAccess } from '../src/protocols/mqtt/access.js'

// Regression: the hub's QoS 0 presence publish overtook a dropped device's QoS 1 will and aedes'
// per-broker dedupe then discarded the will for persistent subscribers (see broker-presence.ts).
it.each([[true], [false]])('publishes the last will of a dropped device while presence is tracked (LevelDB persistence: %s)', async (persist) => {
  const t = await startTestHub({}, { access: openAccess, persistMqtt: persist })
  const watcher = await connectMqtt(t.wsUrl, { clientId: 'obs' })
  await watcher.subscribeAsync('devices/#', { qos: 1 })
  const d = await connectMqtt(t.wsUrl, { clientId: 'w-1', clean: false, will: { topic: 'devices/w-1/status', payload: Buffer.from('offline'), qos: 1, retain: true } } as never)
  // Listening first: subscribers may get the message before its publisher gets the PUBACK.
  const online = nextMessage(watcher, 'devices/w-1/status')
  await d.publishAsync('devices/w-1/status', 'online', { qos: 1, retain: true })
  await online
  const will = nextMessage(watcher, 'devices/w-1/status')
  ;(d.stream as unknown as { destroy(): void }).destroy()
  expect((await will).payload.toString()).toBe('offline')
  d.end(true); watcher.end(true)
  await t.stop()
})
