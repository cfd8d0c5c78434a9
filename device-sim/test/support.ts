import type { MqttClient } from 'mqtt'
import { openAccess } from '../../hub/src/protocols/mqtt/access.js'
import { startTestHub, type TestHub } from '../../hub/test/support/test-hub.js'
import { connectMqtt } from '../../hub/test/support/mqtt-client.js'
import { seededRandom } from '../src/random.js'
import { createLog } from '../src/log.js'
import { SimDevice, type SimDeviceOptions } from '../src/runtime/device.js'
import { models, type ModelName } from '../src/models/index.js'
import type { HubConfig } from '../../hub/src/config.js'

export interface Seen { topic: string; text: string; retain: boolean; at: number }

/**
 * A hub with open MQTT access, so a test client can play the hub's part on device topics.
 * Sessions and retained messages stay in memory unless a test restarts the hub (`persist`):
 * aedes crashes if its LevelDB closes while it still iterates retained messages for a
 * subscription, which a hub stopped right after a (re)subscribe can hit (hub-side issue, reported).
 */
export function startOpenHub(overrides: Partial<HubConfig> = {}, persist = false): Promise<TestHub> {
  return startTestHub(overrides, { access: openAccess, persistMqtt: persist })
}

/** A subscriber that records everything on `filter`, and waits (bounded) for what it needs. */
export async function observe(url: string, filter = 'devices/#') {
  const client: MqttClient = await connectMqtt(url, { clientId: `observer-${Math.random().toString(36).slice(2, 8)}` })
  const seen: Seen[] = []
  client.on('message', (topic, payload, packet) => seen.push({ topic, text: payload.toString(), retain: packet.retain, at: Date.now() }))
  await client.subscribeAsync(filter, { qos: 1 })
  return {
    client,
    seen,
    /** Resolves with the first recorded message (from `since`) matching; rejects after `timeoutMs`. */
    waitFor(match: (m: Seen) => boolean, timeoutMs = 5000, since = 0): Promise<Seen> {
      return new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs
        const poll = () => {
          const hit = seen.slice(since).find(match)
          if (hit) return resolve(hit)
          if (Date.now() > deadline) return reject(new Error(`not seen within ${timeoutMs} ms; saw ${seen.length} messages: ${seen.slice(-5).map(m => `${m.topic}=${m.text.slice(0, 60)}`).join(' | ')}`))
          setTimeout(poll, 20)
        }
        poll()
      })
    },
    count(match: (m: Seen) => boolean, from = 0, to = Infinity): number {
      return seen.filter(m => m.at >= from && m.at < to && match(m)).length
    },
  }
}

/** Fast settings so tests take seconds: telemetry every 200 ms, short backoff, quick responses. */
export function testDevice(url: string, id: string, model: ModelName, extra: Partial<SimDeviceOptions> = {}): SimDevice {
  return new SimDevice({
    id, token: 'unused-with-open-access', url, model: models[model],
    rng: seededRandom(1), intervalMs: 200, keepaliveS: 5, responseDelayMs: [20, 40], rebootMs: 300,
    backoff: { initialMs: 100, maxMs: 1000, factor: 2, jitter: 0.5 },
    ...(process.env.SIM_TEST_LOG ? { log: createLog('debug') } : {}),
    ...extra,
  })
}

export const on = (topic: string, text?: string) => (m: Seen) => m.topic === topic && (text === undefined || m.text === text)

/** Resolves once the device holds its commands subscription (SUBACK), i.e. it can take commands. */
export function subscribed(device: SimDevice, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${device.id} did not subscribe within ${timeoutMs} ms`)), timeoutMs)
    device.once('subscribed', () => { clearTimeout(t); resolve() })
  })
}
