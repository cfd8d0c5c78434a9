#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [-- --servers tether,aedes] [-- --rounds N]`: Tether vs bare aedes vs Mosquitto vs a
 * raw ws forwarder on MQTT over WebSocket, and a direct batched InfluxDB write as the telemetry
 * baseline. Every server runs in its own process, pinned to one core; load generators run in
 * separate processes pinned to the other; each server's session runs in a private network
 * namespace (`unshare -n`), so all traffic is on a loopback nobody else can reach.
 * Writes bench/results/<time>.json (raw) and docs/benchmarks.md (tables, ratios, command, machine).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './lib/util.mjs'
import { profiles, mqttScenarios } from './lib/scenarios.mjs'
import { machineFacts } from './lib/machine.mjs'
import { renderMarkdown } from './lib/report.mjs'
import { mergeRounds, repeatedScenario } from './lib/rounds.mjs'

const argv = process.argv.slice(2)

// `node bench/run.js --report bench/results/<file>.json`: re-render docs/benchmarks.md from a raw file.
if (argv.includes('--report')) {
  const rawFile = argv[argv.indexOf('--report') + 1]
  const notesFile = path.join(repoRoot, 'bench/notes.md')
  const raw = JSON.parse(readFileSync(path.resolve(rawFile), 'utf8'))
  writeFileSync(path.join(repoRoot, 'docs/benchmarks.md'), renderMarkdown(raw, path.relative(repoRoot, path.resolve(rawFile)), existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : ''))
  process.exit(0)
}
const profileName = argv.includes('--quick') ? 'quick' : 'full'
const profile = profiles[profileName]
const serversArg = argv[argv.indexOf('--servers') + 1]
const serverKinds = argv.includes('--servers') ? serversArg.split(',').filter(k => k && k !== 'none') : ['forwarder', 'aedes', 'mosquitto', 'tether']
const pin = !argv.includes('--no-pin')
const rounds = argv.includes('--rounds') ? Math.max(1, Number(argv[argv.indexOf('--rounds') + 1]) || 1) : profile.rounds
const writeDocs = !argv.includes('--no-docs')
const command = `npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}`

const canUnshare = spawnSync('unshare', ['-n', 'true']).status === 0
const started = new Date()
const t0 = Date.now()
const facts = machineFacts()
console.error(`bench: ${profileName} profile, servers ${serverKinds.join(', ')}, ${pin ? 'server on CPU 1, load on CPU 0' : 'no pinning'}, ${canUnshare ? 'private netns per server' : 'NO netns (mosquitto skipped)'}`)

/** Runs a session script in a private netns (or directly when unshare is unavailable) and returns its BENCH-RESULT. */
function session(script, spec, timeoutMs) {
  const node = process.execPath
  const inner = `ip link set lo up && exec "${node}" "${script}" "$SPEC"`
  const specJson = JSON.stringify({ ...spec, insideNetns: canUnshare })
  const [cmd, args] = canUnshare ? ["unshare", ["-n", "sh", "-c", inner]] : [node, [script, specJson]]
  return new Promise(resolve => {
    const child = spawn(cmd, args, { env: { ...process.env, SPEC: specJson }, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', d => { out += d })
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', code => {
      clearTimeout(t)
      const line = out.split('\n').find(l => l.startsWith('BENCH-RESULT '))
      resolve(line ? JSON.parse(line.slice('BENCH-RESULT '.length)) : { error: `session exited ${code} without a result: ${out.slice(-500)}` })
    })
  })
}

const results = { profile: profileName, command, started: started.toISOString(), machine: facts, pinning: pin ? { server: '1', load: '0' } : null, netns: canUnshare, servers: {}, influx: null, extras: {} }

let port = 18080
// The fan-in scenarios run `rounds` times, the servers interleaved round by round; idle and
// rest run in the first round only (lib/rounds.mjs reports each scenario by its median round).
const sessions = Object.fromEntries(serverKinds.map(k => [k, []]))
for (let round = 0; round < rounds; round++) {
  for (const kind of serverKinds) {
    if (kind === 'mosquitto' && !canUnshare) { sessions[kind].push({ error: 'skipped: no private network namespace (unshare -n) available' }); continue }
    const scenarios = mqttScenarios(profile, kind).filter(s => round === 0 || repeatedScenario(s.name))
    if (rounds > 1) console.error(`bench: ${kind}, round ${round + 1} of ${rounds}`)
    sessions[kind].push(await session(path.join(repoRoot, 'bench/lib/session.mjs'), {
      server: kind, port: port += 10, serverCpus: pin ? '1' : null, loadCpus: pin ? '0' : null, scenarios,
    }, 15 * 60_000))
  }
}
for (const kind of serverKinds) results.servers[kind] = mergeRounds(sessions[kind])

results.influx = await session(path.join(repoRoot, 'bench/lib/influx-session.mjs'), {
  port: port += 10, serverCpus: pin ? '1' : null, loadCpus: pin ? '0' : null, seconds: profile.influxS, batch: 5000, writers: 4,
}, 5 * 60_000)

// Scenarios other branches contribute. Scripts following bench/README.md's contract print
// `BENCH-RESULT {title, columns, rows, notes}`; the ones below that predate it are adapted here.
const adapted = {
  'chat-fanout.mjs': {
    args: profileName === 'quick' ? ['--sessions', '500', '--rate', '100', '--seconds', '2', '--single', '3'] : ['--sessions', '1000', '--rate', '100', '--seconds', '15', '--single', '20'],
    table: r => ({
      title: 'chat.v1 fan-out (bench/chat-fanout.mjs)',
      columns: ['sessions in one room', 'one message → all sessions, p50 / max ms', 'sustained rate into the room (msg/s)', 'deliveries', 'delivery p50 / p99 / max ms', 'goal'],
      rows: [[r.sessions, `${r.single.allReceivedMs.p50} / ${r.single.allReceivedMs.max}`, `${r.sustained.achievedRate} (target ${r.sustained.rate})`, r.sustained.deliveries,
        `${r.sustained.latencyMs.p50} / ${r.sustained.latencyMs.p99} / ${r.sustained.latencyMs.max}`, `p99 < 50 ms at 100 msg/s: ${r.sustained.latencyMs.p99 < 50 ? 'met' : '**not met**'}`]],
      notes: 'The script spawns its own hub (not pinned) and its chat clients in one process; run inside the same private netns as the rest.',
    }),
  },
  'telemetry-ingest.mjs': {
    args: profileName === 'quick' ? ['--devices', '20', '--points', '10000', '--direct', '50000', '--baseline', '1'] : ['--devices', '20', '--points', '200000', '--direct', '500000', '--baseline', '1'],
    table: r => ({
      title: 'Telemetry into InfluxDB end to end (bench/telemetry-ingest.mjs)',
      columns: ['path', 'points', 'points/s', 'dropped', 'ratio to direct write'],
      rows: [
        ['direct batched line protocol → influxd', r.direct.points, r.direct.pointsPerSecond, '–', '1'],
        ...(r.mqttPublishOnly ? [['devices → hub, topic the pipeline ignores (MQTT path alone)', r.mqttPublishOnly.points, r.mqttPublishOnly.pointsPerSecond, '–', (r.mqttPublishOnly.pointsPerSecond / r.direct.pointsPerSecond).toFixed(2) + '×']] : []),
        ['devices (MQTT.js, QoS 1) → hub → influxd, until stored', r.e2e.points, r.e2e.pointsPerSecond, r.e2e.dropped, `${r.ratio}×`],
      ],
      notes: r.mqttPublishOnly ? `Store cost to the hub: e2e / MQTT-only = ${(r.e2e.pointsPerSecond / r.mqttPublishOnly.pointsPerSecond).toFixed(2)} (goal ≥ 0.9). The script uses MQTT.js devices, so the MQTT-only row is bounded by its generator, not the hub.` : '',
    }),
  },
  'commands-rtt.mjs': {
    // The goal's rate: 500 commands/s, the hub pinned to the server core like the other scenarios.
    args: [...(profileName === 'quick' ? ['--rate', '500', '--seconds', '3', '--devices', '50'] : ['--rate', '500', '--seconds', '20', '--devices', '50']), ...(pin ? ['--server-cpus', '1'] : [])],
    table: r => ({
      title: 'Commands round trip (bench/commands-rtt.mjs)',
      columns: ['rate (achieved)', 'issued', 'succeeded', 'errors', 'issue → ack p50 / p99 ms', 'issue → succeeded p50 / p99 / max ms', 'hub CPU ms / command', 'of it main thread / other threads ms', 'context switches / write syscalls per command', 'card revisions per command', 'goal: p99 < 25 ms and ≤ 1 ms CPU at 500/s'],
      rows: [[`${r.rate} (${r.achievedRate})`, r.issued, r.succeeded, r.errors, `${r.ackMs.p50} / ${r.ackMs.p99}`, `${r.succeededMs.p50} / ${r.succeededMs.p99} / ${r.succeededMs.max}`, r.hubCpuMsPerCommand,
        r.perCommand ? `${r.perCommand.mainThreadMs} / ${r.perCommand.otherThreadsMs}` : '–', r.perCommand ? `${r.perCommand.contextSwitches} / ${r.perCommand.writeSyscalls}` : '–', r.cardRevisionsPerCommand ?? '–',
        `p99 ${r.succeededMs.p99 < 25 ? 'met' : '**not met**'}, CPU ${r.hubCpuMsPerCommand !== null && r.hubCpuMsPerCommand <= 1 ? 'met' : '**not met**'}`]],
      notes: 'MQTT.js devices (clean=false, QoS 1) answer every command at once; one chat.v1 operator issues the commands; latency is measured at the operator up to the card revision with status succeeded. Hub CPU is utime + stime of every hub thread over the run; the main thread runs the JavaScript, the other threads are mostly the thread pool (LevelDB batches, WAL syncs). Context switches of all the hub threads and its write syscalls (SQLite WAL frames, LevelDB log, sockets) per command are from /proc.',
    }),
  },
}
for (const extra of ['telemetry-ingest.mjs', 'telemetry-pipeline.mjs', 'chat-fanout.mjs', 'commands-rtt.mjs', 'alarm-eval.mjs', 'cluster-fanin.mjs']) {
  const file = path.join(repoRoot, 'bench', extra)
  if (!existsSync(file)) continue
  console.error(`bench: ${extra}`)
  const a = adapted[extra]
  const spec = { profile: profileName, port: port += 10, serverCpus: pin ? '1' : null, loadCpus: pin ? '0' : null }
  results.extras[extra] = a ? await adaptedSession(file, a, spec) : await session(file, spec, 10 * 60_000)
}

/** Runs a script with its own flags in a private netns and turns its last JSON line into a table. */
function adaptedSession(file, adapter, spec) {
  const quoted = adapter.args.map(x => `'${x}'`).join(' ')
  const inner = `ip link set lo up && exec "${process.execPath}" "${file}" ${quoted}`
  const [cmd, args] = canUnshare ? ['unshare', ['-n', 'sh', '-c', inner]] : [process.execPath, [file, ...adapter.args]]
  return new Promise(resolve => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SPEC: JSON.stringify(spec) } })
    let out = '', err = ''
    child.stdout.on('data', d => { out += d })
    child.stderr.on('data', d => { err = (err + d).slice(-2000); process.stderr.write(d) })
    const t = setTimeout(() => child.kill('SIGKILL'), (profileName === 'quick' ? 2 : 10) * 60_000)
    child.on('exit', code => {
      clearTimeout(t)
      const line = out.trim().split('\n').reverse().find(l => l.startsWith('{'))
      try { resolve({ raw: JSON.parse(line), ...adapter.table(JSON.parse(line)) }) } catch { resolve({ error: `${path.basename(file)} exited ${code}: ${(err.match(/^Error: .*$/m)?.[0] ?? err.slice(-300)).trim()}` }) }
    })
  })
}

results.finished = new Date().toISOString()
results.elapsedSeconds = Math.round((Date.now() - t0) / 1000)
results.loadAverageAfter = machineFacts().loadAverage
mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true })
const stamp = started.toISOString().replace(/[:.]/g, '-')
const rawFile = path.join('bench/results', `${stamp}-${profileName}.json`)
writeFileSync(path.join(repoRoot, rawFile), JSON.stringify(results, null, 2) + '\n')
// Hand-written findings (profiles, caveats) live in bench/notes.md and are appended verbatim.
const notesFile = path.join(repoRoot, 'bench/notes.md')
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : ''
if (writeDocs) writeFileSync(path.join(repoRoot, 'docs/benchmarks.md'), renderMarkdown(results, rawFile, notes))
console.error(`bench: done in ${results.elapsedSeconds} s → ${rawFile}${writeDocs ? ', docs/benchmarks.md' : ''}`)
