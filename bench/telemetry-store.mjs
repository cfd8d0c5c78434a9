#!/usr/bin/env node
/**
 * `node bench/telemetry-store.mjs [--dist hub/dist] [--dist <another build>] [--points N] [--devices D] [--batch B] [--rounds R]`:
 * the embedded telemetry store alone, in process: CPU µs per stored point for batches shaped like the
 * fan-in bench (five numeric fields per point, devices interleaved), and the time of one history
 * query (mean over 10 s buckets of one field of one device over all its points). With several
 * `--dist` builds the rounds alternate between them (A/B on a shared machine).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './lib/util.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const dists = argv.flatMap((a, i) => (a === '--dist' ? [argv[i + 1]] : []))
if (dists.length === 0) dists.push(path.join(repoRoot, 'hub/dist'))
const points = Number(opt('--points', '200000'))
const devices = Number(opt('--devices', '100'))
const batch = Number(opt('--batch', '1000'))
const rounds = Number(opt('--rounds', '3'))

const builds = await Promise.all(dists.map(async d => ({
  dist: d,
  createEmbeddedStore: (await import(pathToFileURL(path.join(path.resolve(d), 'telemetry/stores/embedded.js')).href)).createEmbeddedStore,
})))

const T0 = Date.UTC(2026, 0, 1)
function makePoints() {
  const out = []
  for (let i = 0; i < points; i++) {
    const device = `dev-${String(i % devices).padStart(4, '0')}`
    out.push({ measurement: 'telemetry', tags: { device, room: 'lab', model: 'TH-1' }, ts: T0 + Math.floor(i / devices) * 50, ns: 0,
      fields: { sent_us: 1764097380123456 + i, seq: i, temperature: 21.5 + (i % 7), humidity: 40.2, power: 118 } })
  }
  return out
}

async function once(build) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tether-store-bench-'))
  const store = build.createEmbeddedStore(path.join(dir, 'telemetry.db'))
  const pts = makePoints()
  const c0 = process.cpuUsage()
  const w0 = performance.now()
  for (let i = 0; i < pts.length; i += batch) await store.write(pts.slice(i, i + batch))
  const c = process.cpuUsage(c0)
  const wall = performance.now() - w0
  const q0 = performance.now()
  const rows = await store.query({ device: 'dev-0000', field: 'temperature', from: T0, to: T0 + 86_400_000, everyMs: 10_000, agg: 'mean' })
  const queryMs = performance.now() - q0
  const l0 = performance.now()
  await store.latest('dev-0000')
  const latestMs = performance.now() - l0
  await store.close()
  rmSync(dir, { recursive: true, force: true })
  return { cpuUsPerPoint: (c.user + c.system) / pts.length, wallUsPerPoint: wall * 1000 / pts.length, queryMs, buckets: rows.length, latestMs }
}

const results = builds.map(b => ({ dist: b.dist, runs: [] }))
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < builds.length; i++) results[i].runs.push(await once(builds[i]))
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = x => Math.round(x * 100) / 100
for (const r of results) {
  console.log(JSON.stringify({
    dist: r.dist, points, devices, batch, rounds,
    cpuUsPerPoint: round(median(r.runs.map(x => x.cpuUsPerPoint))), wallUsPerPoint: round(median(r.runs.map(x => x.wallUsPerPoint))),
    queryMs: round(median(r.runs.map(x => x.queryMs))), latestMs: round(median(r.runs.map(x => x.latestMs))), buckets: r.runs[0].buckets,
    cpuUsPerPointRuns: r.runs.map(x => round(x.cpuUsPerPoint)),
  }))
}
