import { describe, it, expect } from '@jest/globals'
// @ts-expect-error: a plain ES module of the bench, without types
import { perCoreGoals } from '../bench/lib/goals.mjs'

type Goal = { goal: string; figure: string; met: boolean | null }

const watched = (w: Record<string, number>) => ({ watched: [w] })
const fanin = (cpu: number, p99: number) => ({ ...watched({ cpuMicrosPerDelivered: cpu }), deliver: { latencyMs: { p99 } } })

/** A full run's results with every goal's figure, each scenario overridable. */
function run(over: { tether?: Record<string, unknown>; extras?: Record<string, unknown> } = {}) {
  return {
    servers: {
      tether: { results: {
        'fanin-q0-sat': fanin(15, 0), 'fanin-q1-sat': fanin(30, 0), 'fanin-q0-5k': fanin(0, 3), 'fanin-q1-5k': fanin(0, 9),
        idle: { ...watched({ rssStartBytes: 100 * 2 ** 20, rssEndBytes: 100 * 2 ** 20 + 10_000 * 10 * 1024 }), connect: { connected: 10_000 } },
        rest: watched({ rssEndBytes: 59 * 2 ** 20, rssAnonEndBytes: 20 * 2 ** 20 }),
        ...over.tether,
      } },
      forwarder: { results: { 'fanin-q0-sat': fanin(10, 0), 'fanin-q1-sat': fanin(15, 0) } },
      mosquitto: { results: { 'fanin-q0-5k': fanin(0, 1), 'fanin-q1-5k': fanin(0, 3) } },
    },
    extras: {
      'telemetry-pipeline.mjs': { columns: ['load (QoS 1, 100 devices)', 'CPU ratio'], rows: [['saturation', '2.001×'], ['5 000 msg/s', '1.480×']] },
      'chat-fanout.mjs': { raw: { sessions: 1000, sustained: { achievedRate: 99.8, latencyMs: { p99: 49.9 } } } },
      'commands-rtt.mjs': { raw: { achievedRate: 500, hubCpuMsPerCommand: 1, succeededMs: { p99: 24.9 }, ackMs: { p99: 10 } } },
      ...over.extras,
    },
  }
}
const verdicts = (results: unknown) => (perCoreGoals(results) as Goal[]).map(g => g.met)

describe('per-core goals judged on one run', () => {
  it('marks each goal met at its limit and not met past it', () => {
    // QoS 0 1.5× (met at the limit), QoS 1 2× (met), p99 3× and 3× (met), 10 KiB, 59 MiB, 2.001× (not met), 1.48×, no QoS 0 row, 49.9 ms, 1 ms and 24.9 ms.
    expect(verdicts(run())).toEqual([true, true, true, true, true, true, false, true, null, true, true])
    const goals = perCoreGoals(run()) as Goal[]
    expect(goals[0].figure).toBe('15.0 / 10.0 µs = 1.50×')
    expect(goals[4].figure).toBe('10.0 KiB at 10,000 connections')
    expect(goals[5].figure).toBe('59.0 MiB, 20.0 of it anonymous')
  })

  it('judges a goal not met when its load was not reached', () => {
    const fewer = run({ tether: { idle: { ...watched({ rssStartBytes: 0, rssEndBytes: 5000 * 1024 }), connect: { connected: 5000 } } } })
    expect(verdicts(fewer)[4]).toBe(false)
    const slowCommands = run({ extras: { 'commands-rtt.mjs': { raw: { achievedRate: 400, hubCpuMsPerCommand: 0.5, succeededMs: { p99: 5 }, ackMs: { p99: 1 } } } } })
    expect(verdicts(slowCommands)[10]).toBe(false)
  })

  it('gives the MQTT path alone beside each fan-in CPU goal, from the pipeline table, against the same forwarder', () => {
    const pipeline = { columns: ['load (100 devices, QoS 1 unless named)', 'hub CPU-µs per message: alone / with pipeline', 'CPU ratio'],
      rows: [['saturation', '18 / 36.5', '2.028×'], ['5 000 msg/s', '80 / 110', '1.375×'], ['QoS 0 saturation', '12.5 / 26', '2.080×']] }
    const goals = perCoreGoals(run({ extras: { 'telemetry-pipeline.mjs': pipeline } })) as Goal[]
    expect(goals[0]).toMatchObject({ figure: '15.0 / 10.0 µs = 1.50×; the MQTT path alone 12.5 µs = 1.25×', met: true })
    expect(goals[1]).toMatchObject({ figure: '30.0 / 15.0 µs = 2.00×; the MQTT path alone 18.0 µs = 1.20×', met: true })
    // The telemetry goal judges each row: QoS 1 at saturation and 5 000 msg/s, QoS 0 at saturation.
    expect(goals.slice(6, 9).map(g => [g.figure, g.met])).toEqual([['2.028×', false], ['1.375×', true], ['2.080×', false]])
  })

  it('says "not measured" for a goal whose scenario failed or did not run, instead of judging it', () => {
    const failed = run({ tether: { 'fanin-q0-sat': { error: 'hub crashed' }, rest: undefined }, extras: { 'chat-fanout.mjs': { error: 'timed out' } } })
    const goals = perCoreGoals(failed) as Goal[]
    expect([goals[0].met, goals[5].met, goals[9].met]).toEqual([null, null, null])
    expect(goals[0].figure).toBe('not measured')
    expect(goals[1].met).toBe(true)
  })
})
