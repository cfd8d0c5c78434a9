/**
 * The fan-in scenarios run in rounds, the servers interleaved round by round: a slow minute of a
 * shared host then lands on one round of every server instead of on one server's only figure. Each
 * scenario is reported by its median round. Pure: one server's sessions in, one session out.
 */
import { cpuPerMsg, fin, p99 } from './results.mjs'

/** Scenarios that run in every round; the others (idle, rest) run in the first only. */
export const repeatedScenario = name => name.startsWith('fanin-')

/** The figure a scenario's goal is judged on: p99 at a fixed rate, CPU per delivered message at saturation. */
export function goalFigure(name, r) {
  if (!r || r.error) return NaN
  return name.endsWith('-5k') ? p99(r) : cpuPerMsg(r)
}

/**
 * One session whose repeated scenarios are each the round with the median goal figure (of an even
 * count, the higher of the two middle ones), and `rounds[name]`: every round's figure in round order,
 * null where a round failed. A scenario no round measured keeps the first round's result (its error).
 */
export function mergeRounds(sessions) {
  const base = sessions.find(s => s?.results) ?? sessions[0]
  if (sessions.length <= 1 || !base?.results) return base
  const results = { ...base.results }
  const rounds = {}
  for (const name of Object.keys(base.results).filter(repeatedScenario)) {
    const runs = sessions.map(s => s?.results?.[name])
    const figures = runs.map(r => goalFigure(name, r))
    rounds[name] = figures.map(f => (fin(f) ? f : null))
    const measured = runs.map((r, i) => ({ r, f: figures[i] })).filter(x => fin(x.f)).sort((a, b) => a.f - b.f)
    if (measured.length) results[name] = measured[Math.floor(measured.length / 2)].r
  }
  return { ...base, results, rounds }
}
