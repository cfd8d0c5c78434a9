import type { Aedes } from 'aedes'
import type { BrokerHooks } from '../protocols/mqtt/broker-hooks.js'
import { deviceTopic } from '@tether/protocol'
import { parseDeviceMeta, type MetaParse } from './device-meta.js'

export const metaTopic = (deviceId: string) => deviceTopic(deviceId, 'meta')

/** The parsed retained `meta` of each device: `undefined` = the device never published one. */
export interface MetaLookup {
  get(deviceId: string): Promise<MetaParse | undefined>
}

/**
 * Keeps each device's parsed meta, refreshed by its own publishes on `devices/{id}/meta`; a device
 * not seen since the hub started is read once from the broker's retained store (survives restarts).
 */
export function createMetaCache(broker: Aedes, hooks: BrokerHooks, opts: { cache?: boolean } = {}): MetaLookup & { stop(): void; forget(id: string): void } {
  const caching = opts.cache !== false
  const cache = new Map<string, MetaParse | undefined>()
  let listening = true
  hooks.afterPublish('meta', function onMeta({ packet, principal, topic }) {
    if (!listening || principal?.kind !== 'device' || topic.deviceId !== principal.id || !packet.retain) return
    // An empty retained payload clears the retained meta [MQTT-3.3.1-10].
    cache.set(principal.id, packet.payload.length === 0 ? undefined : parseDeviceMeta(packet.payload as Buffer))
  })
  async function readRetained(deviceId: string): Promise<MetaParse | undefined> {
    const persistence = (broker as unknown as { persistence: { createRetainedStream(p: string): AsyncIterable<{ payload: Buffer }> } }).persistence
    for await (const packet of persistence.createRetainedStream(metaTopic(deviceId))) {
      if (packet.payload.length > 0) return parseDeviceMeta(packet.payload)
    }
    return undefined
  }
  return {
    async get(deviceId) {
      if (!caching) return readRetained(deviceId)
      if (cache.has(deviceId)) return cache.get(deviceId)
      const meta = await readRetained(deviceId)
      // A publish may have landed while reading: it is newer, keep it.
      if (!cache.has(deviceId)) cache.set(deviceId, meta)
      return cache.get(deviceId)
    },
    forget(id) { cache.delete(id) },
    stop() { listening = false },
  }
}
