import { describe, it, expect } from '@jest/globals'
import { buildPoint, type Point } from '../../src/telemetry/point.js'
import { StoreWriteError, type TelemetryStore } from '../../src/telemetry/store.js'
import { tagValueProblem } from '../../src/telemetry/line-protocol.js'
import { nastyStrings, nastyTags, unencodableTags } from './nasty-corpus.js'

/** Reads the stored `room` tag of a device's points (the port has no tag query; each runner knows its store). */
export type ReadRooms = (device: string) => Promise<Array<string | null>>

/**
 * The one case file every TelemetryStore passes (embedded, influx-v1 against a real influxd).
 * `getStore` is called inside each test, after the runner's beforeAll built the store.
 */
const T0 = Date.UTC(2026, 0, 1, 0, 0, 0) // a multiple of every bucket size used below
let seq = 0
const dev = () => `case-${process.pid}-${Date.now() % 100000}-${seq++}`

export function storeCases(name: string, getStore: () => TelemetryStore, readRooms: ReadRooms): void {
  describe(`TelemetryStore contract: ${name}`, () => {
    it('returns the last value and time of every field of a device, keeping types', async () => {
      const store = getStore()
      const d = dev()
      await store.write([
        buildPoint(d, { temp: 20.5, on: true, mode: 'eco' }, T0),
        buildPoint(d, { temp: 21, on: false }, T0 + 1000),
      ])
      expect(await store.latest(d)).toEqual({
        temp: { value: 21, ts: T0 + 1000 },
        on: { value: false, ts: T0 + 1000 },
        mode: { value: 'eco', ts: T0 },
      })
    })

    it('keeps one point when the same point is written twice', async () => {
      const store = getStore()
      const d = dev()
      const p = buildPoint(d, { temp: 1 }, T0 + 5000)
      await store.write([p])
      await store.write([p, buildPoint(d, { temp: 3 }, T0 + 6000)])
      const rows = await store.query({ device: d, field: 'temp', from: T0, to: T0 + 60_000, everyMs: 60_000, agg: 'mean' })
      expect(rows).toEqual([{ t: T0, v: 2 }])
    })

    it('aggregates into epoch-aligned buckets and omits empty ones', async () => {
      const store = getStore()
      const d = dev()
      const pts: Point[] = [0, 10, 20, 70, 80, 200].map((s, i) => buildPoint(d, { temp: i + 1 }, T0 + s * 1000))
      await store.write(pts)
      const q = { device: d, field: 'temp', from: T0, to: T0 + 300_000, everyMs: 60_000 }
      expect(await store.query({ ...q, agg: 'mean' })).toEqual([{ t: T0, v: 2 }, { t: T0 + 60_000, v: 4.5 }, { t: T0 + 180_000, v: 6 }])
      expect(await store.query({ ...q, agg: 'min' })).toEqual([{ t: T0, v: 1 }, { t: T0 + 60_000, v: 4 }, { t: T0 + 180_000, v: 6 }])
      expect(await store.query({ ...q, agg: 'max' })).toEqual([{ t: T0, v: 3 }, { t: T0 + 60_000, v: 5 }, { t: T0 + 180_000, v: 6 }])
      expect(await store.query({ ...q, agg: 'last' })).toEqual([{ t: T0, v: 3 }, { t: T0 + 60_000, v: 5 }, { t: T0 + 180_000, v: 6 }])
    })

    it('applies from inclusive and to exclusive', async () => {
      const store = getStore()
      const d = dev()
      await store.write([buildPoint(d, { v: 1 }, T0), buildPoint(d, { v: 2 }, T0 + 10_000)])
      expect(await store.query({ device: d, field: 'v', from: T0, to: T0 + 10_000, everyMs: 1000, agg: 'last' })).toEqual([{ t: T0, v: 1 }])
    })

    it('returns last values of string and boolean fields', async () => {
      const store = getStore()
      const d = dev()
      await store.write([buildPoint(d, { note: 'say "hi" \\ bye\nnext', ok: true }, T0)])
      expect(await store.query({ device: d, field: 'note', from: T0, to: T0 + 1000, everyMs: 1000, agg: 'last' })).toEqual([{ t: T0, v: 'say "hi" \\ bye\nnext' }])
      expect((await store.latest(d)).ok).toEqual({ value: true, ts: T0 })
    })

    it('keeps tag values with commas, equals signs, spaces and backslashes apart from the device', async () => {
      const store = getStore()
      const d = dev()
      await store.write([buildPoint(d, { temp: 7 }, T0, { room: 'lab, 2=b\\west', model: 'x 1' })])
      expect(await store.latest(d)).toEqual({ temp: { value: 7, ts: T0 } })
    })

    it.each(nastyStrings)('reads back the string field value "$name" exactly', async ({ value }) => {
      const store = getStore()
      const d = dev()
      await store.write([buildPoint(d, { nasty: value }, T0)])
      expect(await store.latest(d)).toEqual({ nasty: { value, ts: T0 } })
    })

    it.each(nastyTags)('reads back the tag value "$name" exactly', async ({ value }) => {
      const store = getStore()
      const d = dev()
      await store.write([buildPoint(d, { temp: 1 }, T0, { room: value, model: null })])
      expect(await readRooms(d)).toEqual([value])
    })

    it.each(unencodableTags)('refuses the tag value "$name" before any store sees it', ({ value }) => {
      expect(tagValueProblem(value)).not.toBeNull()
    })

    it('keeps points of one series apart when they differ only in nanoseconds', async () => {
      const store = getStore()
      const d = dev()
      await store.write([buildPoint(d, { n: 1 }, T0, undefined, 0), buildPoint(d, { n: 2 }, T0, undefined, 1), buildPoint(d, { n: 3 }, T0, undefined, 2)])
      expect(await store.query({ device: d, field: 'n', from: T0, to: T0 + 1000, everyMs: 1000, agg: 'mean' })).toEqual([{ t: T0, v: 2 }])
      expect(await store.latest(d)).toEqual({ n: { value: 3, ts: T0 } })
    })

    it('refuses a point whose field type conflicts, as a reject (not a retry)', async () => {
      const store = getStore()
      const d = dev()
      await store.write([buildPoint(d, { conflictField: 1 }, T0)])
      const err = await store.write([buildPoint(d, { conflictField: 'text' }, T0 + 1000)]).then(() => null, e => e)
      expect(err).toBeInstanceOf(StoreWriteError)
      expect((err as StoreWriteError).kind).toBe('reject')
    })

    it('answers empty results for an unknown device', async () => {
      const store = getStore()
      expect(await store.latest('nobody-here')).toEqual({})
      expect(await store.query({ device: 'nobody-here', field: 'temp', from: T0, to: T0 + 1000, everyMs: 1000, agg: 'mean' })).toEqual([])
    })

    it('answers ping', async () => {
      await expect(getStore().ping()).resolves.toBeUndefined()
    })
  })
}
