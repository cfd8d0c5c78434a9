/**
 * One run of the fan-in scenario against a hub build, in its own private netns: 100 devices
 * publish 100-byte telemetry JSON (the raw load generator), one operator subscribes to
 * `devices/+/<leaf>`. Shared by fanin-ab.mjs (A/B of builds) and telemetry-pipeline.mjs.
 */
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import path from 'node:path'
import { repoRoot } from './util.mjs'

export function faninArgs({ qos = '0', rate = '0', seconds = '4', leaf = 'telemetry', persistentSubscriber = false } = {}) {
  return ['--connections', '100', '--processes', '2', '--size', '100', '--topic', `devices/{id}/${leaf}`, '--subscribe', `devices/+/${leaf}`,
    ...(persistentSubscriber ? ['--sub-persistent'] : []),
    '--qos', String(qos), '--rate', String(rate), ...(String(rate) === '0' ? ['--window', '2000'] : []),
    ...(String(qos) === '1' && String(rate) === '0' ? ['--inflight', '16'] : []), '--duration', String(seconds), '--warmup', '1']
}

/**
 * A build entry `<build>/main.js`, optionally `?NAME=value&…`: its main file and hub environment
 * variables; `node=<flags>` (space-separated, URL-encoded) are flags for the hub's `node` instead.
 */
export function hubBuild(entry) {
  const [file, query = ''] = entry.split('?')
  const env = Object.fromEntries(new URLSearchParams(query))
  const nodeArgs = env.node ? env.node.split(' ').filter(Boolean) : []
  delete env.node
  return { hubMain: path.resolve(file), env, nodeArgs }
}

/** `entry`: a build's main.js, optionally `?NAME=value&…` for hub environment variables (hubBuild). */
export function faninOnce(entry, loadArgs, { port = 18790, serverCpus = '1', loadCpus = '0' } = {}) {
  const spec = { server: 'tether', port, serverCpus, loadCpus, insideNetns: true, ...hubBuild(entry), scenarios: [{ name: 'run', args: loadArgs }] }
  const run = spawnSync('unshare', ['-n', 'sh', '-c', `ip link set lo up && exec "${process.execPath}" "${path.join(repoRoot, 'bench/lib/session.mjs')}" "$SPEC"`],
    { env: { ...process.env, SPEC: JSON.stringify(spec) }, encoding: 'utf8', stdio: ['ignore', 'pipe', process.env.AB_VERBOSE ? 'inherit' : 'ignore'] })
  const line = run.stdout.split('\n').find(l => l.startsWith('BENCH-RESULT '))
  const r = line ? JSON.parse(line.slice(13)).results.run : { error: run.stdout.slice(0, 300) }
  if (r.error) return { error: r.error }
  return { load: loadavg()[0], delivered: r.deliver?.perSecond, cpuUs: r.watched?.[0]?.cpuMicrosPerDelivered, p50: r.deliver?.latencyMs?.p50, p99: r.deliver?.latencyMs?.p99,
    rssMiB: r.watched?.[0] && Math.round(r.watched[0].rssEndBytes / 2 ** 20 * 10) / 10,
    rssAnonMiB: r.watched?.[0] && Math.round(r.watched[0].rssAnonEndBytes / 2 ** 20 * 10) / 10,
    // Telemetry points accepted but not yet stored: the most seen during the run and as the load stopped (a growing backlog is cost left out of the window).
    ...(r.telemetry && !r.telemetry.error ? { backlog: r.telemetry.backlog, maxBacklog: r.telemetry.maxBacklog } : {}) }
}

export const median = xs => { const v = xs.filter(x => typeof x === 'number').sort((a, b) => a - b); return v.length ? Math.round(v[Math.floor(v.length / 2)] * 100) / 100 : null }
