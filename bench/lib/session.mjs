#!/usr/bin/env node
/**
 * One server's bench session: start the server, run each scenario's load generator (a separate
 * process, pinned apart from the server), collect the JSON results, stop the server.
 * run.js starts this inside `unshare -n` (a private loopback) so nothing here is reachable from
 * outside, whatever a server binds. Prints one `BENCH-RESULT {json}` line.
 *   node bench/lib/session.mjs '<json spec>'
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { servers } from './servers.mjs'
import { repoRoot, pinned } from './util.mjs'

const spec = JSON.parse(process.argv[2])
const loadCli = path.join(repoRoot, 'device-sim/dist/load/cli.js')

function runLoad(url, args, pid, cpus, timeoutMs) {
  const [cmd, a] = pinned(cpus, process.execPath, [loadCli, '--url', url, ...args, '--watch-pid', String(pid), '--json'])
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, a, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = '', err = ''
    child.stdout.on('data', d => { out += d })
    child.stderr.on('data', d => { err += d })
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', code => {
      clearTimeout(t)
      if (code !== 0) return reject(new Error(`load exited ${code}: ${err.slice(-500)}`))
      try { resolve(JSON.parse(out.trim().split('\n').pop())) } catch { reject(new Error(`load printed no JSON: ${out.slice(-300)} ${err.slice(-300)}`)) }
    })
  })
}

// A fresh server per scenario: a backlog or a crash in one scenario must not leak into the next.
const results = {}
let last = null
for (const sc of spec.scenarios) {
  const server = await servers[spec.server]({ port: spec.port, cpus: spec.serverCpus, insideNetns: spec.insideNetns, nodeArgs: spec.nodeArgs ?? [], env: spec.env ?? {}, ...(spec.hubMain ? { hubMain: spec.hubMain } : {}) })
  last = server
  process.stderr.write(`  ${server.label}: ${sc.name}\n`)
  try {
    const connections = Number(sc.args[sc.args.indexOf('--connections') + 1])
    const auth = server.provision ? await server.provision(connections) : []
    // The hub's telemetry backlog once a second through the run: one that keeps growing means the
    // store is not keeping up, and part of the pipeline's cost falls outside the measured window.
    let maxBacklog = 0
    const sampler = server.telemetry ? setInterval(() => { server.telemetry().then(t => { if (t.backlog > maxBacklog) maxBacklog = t.backlog }, () => {}) }, 1000) : null
    try {
      results[sc.name] = await runLoad(server.url, [...sc.args, ...auth], server.pid, spec.loadCpus, sc.timeoutMs ?? 180_000)
    } finally { if (sampler) clearInterval(sampler) }
    if (server.telemetry) results[sc.name].telemetry = { ...await server.telemetry().catch(err => ({ error: err.message })), maxBacklog }
  } catch (err) {
    results[sc.name] = { error: err.message }
  }
  if (!server.alive()) {
    results[sc.name].serverCrashed = true
    results[sc.name].serverLog = server.logs.join('').slice(0, 600)
  }
  await server.stop()
}
process.stdout.write(`BENCH-RESULT ${JSON.stringify({ server: last?.kind, label: last?.label, version: last?.version, results })}\n`)
