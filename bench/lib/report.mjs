/**
 * Renders a bench results object as docs/benchmarks.md. Pure: results in, markdown out.
 * Every figure that has a baseline in the same run is shown with its ratio.
 */
import { perCoreGoals } from './goals.mjs'
import { cpuPerMsg, fin, roundFigures, rssPerConn, scenario } from './results.mjs'

const ORDER = ['tether', 'aedes', 'mosquitto', 'forwarder']
const LABEL = { tether: 'Tether hub', aedes: 'bare aedes-ws', mosquitto: 'Mosquitto-ws', forwarder: 'raw ws forwarder' }

const n0 = v => (fin(v) ? Math.round(v).toLocaleString('en-US') : '–')
const n1 = v => (fin(v) ? v.toFixed(1) : '–')
const n2 = v => (fin(v) ? v.toFixed(2) : '–')
export const ratio = (a, b) => (fin(a) && fin(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–')

/** Why a scenario has no figures, or a crash note when it has some. */
function problem(results, kind, name) {
  const r = results.servers[kind]?.results?.[name]
  if (!r) return results.servers[kind]?.error ?? 'not run'
  const crash = r.serverCrashed ? `server crashed${/Maximum call stack/.test(r.serverLog ?? '') ? ' (RangeError: Maximum call stack size exceeded in mqemitter)' : ''}` : ''
  if (r.error) return [crash, r.error.split('\n')[0].slice(0, 120)].filter(Boolean).join('; ')
  return crash
}

/** Sum of the generator processes' CPU % (they share one core when pinned). */
export const loadCoreBusy = r => (r ? r.generator.reduce((a, g) => a + g.cpuPercent, 0) : NaN)
const maxGen = r => (r ? Math.max(...r.generator.map(g => g.cpuPercent)) : NaN)

function kinds(results) {
  return ORDER.filter(k => results.servers[k])
}

function fanInTable(results) {
  const rows = []
  const footnotes = []
  rows.push('| server | QoS | delivered msg/s (saturation) | published msg/s | delivered / published | server CPU % | **CPU-µs / delivered msg** | vs Mosquitto | vs bare aedes | p50 / p99 ms at 5 000 msg/s | CPU-µs / msg at 5 000 msg/s | load core busy % (sat / 5k) |')
  rows.push('|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const qos of [0, 1]) {
    for (const k of kinds(results)) {
      const sat = scenario(results, k, `fanin-q${qos}-sat`)
      const fixed = scenario(results, k, `fanin-q${qos}-5k`)
      const notes = [problem(results, k, `fanin-q${qos}-sat`), problem(results, k, `fanin-q${qos}-5k`)].filter(Boolean)
      if (notes.length) footnotes.push(`${LABEL[k]}, QoS ${qos}: ${notes.join(' / ')}`)
      const mark = notes.length ? ` [${footnotes.length}]` : ''
      if (!sat && !fixed) { rows.push(`| ${LABEL[k]}${mark} | ${qos} | – | – | – | – | – | – | – | – | – | – |`); continue }
      const cpm = cpuPerMsg(sat)
      const mos = cpuPerMsg(scenario(results, 'mosquitto', `fanin-q${qos}-sat`))
      const aed = cpuPerMsg(scenario(results, 'aedes', `fanin-q${qos}-sat`))
      const lat = fixed?.deliver?.latencyMs
      rows.push(`| ${LABEL[k]}${mark} | ${qos} | ${n0(sat?.deliver?.perSecond)} | ${n0(sat?.publish?.perSecond)} | ${sat ? n2(sat.deliver.receivedInWindow / sat.publish.sentInWindow) : '–'} | ${n0(sat?.watched?.[0]?.cpuPercent)} | **${n1(cpm)}** | ${k === 'mosquitto' ? '1' : ratio(cpm, mos)} | ${k === 'aedes' ? '1' : ratio(cpm, aed)} | ${lat ? `${n2(lat.p50)} / ${n2(lat.p99)}` : '–'} | ${n1(cpuPerMsg(fixed))} | ${n0(loadCoreBusy(sat))} / ${n0(loadCoreBusy(fixed))} |`)
    }
  }
  return rows.join('\n') + (footnotes.length ? '\n\n' + footnotes.map((f, i) => `[${i + 1}] ${f}`).join('  \n') : '') + roundsNote(results) + storeKeptUp(results)
}

/** Every round's goal figure, when the fan-in scenarios ran in rounds: the rows above show each scenario's median round. */
function roundsNote(results) {
  const cells = []
  let count = 0
  for (const [name, what] of [['fanin-q0-sat', 'QoS 0 saturation, CPU-µs / msg'], ['fanin-q1-sat', 'QoS 1 saturation, CPU-µs / msg'], ['fanin-q0-5k', 'QoS 0 at 5 000 msg/s, p99 ms'], ['fanin-q1-5k', 'QoS 1 at 5 000 msg/s, p99 ms']]) {
    const per = kinds(results).map(k => [k, roundFigures(results, k, name)]).filter(([, f]) => f)
    if (!per.length) continue
    count = Math.max(count, ...per.map(([, f]) => f.length))
    cells.push(`${what}: ${per.map(([k, f]) => `${LABEL[k]} ${f.map(v => (fin(v) ? (name.endsWith('-5k') ? n2(v) : n1(v)) : 'failed')).join(' / ')}`).join('; ')}`)
  }
  return cells.length ? `\n\nEach fan-in row is the median of ${count} rounds, the servers interleaved round by round (a fresh server each time); a row shows its median round, judged by CPU-µs per delivered message at saturation and by the p99 at 5 000 msg/s. Every round, in order: ${cells.join('. ')}.` : ''
}

/** Whether Tether's telemetry store kept up in each fan-in window: a backlog is cost the window left out. */
function storeKeptUp(results) {
  const cells = []
  for (const qos of [0, 1]) {
    for (const [name, label] of [['sat', 'saturation'], ['5k', '5 000 msg/s']]) {
      const t = scenario(results, 'tether', `fanin-q${qos}-${name}`)?.telemetry
      if (t && !t.error) cells.push(`QoS ${qos} ${label}: ${n0(t.written)} of ${n0(t.accepted)} points stored${t.maxBacklog !== undefined ? `, largest backlog during the run ${n0(t.maxBacklog)}` : ''}, backlog as the load exited ${n0(t.backlog)}`)
    }
  }
  return cells.length ? `\n\nTether's telemetry store in each run (every delivered message is also a stored point; a backlog that grew through a run would be cost left outside its window; sampled once a second, and again as the load process exited): ${cells.join('; ')}.` : ''
}

function idleTable(results) {
  const rows = ['| server | connections | connect rate /s | server RSS before → after (MiB) | **RSS / connection (KiB)** | vs bare aedes | vs Mosquitto |', '|---|---|---|---|---|---|---|']
  const aed = rssPerConn(scenario(results, 'aedes', 'idle'))
  const mos = rssPerConn(scenario(results, 'mosquitto', 'idle'))
  for (const k of kinds(results)) {
    const r = scenario(results, k, 'idle')
    if (!r) continue
    const per = rssPerConn(r)
    rows.push(`| ${LABEL[k]} | ${n0(r.connect.connected)}${r.connect.failed ? ` (${r.connect.failed} failed)` : ''} | ${n0(r.connect.perSecond)} | ${n1(r.watched[0].rssStartBytes / 2 ** 20)} → ${n1(r.watched[0].rssEndBytes / 2 ** 20)} | **${n1(per / 1024)}** | ${k === 'aedes' ? '1' : ratio(per, aed)} | ${k === 'mosquitto' ? '1' : ratio(per, mos)} |`)
  }
  return rows.join('\n')
}

function restTable(results) {
  const rows = ['| server | server CPU % | server RSS (MiB) | of it anonymous (MiB) | CPU-µs / msg | vs Mosquitto (CPU) |', '|---|---|---|---|---|---|']
  const mos = scenario(results, 'mosquitto', 'rest')?.watched?.[0]?.cpuPercent
  for (const k of kinds(results)) {
    const r = scenario(results, k, 'rest')
    if (!r) continue
    rows.push(`| ${LABEL[k]} | ${n2(r.watched[0].cpuPercent)} | ${n1(r.watched[0].rssEndBytes / 2 ** 20)} | ${n1(r.watched[0].rssAnonEndBytes / 2 ** 20)} | ${n1(cpuPerMsg(r))} | ${k === 'mosquitto' ? '1' : ratio(r.watched[0].cpuPercent, mos)} |`)
  }
  return rows.join('\n')
}

function influxSection(results) {
  const i = results.influx
  if (!i || i.error) return `Not measured: ${i?.error ?? 'no result'}.`
  return [
    '| path | points/s | batch | requests in flight | errors | stored = sent | influxd CPU % | influxd CPU-µs / point | writer CPU % |',
    '|---|---|---|---|---|---|---|---|---|',
    `| direct line protocol → influxd ${i.version} | ${n0(i.pointsPerSecond)} | ${i.batch} | ${i.writers} | ${i.errors} | ${i.stored === i.points ? 'yes' : `${i.stored} of ${i.points}`} | ${n0(i.influxdCpuPercent)} | ${n2(i.influxdCpuMicrosPerPoint)} | ${n0(i.writerCpuPercent)} |`,
  ].join('\n')
}

function extrasSection(results) {
  const out = []
  for (const [file, r] of Object.entries(results.extras ?? {})) {
    out.push(`### ${r?.title ?? file}`, '')
    if (!r || r.error || !Array.isArray(r.columns)) { out.push(`Not measured: ${r?.error ?? 'no table'}.`, ''); continue }
    out.push(`| ${r.columns.join(' | ')} |`, `|${r.columns.map(() => '---').join('|')}|`, ...r.rows.map(row => `| ${row.join(' | ')} |`), '')
    if (r.notes) out.push(r.notes, '')
  }
  return out.join('\n')
}

function goalsTable(results) {
  const verdict = met => (met === null ? 'not measured' : met ? '**met**' : 'not met')
  return ['| goal | this run | |', '|---|---|---|', ...perCoreGoals(results).map(g => `| ${g.goal} | ${g.figure} | ${verdict(g.met)} |`)].join('\n')
}

function versions(results) {
  return kinds(results).map(k => `- ${LABEL[k]}: ${results.servers[k].version ?? results.servers[k].error}`).join('\n')
}

export function renderMarkdown(results, rawFile, notes = '') {
  const m = results.machine
  return `# Benchmarks

Measured by \`${results.command}\` (${results.profile} profile) on ${results.started.slice(0, 16).replace('T', ' ')} UTC,
commit \`${m.gitCommit}\`, in ${results.elapsedSeconds} s. Raw results: [\`${rawFile}\`](../${rawFile}).
Every figure is measured in this same run; ratios compare against baselines from this run only.

## Conditions

- Machine: ${m.cpuModel}, **${m.cores} cores**, ${m.memoryGiB} GiB, ${m.kernel}, Node ${m.node}, open-files limit ${m.openFilesLimit ?? '?'}.
- Load average at start ${m.loadAverage.join(' / ')}, at the end ${(results.loadAverageAfter ?? []).join(' / ')}.
  ${m.loadAverage[0] > 1 ? '**The machine was shared with other work during this run: absolute figures are noisy; ratios within the run are the robust part.**' : 'The machine was otherwise idle.'}
- How the ${m.cores} cores were shared: ${results.pinning ? `each server process pinned to CPU ${results.pinning.server} (\`taskset\`, its helper threads included), every load-generator process pinned to CPU ${results.pinning.load}. "load core busy %" is the sum of the generator processes' CPU; below 100 % the generator had CPU to spare.` : 'no pinning.'}
- Isolation: ${results.netns ? 'each server and its load generators ran in a private network namespace (`unshare -n`, loopback only), one server at a time.' : 'no network namespace was available; Mosquitto was skipped.'}
- Servers:
${versions(results)}
- Load generator: \`device-sim/src/load\` (raw TCP sockets, hand-framed masked WebSocket frames with pre-encoded MQTT PUBLISH packets patched per message; ${results.profile === 'quick' ? 'quick' : 'full'} window: see the raw file).
  Latency is publish→delivery, from a µs timestamp in the payload.

## Per-core goals

Each judged on this run's figures alone (the tables below; a fan-in goal on the median of its rounds, each
round's ratio beside it); how they moved from run to run, and what each stands on, is in the rounds under
"Per-core levers" further down.

${goalsTable(results)}

## MQTT over WebSocket fan-in

100 devices publish 100-byte JSON on \`devices/<id>/telemetry\`; one subscriber on \`devices/+/telemetry\`
(2 publisher processes + the subscriber process). Saturation: every publisher sends as fast as its socket
takes it (QoS 1: 16 in flight per connection). Fixed rate: 5 000 msg/s in total.
The headline is **server CPU-µs per delivered message**: CPU time (utime+stime from \`/proc/<pid>/stat\`) over
the measurement window divided by messages the subscriber received in that window.

${fanInTable(results)}

## Idle connections

Devices connect (MQTT CONNECT over WebSocket, clean session) and stay idle; server RSS from \`/proc/<pid>/status\`
before the first connection and after all are up.

${idleTable(results)}

## At rest: a small fleet

20 devices, 1 message/s each, one subscriber. The anonymous part of the RSS (\`RssAnon\`) is what the server
itself holds (heaps, stacks); the rest is the pages of its executable and libraries, the same for every process
of one runtime (a bare \`node\` maps ~34 MiB of them).

${restTable(results)}

## Telemetry baseline: direct batched write into InfluxDB

${influxSection(results)}

${extrasSection(results)}
${notes}`
}
