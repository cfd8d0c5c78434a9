import { describe, it, expect } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Registry } from 'prom-client'
import type { Client, PublishPacket } from 'aedes'
import { BrokerHooks } from '../protocols/mqtt/broker-hooks.js'
import { attachTelemetryIngest } from './ingest.js'
import { BatchWriter } from './batch-writer.js'
import { openSpool } from './spool.js'
import { defaultPayloadLimits } from './payload.js'
import type { Point } from './point.js'
import type { TelemetryStore } from './store.js'
import { createLogger } from '../logger.js'

const NOW = Date.UTC(2026, 10, 25)

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-ingest-'))
  const hooks = new BrokerHooks()
  const accepted: Point[] = []
  const writer = new BatchWriter({ batchSize: 100, flushIntervalMs: 1000, highWater: 1000, retryBaseMs: 10, retryMaxMs: 100 }, {
    store: { kind: 'embedded', target: 'x', write: async () => {} } as unknown as TelemetryStore,
    spool: openSpool(path.join(dir, 'spool')), registry: new Registry(), logger: createLogger('silent'), now: () => NOW,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
  })
  const orig = writer.accept.bind(writer)
  writer.accept = (pts: Point[]) => { accepted.push(...pts); orig(pts) }
  attachTelemetryIngest(hooks, {
    writer, limits: defaultPayloadLimits, now: () => NOW, logger: createLogger('silent'),
    devices: { get: id => id === 'th-1' ? { id, name: 'T', room: 'lab', model: null, createdAt: 0 } : undefined, list: () => [] },
  })
  const publish = (topic: string, payload: string, client: object | null = { id: 'c' }) =>
    hooks.runAfterPublish({ topic, payload: Buffer.from(payload) } as PublishPacket, client as Client | null, undefined)
  const rejected = async (reason: string) => ((await writer.metrics.rejected.get()).values.find(v => v.labels.reason === reason)?.value ?? 0)
  return { accepted, publish, rejected, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

describe('telemetry ingest hook', () => {
  it('turns a device publish into a point tagged with the registry room', () => {
    const t = setup()
    t.publish('devices/th-1/telemetry', '{"temp":21}')
    t.publish('devices/unknown/telemetry', '{"temp":22}')
    expect(t.accepted).toEqual([
      { measurement: 'telemetry', tags: { device: 'th-1', room: 'lab' }, fields: { temp: 21 }, ts: NOW },
      { measurement: 'telemetry', tags: { device: 'unknown' }, fields: { temp: 22 }, ts: NOW },
    ])
    t.cleanup()
  })

  it('ignores other topics, device ids the registry cannot issue and the hub\'s own publishes, and counts bad payloads', async () => {
    const t = setup()
    t.publish('devices/th-1/status', '{"online":true}')
    t.publish('$SYS/x/telemetry', '{"a":1}')
    t.publish('devices/th-1/telemetry', '{"temp":1}', null)
    t.publish('devices/th-1/telemetry', 'oops')
    t.publish('devices/a b/telemetry', '{"temp":1}')
    expect(t.accepted).toEqual([])
    expect(await t.rejected('not_json')).toBe(1)
    t.cleanup()
  })
})
