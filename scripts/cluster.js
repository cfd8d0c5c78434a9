#!/usr/bin/env node
/**
 * `npm run cluster -- --nodes N`: N hub processes on this machine sharing one port (Node's cluster
 * module hands each new connection to a worker), one per core by default (or TETHER_WORKERS).
 * Each worker is a full hub and a node of the cluster named `<TETHER_NODE_ID or host name>-<n>`,
 * so a worker restarted after a crash keeps its name and drains its own telemetry spool. The
 * cluster's Redis and PostgreSQL come from TETHER_CLUSTER_REDIS_URL and TETHER_DATABASE_URL.
 */
import cluster from 'node:cluster'
import { availableParallelism, hostname } from 'node:os'

if (cluster.isPrimary) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--nodes')
  const wanted = at >= 0 ? args[at + 1] : process.env.TETHER_WORKERS ?? String(availableParallelism())
  const nodes = Number(wanted)
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 256) {
    console.error(`tether cluster: --nodes (or TETHER_WORKERS) must be a whole number from 1 to 256, got "${wanted}".`)
    process.exit(78)
  }
  const missing = ['TETHER_CLUSTER_REDIS_URL', 'TETHER_DATABASE_URL'].filter(name => !process.env[name])
  if (missing.length) {
    console.error(`tether cluster: set ${missing.join(' and ')} (e.g. TETHER_CLUSTER_REDIS_URL=redis://127.0.0.1:6379 ` +
      'TETHER_DATABASE_URL=postgresql://tether@127.0.0.1:5432/tether): the hubs share their state through them.')
    process.exit(78)
  }
  const base = process.env.TETHER_NODE_ID || hostname()
  const idOf = new Map()
  let stopping = false
  let exitCode = 0
  const fork = n => {
    const worker = cluster.fork({ TETHER_NODE_ID: `${base}-${n}` })
    idOf.set(worker.id, n)
  }
  cluster.on('exit', (worker, code, signal) => {
    const n = idOf.get(worker.id)
    idOf.delete(worker.id)
    if (stopping) {
      if (idOf.size === 0) process.exit(exitCode)
      return
    }
    // A configuration error (78) would fail again at once: stop everything instead of looping.
    if (code === 78) { console.error(`tether cluster: hub ${base}-${n} refused its configuration; stopping.`); exitCode = 78; shutdown(); return }
    console.error(`tether cluster: hub ${base}-${n} exited (${signal ?? code}); starting it again`)
    setTimeout(() => { if (!stopping) fork(n) }, 1000)
  })
  function shutdown() {
    if (stopping) return
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
    if (idOf.size === 0) process.exit(exitCode)
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
  for (let n = 1; n <= nodes; n++) fork(n)
} else {
  await import('../hub/dist/main.js')
}
