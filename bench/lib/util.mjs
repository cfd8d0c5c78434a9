import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Wraps a command in `taskset -c <cpus>` when pinning is on and taskset exists. */
export function pinned(cpus, cmd, args) {
  if (!cpus || !existsSync('/usr/bin/taskset')) return [cmd, args]
  return ['/usr/bin/taskset', ['-c', cpus, cmd, ...args]]
}

/** A TCP port free on 127.0.0.1 right now (the server about to listen on it may still lose a race). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().on('error', reject)
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)) })
  })
}

/** The `p`th percentile of an ascending array (nearest rank; `p` 100 is the max); NaN when empty. */
export function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN
}

/** Records how long each event-loop turn takes until `stop()`, which returns the turns sorted, in ms. */
/**
 * Runs one retention pass (`pass` resolves with how many things it deleted) and prints its CPU per
 * deleted `unit` and the event-loop turns during it: what every client would wait behind one slice.
 */
export async function measurePass(unit, pass) {
  const turns = trackTurns()
  const cpu0 = process.cpuUsage()
  const wall0 = performance.now()
  const deleted = await pass()
  const cpu = process.cpuUsage(cpu0)
  const sorted = turns.stop()
  console.log(`retention pass: ${deleted} ${unit}s deleted in ${Math.round(performance.now() - wall0)} ms, ` +
    `${((cpu.user + cpu.system) / deleted).toFixed(2)} µs CPU per ${unit}; event-loop turns during it: ${sorted.length}, ` +
    `p50 ${percentile(sorted, 50).toFixed(2)} / p99 ${percentile(sorted, 99).toFixed(2)} / max ${percentile(sorted, 100).toFixed(2)} ms`)
}

export function trackTurns() {
  const turns = []
  let last = performance.now()
  let running = true
  const tick = () => {
    if (!running) return
    const now = performance.now()
    turns.push(now - last)
    last = now
    setImmediate(tick)
  }
  setImmediate(tick)
  return { stop() { running = false; return turns.sort((a, b) => a - b) } }
}
