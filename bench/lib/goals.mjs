/**
 * The hub's per-core goals, judged on one full run's own figures (a fan-in goal on its median
 * rounds): each goal with the figure it is judged on and met / not met (null: the run has no figure
 * for it). Pure: results in, rows out.
 */
import { cpuPerMsg, fin, p99, roundFigures, rssPerConn, scenario } from './results.mjs'

const judge = (figure, ok) => ({ figure, met: Boolean(ok) })
const none = { figure: 'not measured', met: null }

/**
 * `hub / base = ratio×`, met when the ratio is at most `limit`. With rounds (the same length for both,
 * paired round by round as they ran interleaved), each round's ratio follows.
 */
function ratioGoal(hub, base, limit, unit, hubRounds = null, baseRounds = null) {
  if (!fin(hub) || !fin(base) || base === 0) return none
  const x = hub / base
  const paired = hubRounds?.length > 1 && hubRounds.length === baseRounds?.length
    ? `; by round ${hubRounds.map((h, i) => (fin(h) && fin(baseRounds[i]) && baseRounds[i] !== 0 ? `${(h / baseRounds[i]).toFixed(2)}×` : '–')).join(', ')}`
    : ''
  return judge(`${hub.toFixed(unit === 'ms' ? 2 : 1)} / ${base.toFixed(unit === 'ms' ? 2 : 1)} ${unit} = ${x.toFixed(2)}×${paired}`, x <= limit)
}

/** A cell of an extra script's table, by the start of its column's name. */
function cell(results, file, rowName, column) {
  const t = results.extras?.[file]
  const c = t?.columns?.findIndex(name => name.startsWith(column)) ?? -1
  const row = t?.rows?.find(r => r[0] === rowName)
  return c >= 0 && row ? row[c] : undefined
}

export function perCoreGoals(results) {
  const rows = []
  for (const qos of [0, 1]) {
    const limit = qos === 0 ? 1.5 : 2
    const forwarder = cpuPerMsg(scenario(results, 'forwarder', `fanin-q${qos}-sat`))
    const goal = ratioGoal(cpuPerMsg(scenario(results, 'tether', `fanin-q${qos}-sat`)), forwarder, limit, 'µs',
      roundFigures(results, 'tether', `fanin-q${qos}-sat`), roundFigures(results, 'forwarder', `fanin-q${qos}-sat`))
    // The same hub without the pipeline (the pipeline table's "alone"), against the same forwarder: what the goal leaves the pipeline.
    const alone = Number.parseFloat(cell(results, 'telemetry-pipeline.mjs', qos === 0 ? 'QoS 0 saturation' : 'saturation', 'hub CPU-µs per message') ?? '')
    const path = goal.met !== null && fin(alone) && fin(forwarder) && forwarder > 0 ? `; the MQTT path alone ${alone.toFixed(1)} µs = ${(alone / forwarder).toFixed(2)}×` : ''
    rows.push({ goal: `MQTT QoS ${qos} fan-in: hub CPU per delivered message ≤ ${limit}× the raw ws forwarder (saturation)`, ...goal, figure: goal.figure + path })
  }
  for (const qos of [0, 1]) {
    rows.push({ goal: `MQTT QoS ${qos}: p99 at 5 000 msg/s within 3× Mosquitto's`,
      ...ratioGoal(p99(scenario(results, 'tether', `fanin-q${qos}-5k`)), p99(scenario(results, 'mosquitto', `fanin-q${qos}-5k`)), 3, 'ms',
        roundFigures(results, 'tether', `fanin-q${qos}-5k`), roundFigures(results, 'mosquitto', `fanin-q${qos}-5k`)) })
  }
  const idle = scenario(results, 'tether', 'idle')
  const perConn = rssPerConn(idle) / 1024
  rows.push({ goal: '≤ 12 KiB RSS per idle device connection at 10 000 connections',
    ...(fin(perConn) ? judge(`${perConn.toFixed(1)} KiB at ${idle.connect.connected.toLocaleString('en-US')} connections`, perConn <= 12 && idle.connect.connected >= 10_000) : none) })
  const rest = scenario(results, 'tether', 'rest')?.watched?.[0]
  const restMiB = rest && rest.rssEndBytes / 2 ** 20
  rows.push({ goal: 'a hub at rest (20 devices at 1 msg/s) under 60 MiB RSS',
    ...(fin(restMiB) ? judge(`${restMiB.toFixed(1)} MiB${fin(rest.rssAnonEndBytes) ? `, ${(rest.rssAnonEndBytes / 2 ** 20).toFixed(1)} of it anonymous` : ''}`, restMiB < 60) : none) })
  for (const [shape, label] of [['saturation', 'QoS 1, saturation'], ['5 000 msg/s', 'QoS 1, 5 000 msg/s'], ['QoS 0 saturation', 'QoS 0, saturation']]) {
    const x = Number.parseFloat(cell(results, 'telemetry-pipeline.mjs', shape, 'CPU ratio'))
    rows.push({ goal: `telemetry pipeline ≤ 2× the MQTT path's hub CPU per message (${label})`, ...(fin(x) ? judge(`${x.toFixed(3)}×`, x <= 2) : none) })
  }
  const chat = results.extras?.['chat-fanout.mjs']?.raw
  const chatP99 = chat?.sustained?.latencyMs?.p99
  rows.push({ goal: 'chat.v1: 1 000 sessions in one room at 100 msg/s, delivery p99 < 50 ms',
    ...(fin(chatP99) ? judge(`p99 ${chatP99.toFixed(1)} ms, ${chat.sessions.toLocaleString('en-US')} sessions at ${chat.sustained.achievedRate} msg/s`, chatP99 < 50 && chat.sessions >= 1000 && chat.sustained.achievedRate >= 99) : none) })
  const cmd = results.extras?.['commands-rtt.mjs']?.raw
  const cmdP99 = cmd?.succeededMs?.p99
  rows.push({ goal: 'commands at 500/s: hub CPU ≤ 1 ms per command and p99 < 25 ms (issue → card `succeeded`)',
    ...(fin(cmdP99) && fin(cmd.hubCpuMsPerCommand)
      ? judge(`${cmd.hubCpuMsPerCommand.toFixed(2)} ms CPU, p99 ${cmdP99.toFixed(1)} ms (acknowledgement p99 ${cmd.ackMs.p99.toFixed(1)} ms) at ${cmd.achievedRate}/s`, cmd.hubCpuMsPerCommand <= 1 && cmdP99 < 25 && cmd.achievedRate >= 495)
      : none) })
  return rows
}
