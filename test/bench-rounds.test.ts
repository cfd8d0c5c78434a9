import { describe, it, expect } from '@jest/globals'
// @ts-expect-error: plain ES modules of the bench, without types
import { mergeRounds, goalFigure } from '../bench/lib/rounds.mjs'
// @ts-expect-error: a plain ES module of the bench, without types
import { perCoreGoals } from '../bench/lib/goals.mjs'
// @ts-expect-error: a plain ES module of the bench, without types
import { renderMarkdown } from '../bench/lib/report.mjs'

type Result = Record<string, unknown>
type Session = { server?: string; version?: string; error?: string; results?: Record<string, Result>; rounds?: Record<string, Array<number | null>> }

/** A fan-in result with the fields the report reads; only the goal figure matters here. */
const fanin = (cpu: number, p99: number, tag: string) => ({
  tag, watched: [{ cpuMicrosPerDelivered: cpu, cpuPercent: 90 }], generator: [],
  deliver: { perSecond: 1000, receivedInWindow: 1000, latencyMs: { p50: 0, p99 } }, publish: { perSecond: 1000, sentInWindow: 1000 },
})
const sat = (cpu: number, tag: string) => fanin(cpu, 0, tag)
const fixed = (p99: number, tag: string) => fanin(0, p99, tag)
/** A session of one round: idle and rest only in the first, as run.js runs them. */
function session(round: number, q0sat: number | null, q0p99: number): Session {
  return { server: 'tether', version: 'x', results: {
    ...(round === 0 ? { idle: { tag: 'idle' }, rest: { tag: 'rest' } } : {}),
    'fanin-q0-sat': q0sat === null ? { error: 'load generator crashed' } : sat(q0sat, `sat${round}`),
    'fanin-q0-5k': fixed(q0p99, `5k${round}`),
  } }
}
/** The session without idle and rest, whose stand-ins above carry no figures for the report or the goals. */
function faninOnly(s: Session): Session {
  const { idle: _idle, rest: _rest, ...fanin } = s.results!
  return { ...s, results: fanin }
}
const tags = (s: Session) => Object.fromEntries(Object.entries(s.results!).map(([k, v]) => [k, (v as { tag?: string; error?: string }).tag ?? v.error]))

describe('fan-in rounds merged into one session', () => {
  it('reports each repeated scenario by its median round and keeps every round\'s figure', () => {
    const merged = mergeRounds([session(0, 30, 5), session(1, 20, 9), session(2, 25, 1)]) as Session
    // CPU 30 / 20 / 25 → the round with 25; p99 5 / 9 / 1 → the round with 5.
    expect(tags(merged)).toEqual({ idle: 'idle', rest: 'rest', 'fanin-q0-sat': 'sat2', 'fanin-q0-5k': '5k0' })
    expect(merged.rounds).toEqual({ 'fanin-q0-sat': [30, 20, 25], 'fanin-q0-5k': [5, 9, 1] })
    expect(merged.version).toBe('x')
  })

  it('leaves a failed round out of the median, takes the higher middle of an even count, and keeps an error no round replaced', () => {
    const merged = mergeRounds([session(0, null, 4), session(1, 20, 2), session(2, 26, 8), session(3, null, 6)]) as Session
    // Measured CPU 20 and 26: the higher; p99 2 / 4 / 6 / 8: the higher middle, 6.
    expect(tags(merged)['fanin-q0-sat']).toBe('sat2')
    expect(tags(merged)['fanin-q0-5k']).toBe('5k3')
    expect(merged.rounds!['fanin-q0-sat']).toEqual([null, 20, 26, null])
    const allFailed = mergeRounds([session(0, null, 1), session(1, null, 1)]) as Session
    expect(tags(allFailed)['fanin-q0-sat']).toBe('load generator crashed')
  })

  it('passes one round through untouched, and a round whose whole session failed counts as failed', () => {
    const one = session(0, 10, 1)
    expect(mergeRounds([one])).toBe(one)
    const merged = mergeRounds([session(0, 30, 3), { error: 'session exited 1 without a result' }, session(2, 10, 1)]) as Session
    expect(merged.rounds!['fanin-q0-sat']).toEqual([30, null, 10])
    expect(tags(merged)['fanin-q0-sat']).toBe('sat0')
  })

  it('judges a scenario by CPU per message at saturation and by p99 at a fixed rate', () => {
    expect(goalFigure('fanin-q1-sat', sat(12, ''))).toBe(12)
    expect(goalFigure('fanin-q1-5k', fixed(3.5, ''))).toBe(3.5)
    expect(goalFigure('fanin-q1-5k', { error: 'x' })).toBeNaN()
  })

  it('gives each round\'s ratio beside a goal judged on the medians, paired round by round', () => {
    const merged = mergeRounds([session(0, 30, 5), session(1, 20, 9), session(2, 25, 1)]) as Session
    const forwarder = mergeRounds([0, 1, 2].map(i => ({ results: { 'fanin-q0-sat': sat([10, 10, 20][i]!, `f${i}`) } }))) as Session
    const goals = perCoreGoals({ servers: { tether: faninOnly(merged), forwarder }, extras: {} }) as Array<{ figure: string; met: boolean | null }>
    expect(goals[0]).toMatchObject({ figure: '25.0 / 10.0 µs = 2.50×; by round 3.00×, 2.00×, 1.25×', met: false })
  })

  it('lists every round under the fan-in table of the report', () => {
    const merged = mergeRounds([session(0, 30, 5), session(1, 20, 9), session(2, null, 1)]) as Session
    const machine = { cpuModel: 'cpu', cores: 2, memoryGiB: 24, kernel: 'k', node: 'v20', openFilesLimit: 1024, loadAverage: [0, 0, 0], gitCommit: 'abc' }
    const md = renderMarkdown({ profile: 'full', command: 'npm run bench', started: '2026-12-03T15:00:00Z', elapsedSeconds: 1, machine, servers: { tether: faninOnly(merged) }, extras: {} }, 'raw.json') as string
    expect(md).toContain('Each fan-in row is the median of 3 rounds')
    expect(md).toContain('QoS 0 saturation, CPU-µs / msg: Tether hub 30.0 / 20.0 / failed. QoS 0 at 5 000 msg/s, p99 ms: Tether hub 5.00 / 9.00 / 1.00.')
  })
})
