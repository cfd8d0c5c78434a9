#!/usr/bin/env node
/**
 * `node bench/profile-hub.mjs [--rate N] [--seconds S] [--qos 0|1] [--steady] [--top N] [--persistent-subscriber]`: runs the hub (hub/dist/main.js)
 * under --cpu-prof inside a private netns, drives the fan-in scenario at it, and prints where the
 * hub's CPU time went, by owner (our code vs aedes vs ws vs Node) and by function (`--steady`: the
 * saturated window only, without start-up and provisioning).
 * Needs `npm run build -w hub -w device-sim` first. The .cpuprofile stays in bench/results/ for a
 * flame graph (open it in Chrome DevTools → Performance, or speedscope).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './lib/util.mjs'
import { summarizeProfile } from './lib/cpuprofile.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const rate = opt('--rate', '0')
const seconds = opt('--seconds', '8')
const qos = opt('--qos', '0')
const outDir = path.join(repoRoot, 'bench/results/profiles')
mkdirSync(outDir, { recursive: true })
const before = new Set(readdirSync(outDir))
const loadArgs = ['--connections', '100', '--processes', '2', '--subscribe', 'devices/+/telemetry', '--qos', qos, '--rate', rate,
  ...(argv.includes('--persistent-subscriber') ? ['--sub-persistent'] : []),
  ...(rate === '0' ? ['--window', '2000'] : []), '--duration', seconds, '--warmup', '1']
const spec = { server: 'tether', port: 18790, serverCpus: '1', loadCpus: '0', insideNetns: true,
  nodeArgs: ['--cpu-prof', '--cpu-prof-dir', outDir], scenarios: [{ name: 'profile', args: loadArgs }] }
const run = spawnSync('unshare', ['-n', 'sh', '-c', `ip link set lo up && exec "${process.execPath}" "${path.join(repoRoot, 'bench/lib/session.mjs')}" "$SPEC"`],
  { env: { ...process.env, SPEC: JSON.stringify(spec) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
const line = run.stdout.split('\n').find(l => l.startsWith('BENCH-RESULT '))
const result = line ? JSON.parse(line.slice(13)).results.profile : { error: run.stdout }
const file = readdirSync(outDir).find(f => !before.has(f) && f.endsWith('.cpuprofile'))
if (!file) { console.error('no .cpuprofile written', result.error ?? ''); process.exit(1) }
const summary = summarizeProfile(JSON.parse(readFileSync(path.join(outDir, file), 'utf8')), argv.includes('--top') ? Number(opt('--top')) : 20, { steady: argv.includes('--steady') })
console.log(JSON.stringify({
  profile: `bench/results/profiles/${file}`, load: loadArgs.join(' '),
  delivered: result.deliver?.perSecond, cpuMicrosPerDelivered: result.watched?.[0]?.cpuMicrosPerDelivered, ...summary,
}, null, 2))
