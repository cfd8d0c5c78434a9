#!/usr/bin/env node
/**
 * `node bench/fanin-ab.mjs --hub <build>/main.js --hub '<other build>/main.js?TETHER_X=1' [--rounds 3] [--qos 0|1] [--rate 0|N] [--seconds 4] [--leaf telemetry|status]`:
 * the fan-in scenario of `npm run bench` (100 devices, one subscriber on devices/+/telemetry; hub
 * pinned to CPU 1, load to CPU 0, private netns) against several hub builds, interleaved round by
 * round, so a lever is compared with its baseline under the same machine conditions. Prints per
 * build the median delivered msg/s, hub CPU-µs per delivered message and p99 (fixed rate).
 * A `?NAME=value&…` after a build's path sets hub environment variables for that entry.
 * Needs `npm run build -w device-sim` (the load generator).
 */
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import path from 'node:path'
import { repoRoot } from './lib/util.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const hubs = argv.flatMap((a, i) => (a === '--hub' ? [argv[i + 1]] : []))
if (hubs.length === 0) hubs.push(path.join(repoRoot, 'hub/dist/main.js'))
const rounds = Number(opt('--rounds', '3'))
const qos = opt('--qos', '0')
const rate = opt('--rate', '0')
const seconds = opt('--seconds', '4')
// --leaf status: the same messages on a topic the telemetry pipeline ignores (the MQTT path alone).
const leaf = opt('--leaf', 'telemetry')
const loadArgs = ['--connections', '100', '--processes', '2', '--size', '100', '--topic', `devices/{id}/${leaf}`, '--subscribe', `devices/+/${leaf}`, '--qos', qos, '--rate', rate,
  ...(rate === '0' ? ['--window', '2000'] : []), ...(qos === '1' && rate === '0' ? ['--inflight', '16'] : []), '--duration', seconds, '--warmup', '1']

function once(entry) {
  const [file, query = ''] = entry.split('?')
  const spec = { server: 'tether', port: 18790, serverCpus: '1', loadCpus: '0', insideNetns: true, hubMain: path.resolve(file),
    env: Object.fromEntries(new URLSearchParams(query)), scenarios: [{ name: 'ab', args: loadArgs }] }
  const run = spawnSync('unshare', ['-n', 'sh', '-c', `ip link set lo up && exec "${process.execPath}" "${path.join(repoRoot, 'bench/lib/session.mjs')}" "$SPEC"`],
    { env: { ...process.env, SPEC: JSON.stringify(spec) }, encoding: 'utf8', stdio: ['ignore', 'pipe', process.env.AB_VERBOSE ? 'inherit' : 'ignore'] })
  const line = run.stdout.split('\n').find(l => l.startsWith('BENCH-RESULT '))
  const r = line ? JSON.parse(line.slice(13)).results.ab : { error: run.stdout.slice(0, 300) }
  if (r.error) return { error: r.error }
  return { load: loadavg()[0], delivered: r.deliver?.perSecond, cpuUs: r.watched?.[0]?.cpuMicrosPerDelivered, p99: r.deliver?.latencyMs?.p99 }
}

const runs = hubs.map(() => [])
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < hubs.length; i++) {
    const res = once(hubs[i])
    runs[i].push(res)
    process.stderr.write(`round ${r + 1} ${hubs[i]}: ${JSON.stringify(res)}\n`)
  }
}
const median = xs => { const v = xs.filter(x => typeof x === 'number').sort((a, b) => a - b); return v.length ? Math.round(v[Math.floor(v.length / 2)] * 100) / 100 : null }
for (let i = 0; i < hubs.length; i++) {
  console.log(JSON.stringify({ hub: hubs[i], leaf, qos, rate, rounds,
    delivered: median(runs[i].map(x => x.delivered)), cpuUsPerDelivered: median(runs[i].map(x => x.cpuUs)), p99Ms: median(runs[i].map(x => x.p99)),
    cpuUsRuns: runs[i].map(x => x.cpuUs && Math.round(x.cpuUs * 10) / 10) }))
}
