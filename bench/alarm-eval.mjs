#!/usr/bin/env node
/**
 * Cost of alarm evaluation on the ingest path, in process (no sockets). Run after `npm run build -w hub`:
 *   node bench/alarm-eval.mjs [--devices 1000] [--points 1000000]
 * or from `npm run bench` with the spec (bench/README.md). Feeds `points` parsed telemetry points
 * (4 fields, round-robin over `devices`) into the hub's AlarmService (memory store, timers that
 * never fire) with 0, 3 and 20 rules per device, and reports ns per point and the garbage
 * collections seen per million points (the allocation the path causes). Values stay below every
 * threshold, so what is measured is the steady state: lookup + comparisons, no alarm changes.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const spec = process.argv[2]?.startsWith('{') ? JSON.parse(process.argv[2]) : null
const args = spec ? {} : Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []))
const DEVICES = Math.min(Number(args.devices ?? 1000), 100_000)
const POINTS = Math.min(Number(args.points ?? (spec?.profile === 'full' ? 2_000_000 : 500_000)), 20_000_000)

const { createAlarmService } = await import(pathToFileURL(path.join(root, 'hub/dist/alarms/alarm-service.js')).href)
const { createMemoryAlarmStore } = await import(pathToFileURL(path.join(root, 'hub/dist/alarms/alarm-store.js')).href)

const devices = Array.from({ length: DEVICES }, (_, i) => ({ id: `d${i}`, name: `d${i}`, room: `site-${i % 10}`, model: 'thermostat', createdAt: 0 }))
const byId = new Map(devices.map(d => [d.id, d]))
const directory = { get: id => byId.get(id), list: () => devices }
const noTimers = { setTimeout: () => 0, clearTimeout: () => {} }
const by = { id: 'u', username: 'bench' }

function rulesFor(n) {
  const base = [
    { type: 'threshold', field: 'temperature', op: '>', value: 1000, holdMs: 60_000, hysteresis: 1, clear: null },
    { type: 'rate', field: 'pressure', change: 1000, windowMs: 60_000 },
    { type: 'no_data', field: 'humidity', forMs: 300_000 },
  ]
  return Array.from({ length: n }, (_, i) => ({
    name: `r${i}`, scope: i % 2 ? { model: 'thermostat' } : { room: 'site-1' }, condition: base[i % 3], severity: 'major', message: '', unit: null, enabled: true,
  }))
}

async function run(rulesPerDevice) {
  let t = 1_764_000_000_000
  const service = createAlarmService({ store: createMemoryAlarmStore(), devices: directory, roomOf: () => null, now: () => t, timers: noTimers, sweepMs: 1000 })
  // Rules scoped to a room apply to a tenth of the devices; scale so every device has `rulesPerDevice`.
  for (const r of rulesFor(rulesPerDevice * 2)) if (r.scope.model || rulesPerDevice === 0) service.createRule(r, by)
  const fields = Array.from({ length: 64 }, (_, i) => ({ temperature: 20 + (i % 7) / 10, humidity: 45, pressure: 3 + (i % 5) / 10, heating: i % 2 === 0 }))
  for (let i = 0; i < DEVICES * 4; i++) service.evaluate(devices[i % DEVICES].id, fields[i % 64]) // warm-up and index build
  let gcs = 0
  const obs = new PerformanceObserver(list => { gcs += list.getEntries().length })
  obs.observe({ entryTypes: ['gc'] })
  const start = performance.now()
  for (let i = 0; i < POINTS; i++) {
    t += 1
    service.evaluate(devices[i % DEVICES].id, fields[i & 63])
  }
  const ms = performance.now() - start
  await new Promise(r => setTimeout(r, 50)) // GC entries are delivered asynchronously
  obs.disconnect()
  service.stop()
  return { rulesPerDevice, nsPerPoint: Math.round((ms * 1e6) / POINTS), pointsPerSecond: Math.round(POINTS / (ms / 1000)), gcPerMillion: Math.round((gcs * 1e6) / POINTS * 10) / 10 }
}

const results = []
for (const n of [0, 3, 20]) results.push(await run(n))
const load = (await import('node:os')).loadavg()[0]
console.error(results.map(r => `${r.rulesPerDevice} rules/device: ${r.nsPerPoint} ns/point, ${r.pointsPerSecond} points/s, ${r.gcPerMillion} GCs per 1M points`).join('\n'))
const table = {
  title: 'Alarm evaluation on the ingest path (bench/alarm-eval.mjs)',
  columns: ['rules per device', 'ns / point', 'points/s (one core)', 'GCs per 1M points'],
  rows: results.map(r => [r.rulesPerDevice, r.nsPerPoint, r.pointsPerSecond, r.gcPerMillion]),
  notes: `In process, ${DEVICES} devices, ${POINTS} points of 4 fields each, values below every threshold (no alarm changes): the per-device rule lookup and comparisons alone (the rate rule walks its 60-sample window). Load average ${load.toFixed(1)} on this machine while measuring: compare rows with each other, not with other tables.`,
}
if (spec) console.log(`BENCH-RESULT ${JSON.stringify(table)}`)
else console.log(JSON.stringify({ bench: 'alarm-eval', devices: DEVICES, points: POINTS, results }))
