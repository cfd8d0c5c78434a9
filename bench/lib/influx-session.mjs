#!/usr/bin/env node
/**
 * The InfluxDB baseline session (run by run.js inside a private netns): influxd pinned to the
 * server core, a direct batched line-protocol writer pinned to the load core; influxd CPU from
 * /proc over the measurement window. Prints `BENCH-RESULT {json}`.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { startInfluxd } from './influx.mjs'
import { repoRoot, pinned } from './util.mjs'
import { sampleProc } from '../../device-sim/dist/load/proc-stats.js'

const spec = JSON.parse(process.argv[2])
const warmup = Math.min(2, spec.seconds / 4)
const influx = await startInfluxd({ port: spec.port, cpus: spec.serverCpus })
let result
try {
  await influx.query('CREATE DATABASE bench')
  const [cmd, args] = pinned(spec.loadCpus, process.execPath, [path.join(repoRoot, 'bench/lib/influx-writer.mjs'), influx.url, 'bench', String(spec.seconds), String(spec.batch), String(spec.writers), String(warmup)])
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', d => { out += d })
  const exited = new Promise(r => child.once('exit', r))
  await new Promise(r => setTimeout(r, warmup * 1000))
  const a = sampleProc(influx.pid)
  await new Promise(r => setTimeout(r, (spec.seconds - warmup) * 1000))
  const b = sampleProc(influx.pid)
  await exited
  const writer = JSON.parse(out.trim().split('\n').pop())
  const count = await influx.query('SELECT count(temperature) FROM bench..telemetry')
  const cpuMicros = a && b ? b.cpuMicros - a.cpuMicros : NaN
  result = {
    version: influx.version, batch: spec.batch, writers: spec.writers, ...writer,
    stored: count.results?.[0]?.series?.[0]?.values?.[0]?.[1] ?? null,
    influxdCpuPercent: a && b ? (100 * cpuMicros) / ((b.at - a.at) * 1000) : NaN,
    influxdCpuMicrosPerPoint: writer.pointsInWindow ? cpuMicros / writer.pointsInWindow : null,
    influxdRssBytes: b?.rssBytes ?? null,
  }
} catch (err) {
  result = { error: err.message }
} finally {
  await influx.stop()
}
process.stdout.write(`BENCH-RESULT ${JSON.stringify(result)}\n`)
