#!/usr/bin/env node
/**
 * `node bench/fanin-ab.mjs --hub <build>/main.js --hub '<other build>/main.js?TETHER_X=1' [--rounds 3] [--qos 0|1] [--rate 0|N] [--seconds 4] [--leaf telemetry|status] [--persistent-subscriber] [--rest 30]`:
 * the fan-in scenario of `npm run bench` (100 devices, one subscriber on devices/+/telemetry; hub
 * pinned to CPU 1, load to CPU 0, private netns) against several hub builds, interleaved round by
 * round, so a lever is compared with its baseline under the same machine conditions. Prints per
 * build the median delivered msg/s, hub CPU-µs per delivered message and p99 (fixed rate).
 * A `?NAME=value&…` after a build's path sets hub environment variables for that entry.
 * Needs `npm run build -w device-sim` (the load generator).
 */
import path from 'node:path'
import { repoRoot } from './lib/util.mjs'
import { faninArgs, faninOnce, median } from './lib/fanin.mjs'
import { profiles, mqttScenarios } from './lib/scenarios.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const hubs = argv.flatMap((a, i) => (a === '--hub' ? [argv[i + 1]] : []))
if (hubs.length === 0) hubs.push(path.join(repoRoot, 'hub/dist/main.js'))
const rounds = Number(opt('--rounds', '3'))
const qos = opt('--qos', '0')
const rate = opt('--rate', '0')
// --leaf status: the same messages on a topic the telemetry pipeline ignores (the MQTT path alone).
const leaf = opt('--leaf', 'telemetry')
// --persistent-subscriber: the subscriber holds a clean=0 session, so every QoS 1 delivery is stored until its PUBACK.
// --rest S: the bench's rest scenario instead (20 devices at 1 msg/s for S seconds): the hub's RSS at rest.
const restS = opt('--rest', null)
const loadArgs = restS ? mqttScenarios({ ...profiles.full, restS: Number(restS) }, 'tether').find(s => s.name === 'rest').args : faninArgs({ qos, rate, seconds: opt('--seconds', '4'), leaf, persistentSubscriber: argv.includes('--persistent-subscriber') })
const once = entry => faninOnce(entry, loadArgs)

const runs = hubs.map(() => [])
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < hubs.length; i++) {
    const res = once(hubs[i])
    runs[i].push(res)
    process.stderr.write(`round ${r + 1} ${hubs[i]}: ${JSON.stringify(res)}\n`)
  }
}
for (let i = 0; i < hubs.length; i++) {
  console.log(JSON.stringify({ hub: hubs[i], leaf, qos, rate, rounds,
    delivered: median(runs[i].map(x => x.delivered)), cpuUsPerDelivered: median(runs[i].map(x => x.cpuUs)), p50Ms: median(runs[i].map(x => x.p50)), p99Ms: median(runs[i].map(x => x.p99)),
    cpuUsRuns: runs[i].map(x => x.cpuUs && Math.round(x.cpuUs * 10) / 10), rssMiB: median(runs[i].map(x => x.rssMiB)), rssMiBRuns: runs[i].map(x => x.rssMiB), rssAnonMiB: median(runs[i].map(x => x.rssAnonMiB)) }))
}
