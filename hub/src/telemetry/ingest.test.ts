import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Registry } from 'prom-client'
import type { Client, PublishPacket } from 'aedes'
import { attachTelemetryIngest } from './ingest.js'
import { BrokerHooks } from '../protocols/mqtt/broker-hooks.js'
import { BatchWriter } from './batch-writer.js'
import { openJournal, type Journal } from './journal.js'
import { defaultPayloadLimits } from './payload.js'
import type { Point } from './point.js'
import type { TelemetryStore } from './store.js'
import { createLogger } from '../logger.js'

const NOW = Date.UTC(2026, 10, 25)
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => { for (const c of cleanups.splice(0)) await c() })

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-ingest-'))
  const journal: Journal = openJournal(path.join(dir, 'journal'))
  const accepted: Point[] = []
  const writer = new BatchWriter({ batchSize: 100, flushIntervalMs: 1000, retryBaseMs: 10, retryMaxMs: 100 }, {
    store: { kind: 'embedded', target: 'x', write: async () => {} } as unknown as TelemetryStore,
    journal, registry: new Registry(), logger: createLogger('silent'), now: () => NOW,
    timers: { setTimeout: () => 0, clearTimeout: () => {} },
  })
  const orig = writer.accept.bind(writer)
  writer.accept = (pts: Point[]) => { accepted.push(...pts); return orig(pts) }
  const hooks = new BrokerHooks()
  attachTelemetryIngest(hooks, {
    writer, limits: defaultPayloadLimits, now: () => NOW, logger: createLogger('silent'),
    devices: { get: (id: string) => id === 'th-1' ? { id, name: 'T', room: 'lab', model: 'ends\\', createdAt: 0 } : undefined, list: () => [] } as never,
  })
  const publish = (topic: string, payload: string | Buffer, qos: 0 | 1 | 2 = 1, client: object | null = { id: 'c' }) =>
    hooks.runBeforeAck({ topic, payload: Buffer.from(payload), qos, cmd: 'publish', dup: false, retain: false } as PublishPacket, client as Client, undefined)
  const rejected = async (reason: string) => ((await writer.metrics.rejected.get()).values.find(v => v.labels.reason === reason)?.value ?? 0)
  cleanups.push(async () => { await journal.close(); rmSync(dir, { recursive: true, force: true }) })
  return { accepted, publish, rejected, journal }
}

describe('telemetry ingest hook', () => {
  it('turns a device publish into a durable point with the registry room; a tag InfluxDB cannot store is left off and counted', async () => {
    const t = setup()
    await t.publish('devices/th-1/telemetry', '{"temp":21}')
    await t.publish('devices/unknown/telemetry', '{"temp":22}')
    // Each carries its payload's text, which the journal writes as is.
    expect(t.accepted).toEqual([
      { measurement: 'telemetry', tags: { device: 'th-1', room: 'lab' }, fields: { temp: 21 }, ts: NOW, ns: 0, fieldsText: '{"temp":21}' },
      { measurement: 'telemetry', tags: { device: 'unknown' }, fields: { temp: 22 }, ts: NOW, ns: 0, fieldsText: '{"temp":22}' },
    ])
    expect(t.journal.pending).toBe(2)
    expect(await t.rejected('unencodable_tag')).toBe(1)
  })

  it('stamps points without ts in the same millisecond with distinct nanoseconds', async () => {
    const t = setup()
    await Promise.all([1, 2, 3].map(n => t.publish('devices/d/telemetry', `{"n":${n}}`)))
    expect(t.accepted.map(p => [p.ts, p.ns ?? 0])).toEqual([[NOW, 0], [NOW, 1], [NOW, 2]])
  })

  // Which acknowledgement waits is the broker's decision (QoS 1/2 wait, QoS 0 never: ack-after-durable.test.ts).
  it('answers every accepted point with the promise of its journal write', async () => {
    const t = setup()
    for (const qos of [0, 1, 2] as const) {
      const durable = t.publish('devices/d/telemetry', '{"n":1}', qos)
      expect(durable).toBeInstanceOf(Promise)
      await durable
    }
    expect(t.journal.pending).toBe(3)
  })

  it('ignores other topics, ids the registry cannot issue and the hub\'s own publishes, and counts bad payloads by reason', async () => {
    const t = setup()
    expect(t.publish('devices/th-1/status', '{"online":true}')).toBeUndefined()
    expect(t.publish('$SYS/x/telemetry', '{"a":1}')).toBeUndefined()
    expect(t.publish('devices/th-1/telemetry', '{"temp":1}', 1, null)).toBeUndefined()
    expect(t.publish('devices/th-1/telemetry', 'oops')).toBeUndefined()
    expect(t.publish('devices/th-1/telemetry', Buffer.from([0x7b, 0xff, 0x7d]))).toBeUndefined()
    expect(t.publish('devices/a b/telemetry', '{"temp":1}')).toBeUndefined()
    expect(t.accepted).toEqual([])
    expect(await t.rejected('not_json')).toBe(1)
    expect(await t.rejected('not_utf8')).toBe(1)
  })
})
