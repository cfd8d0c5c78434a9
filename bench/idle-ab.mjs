#!/usr/bin/env node
/**
 * `node bench/idle-ab.mjs --hub <build>/main.js --hub '<other build>/main.js?NAME=value' [--connections 10000] [--rounds 2]`:
 * RSS per idle MQTT connection for saved hub builds, interleaved round by round (A/B of a memory
 * lever). Each round starts the build (bench/lib/servers.mjs: hub on 127.0.0.1 pinned to CPU 0),
 * registers the devices over the REST API, then the load generator (pinned to CPU 1) connects them
 * with `--idle` and reports the hub's RSS before the first connection and after all are up, as the
 * idle scenario of `npm run bench` does.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { hubBuild } from './lib/fanin.mjs'
import { servers } from './lib/servers.mjs'
import { repoRoot, pinned } from './lib/util.mjs'

const argv = process.argv.slice(2)
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt)
const hubs = argv.flatMap((a, i) => (a === '--hub' ? [argv[i + 1]] : []))
const connections = Number(opt('--connections', '10000'))
const rounds = Number(opt('--rounds', '2'))
if (hubs.length === 0) throw new Error('give at least one --hub <build>/main.js')

function idleLoad(url, auth, pid) {
  const [cmd, args] = pinned('1', process.execPath, [path.join(repoRoot, 'device-sim/dist/load/cli.js'), '--url', url, '--idle',
    '--connections', String(connections), '--processes', '2', '--hold', '5', '--connect-concurrency', '256', ...auth, '--watch-pid', String(pid), '--json'])
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', d => { out += d })
    child.on('exit', code => {
      try { resolve(JSON.parse(out.trim().split('\n').pop())) } catch { reject(new Error(`load exited ${code} without JSON`)) }
    })
  })
}

const perConn = hubs.map(() => [])
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < hubs.length; i++) {
    const server = await servers.tether({ port: 19500 + r * hubs.length + i, cpus: '0', ...hubBuild(hubs[i]) })
    try {
      const out = await idleLoad(server.url, await server.provision(connections), server.pid)
      const w = out.watched[0]
      const kib = (w.rssEndBytes - w.rssStartBytes) / out.connect.connected / 1024
      perConn[i].push(Math.round(kib * 100) / 100)
      process.stderr.write(`round ${r + 1} ${hubs[i]}: ${out.connect.connected} connected, RSS ${(w.rssStartBytes / 2 ** 20).toFixed(1)} → ${(w.rssEndBytes / 2 ** 20).toFixed(1)} MiB, ${kib.toFixed(2)} KiB per connection\n`)
    } finally {
      await server.stop()
    }
  }
}
for (let i = 0; i < hubs.length; i++) console.log(JSON.stringify({ hub: hubs[i], connections, kibPerConnection: perConn[i] }))
