import { describe, it, expect, afterEach } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { MqttClient } from 'mqtt'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import { influxdAvailable, startInfluxd, type Influxd } from '../support/influxd.js'
import { metricValue } from '../support/telemetry-metrics.js'
import { waitFor } from '../support/free-port.js'
import { deviceMqttOptions, provisionDevice } from '../support/identity.js'
import { nastyStrings, refusedPayloads, unencodableTags } from './nasty-corpus.js'

/*
 * One device sends the nastiest values it can while a healthy device streams. Nothing the poisoned
 * device sends may hold back the healthy one: its points are all stored within seconds, the poison
 * the store refuses is in rejected.jsonl with the reason, the rest of the poison is stored verbatim
 * or refused at validation with a counted reason, and the journal drains.
 */
let hub: TestHub | null = null
let influxd: Influxd | null = null
const clients: MqttClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) await endMqtt(c, true).catch(() => undefined)
  await hub?.stop()
  await influxd?.destroy()
  hub = null; influxd = null
})

const stores: Array<[string, () => Promise<Record<string, string>>]> = [
  ['embedded', async () => ({})],
  ['influx-v1 (real influxd 1.6)', async () => {
    if (!influxdAvailable()) throw new Error('influxd (Debian package influxdb) is not installed')
    influxd = await startInfluxd()
    return { TELEMETRY_STORE: 'influx-v1', INFLUX_URL: influxd.url, INFLUX_DATABASE: 'poison' }
  }],
]

describe.each(stores)('poisoned device next to a healthy one: %s', (_name, storeEnv) => {
  it('stores every healthy point within seconds, sets the refused poison aside with its reason, drains the journal', async () => {
    hub = await startTestHub({ telemetryFlushMs: 50, telemetryBatchSize: 50 }, { persistMqtt: false }, await storeEnv())
    const writer = hub.hub.services.telemetry.writer
    const store = hub.hub.services.telemetry.store
    await waitFor(async () => (await fetch(`${hub!.httpUrl}/readyz`)).status === 200, 10_000, 'hub ready')
    const healthy = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'healthy-1', { model: 'TH 1, a=b' })) })
    const poison = await connectMqtt(hub.wsUrl, { protocolVersion: 4, ...deviceMqttOptions(provisionDevice(hub, 'poison-1', { model: unencodableTags[0]!.value, room: unencodableTags[2]!.value })) })
    clients.push(healthy, poison)

    // The healthy device streams `temp` as a number (QoS 1, one publish every 10 ms).
    const acked: number[] = []
    const t0 = Date.now() - 60_000
    let seq = 0
    const stream = setInterval(() => {
      const n = ++seq
      healthy.publish('devices/healthy-1/telemetry', JSON.stringify({ temp: n, ts: t0 + n }), { qos: 1 }, err => { if (!err) acked.push(n) })
    }, 10)

    // Meanwhile the poisoned device: every hostile string at once, a type conflict the store must refuse, payloads refused at validation.
    await waitFor(async () => acked.length > 5, 5000, 'healthy stream flowing')
    const strings = Object.fromEntries(nastyStrings.map((s, i) => [`s${i}`, s.value]))
    const tp = Date.now() - 30_000
    await poison.publishAsync('devices/poison-1/telemetry', JSON.stringify({ ...strings, ts: tp }), { qos: 1 })
    for (let i = 0; i < 5; i++) {
      await poison.publishAsync('devices/poison-1/telemetry', JSON.stringify({ temp: `hot ${i} \\ "\u0000"`, ts: tp + 1 + i }), { qos: 1 })
    }
    for (const r of refusedPayloads) await poison.publishAsync('devices/poison-1/telemetry', r.payload, { qos: 1 })
    await poison.publishAsync('devices/healthy-1/telemetry', JSON.stringify({ temp: -1, ts: t0 }), { qos: 1 }) // the ACL drops it
    await new Promise(r => setTimeout(r, 1000))
    clearInterval(stream)
    await new Promise(r => setTimeout(r, 200)) // last PUBACKs

    // Every acknowledged healthy point is in the store within seconds.
    const stored = async () => (await store.query({ device: 'healthy-1', field: 'temp', from: t0, to: t0 + 1_000_000, everyMs: 1_000_000, agg: 'max' }))
    await waitFor(async () => writer.queued === 0, 5000, 'journal drained')
    const count = await store.query({ device: 'healthy-1', field: 'temp', from: t0, to: t0 + seq + 1, everyMs: 1, agg: 'last' })
    expect(count.map(p => p.v)).toEqual(expect.arrayContaining(acked))
    expect((await stored())[0]!.v).toBe(Math.max(...acked))

    // The hostile strings are stored verbatim (tags InfluxDB cannot carry left off).
    const latest = await store.latest('poison-1')
    for (const [i, s] of nastyStrings.entries()) expect(latest[`s${i}`]).toEqual({ value: s.value, ts: tp })
    // The type conflicts are set aside with the reason.
    await waitFor(async () => (await metricValue(writer, 'rejected', { reason: 'store_rejected' })) === 5, 5000, 'conflicts set aside')
    const aside = readFileSync(path.join(hub.dataDir, 'telemetry-spool', 'rejected.jsonl'), 'utf8').trim().split('\n').map(l => JSON.parse(l))
    expect(aside).toHaveLength(5)
    for (const a of aside) {
      expect(a).toMatchObject({ reason: 'store_rejected', point: { tags: { device: 'poison-1' } } })
      expect(a.error).toMatch(/conflict/)
    }
    // Refused at validation, each with its reason; nothing dropped; the journal is empty.
    for (const r of refusedPayloads) expect(await metricValue(writer, 'rejected', { reason: r.reason })).toBeGreaterThanOrEqual(1)
    expect(await metricValue(writer, 'rejected', { reason: 'unencodable_tag' })).toBeGreaterThanOrEqual(2)
    expect(await metricValue(writer, 'rejected', { reason: 'acl_denied' })).toBe(1)
    expect(count.map(p => p.v)).not.toContain(-1)
    expect(await metricValue(writer, 'dropped')).toBe(0)
    expect(writer.queued).toBe(0)
    expect(healthy.connected && poison.connected).toBe(true)
  }, 60_000)
})
