import { describe, expect, it } from '@jest/globals'
import { DevicePresence, type DisconnectCause, type PresenceOptions } from './device-presence.js'

const opts: PresenceOptions = { silentFactor: 3, silentFloorMs: 10_000, minCadenceSamples: 3, flapWindowMs: 60_000, flapReconnects: 3 }
const T0 = 1_764_000_000_000

type Step =
  | ['connect', number]
  | ['disconnect', number, DisconnectCause]
  | ['telemetry', number]
  | ['tick', number]

/** Runs a script (times relative to T0) and returns the published changes as `state/reason@t`. */
function run(steps: Step[]): string[] {
  const p = new DevicePresence(opts, T0)
  const out: string[] = []
  for (const step of steps) {
    const t = T0 + step[1]
    const change = step[0] === 'connect' ? p.connected(t)
      : step[0] === 'disconnect' ? p.disconnected(t, step[2])
        : step[0] === 'telemetry' ? p.telemetry(t) : p.tick(t)
    if (change) out.push(`${change.state}/${change.reason}@${step[1]}`)
  }
  return out
}

/** Telemetry every `every` ms from `from`, `n` times. */
const telemetry = (from: number, every: number, n: number): Step[] => Array.from({ length: n }, (_, i) => ['telemetry', from + i * every] as Step)

describe('device presence state machine', () => {
  it('starts offline with reason never_connected and no lastSeen', () => {
    const v = new DevicePresence(opts, T0).view()
    expect(v).toMatchObject({ state: 'offline', reason: 'never_connected', since: T0, lastSeen: null, cadenceMs: null })
  })

  it.each<[string, Step[], string[]]>([
    ['goes online on connect', [['connect', 5]], ['online/connected@5']],
    ['goes offline on a clean DISCONNECT', [['connect', 0], ['disconnect', 100, 'clean']], ['online/connected@0', 'offline/clean_disconnect@100']],
    ['goes lost when the will fires', [['connect', 0], ['disconnect', 100, 'will']], ['online/connected@0', 'lost/will_fired@100']],
    ['goes lost when the keepalive expires', [['connect', 0], ['disconnect', 90_000, 'keepalive']], ['online/connected@0', 'lost/keepalive_expired@90000']],
    ['goes lost when the connection drops without a will', [['connect', 0], ['disconnect', 7, 'dropped']], ['online/connected@0', 'lost/connection_lost@7']],
    ['comes back online after lost', [['connect', 0], ['disconnect', 10, 'will'], ['connect', 20]], ['online/connected@0', 'lost/will_fired@10', 'online/connected@20']],
    ['ignores a second disconnect of the same session', [['connect', 0], ['disconnect', 10, 'will'], ['disconnect', 11, 'clean']], ['online/connected@0', 'lost/will_fired@10']],
  ])('%s', (_name, steps, expected) => {
    expect(run(steps)).toEqual(expected)
  })

  describe('silent', () => {
    it.each<[string, Step[], string[]]>([
      ['goes silent after factor × learned cadence without telemetry',
        // cadence 5 s → threshold max(10 s, 15 s) = 15 s after the last telemetry at 20 s
        [['connect', 0], ...telemetry(0, 5000, 5), ['tick', 34_999], ['tick', 35_000]],
        ['online/connected@0', 'silent/no_telemetry@35000']],
      ['uses the floor when the cadence is fast',
        // cadence 1 s → 3 s, but the floor says 10 s
        [['connect', 0], ...telemetry(0, 1000, 5), ['tick', 13_999], ['tick', 14_000]],
        ['online/connected@0', 'silent/no_telemetry@14000']],
      ['never goes silent before the cadence is learned',
        [['connect', 0], ...telemetry(0, 5000, 3), ['tick', 1_000_000]],
        ['online/connected@0']],
      ['returns online when telemetry resumes',
        [['connect', 0], ...telemetry(0, 5000, 5), ['tick', 40_000], ['telemetry', 50_000]],
        ['online/connected@0', 'silent/no_telemetry@40000', 'online/telemetry_resumed@50000']],
      ['is reported once however many ticks pass',
        [['connect', 0], ...telemetry(0, 5000, 5), ['tick', 40_000], ['tick', 41_000], ['tick', 90_000]],
        ['online/connected@0', 'silent/no_telemetry@40000']],
      ['does not go silent while disconnected',
        [['connect', 0], ...telemetry(0, 5000, 5), ['disconnect', 21_000, 'clean'], ['tick', 100_000]],
        ['online/connected@0', 'offline/clean_disconnect@21000']],
    ])('%s', (_name, steps, expected) => {
      expect(run(steps)).toEqual(expected)
    })

    it('learns the cadence as an EWMA and not from the silence itself', () => {
      const p = new DevicePresence(opts, T0)
      p.connected(T0)
      for (let i = 0; i < 5; i++) p.telemetry(T0 + i * 5000)
      expect(p.view().cadenceMs).toBe(5000)
      p.tick(T0 + 60_000)
      p.telemetry(T0 + 60_000) // ends 40 s of silence: not a sample
      expect(p.view().cadenceMs).toBe(5000)
      p.telemetry(T0 + 70_000) // 10 s interval: 0.3 × 10 000 + 0.7 × 5000
      expect(p.view().cadenceMs).toBe(6500)
    })

    it('explains the silence with the numbers it used', () => {
      const p = new DevicePresence(opts, T0)
      p.connected(T0)
      for (let i = 0; i < 5; i++) p.telemetry(T0 + i * 5000)
      expect(p.tick(T0 + 35_000)?.detail).toBe('no telemetry for 15 s (over 3 × its 5 s cadence, at least 10 s)')
    })
  })

  describe('flapping', () => {
    const flap = (n: number, from = 0, every = 1000): Step[] => Array.from({ length: n }, (_, i) => [
      ['disconnect', from + i * every, 'will'] as Step, ['connect', from + i * every + 500] as Step,
    ]).flat()

    it.each<[string, Step[], string[]]>([
      ['reports flapping once on the third reconnect in the window, coalescing the rest',
        [['connect', 0], ...flap(10, 1000)],
        ['online/connected@0', 'lost/will_fired@1000', 'online/connected@1500', 'lost/will_fired@2000', 'online/connected@2500', 'lost/will_fired@3000', 'flapping/reconnecting@3500']],
      ['settles online after a calm window while connected',
        [['connect', 0], ...flap(5, 1000), ['tick', 5500 + 59_999], ['tick', 5500 + 60_000]],
        ['online/connected@0', 'lost/will_fired@1000', 'online/connected@1500', 'lost/will_fired@2000', 'online/connected@2500', 'lost/will_fired@3000', 'flapping/reconnecting@3500', 'online/stable@65500']],
      ['settles lost after a calm window while disconnected',
        [['connect', 0], ...flap(3, 1000), ['disconnect', 4000, 'keepalive'], ['tick', 64_000]],
        ['online/connected@0', 'lost/will_fired@1000', 'online/connected@1500', 'lost/will_fired@2000', 'online/connected@2500', 'lost/will_fired@3000', 'flapping/reconnecting@3500', 'lost/keepalive_expired@64000']],
      ['does not flap when reconnects are spread wider than the window',
        [['connect', 0], ...flap(4, 1000, 40_000)],
        ['online/connected@0', 'lost/will_fired@1000', 'online/connected@1500', 'lost/will_fired@41000', 'online/connected@41500', 'lost/will_fired@81000', 'online/connected@81500', 'lost/will_fired@121000', 'online/connected@121500']],
    ])('%s', (_name, steps, expected) => {
      expect(run(steps)).toEqual(expected)
    })
  })

  it('tracks lastSeen on every input', () => {
    const p = new DevicePresence(opts, T0)
    p.connected(T0 + 1)
    p.seen(T0 + 7)
    expect(p.view().lastSeen).toBe(T0 + 7)
    p.telemetry(T0 + 9)
    expect(p.view().lastSeen).toBe(T0 + 9)
  })

  it('keeps a lastSeen remembered from before a restart until the device is seen again, and never overwrites a newer one', () => {
    const p = new DevicePresence(opts, T0)
    p.remembered(T0 - 5000)
    expect(p.view()).toMatchObject({ state: 'offline', reason: 'never_connected', lastSeen: T0 - 5000 })
    p.connected(T0 + 3)
    p.remembered(T0 - 9000)
    expect(p.view().lastSeen).toBe(T0 + 3)
  })
})
