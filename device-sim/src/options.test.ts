import { describe, expect, it } from '@jest/globals'
import { parseDuration, parseFaultFlag, parseOptions } from './options.js'

describe('parseOptions', () => {
  it('has working defaults with no flags and no environment', () => {
    expect(parseOptions([], {})).toMatchObject({
      devices: 12, hub: 'ws://localhost:8080/ws', api: 'http://localhost:8080', adminUser: 'admin',
      credentials: './data/sim-credentials.json', prefix: 'sim', rooms: ['lab', 'office', 'plant'],
      rotateTokens: false, controlPort: -1, faults: [], keepaliveS: 30, logLevel: 'info', help: false,
    })
  })

  it('reads the environment, and flags win over it', () => {
    const env = { TETHER_SIM_DEVICES: '5', TETHER_HUB_URL: 'wss://hub.example.com/ws', TETHER_ADMIN_PASSWORD: 'pw', TETHER_SIM_DURATION: '2m' }
    expect(parseOptions([], env)).toMatchObject({ devices: 5, hub: 'wss://hub.example.com/ws', api: 'https://hub.example.com', adminPassword: 'pw', durationMs: 120_000 })
    expect(parseOptions(['--devices', '20', '--api', 'http://127.0.0.1:9/'], env)).toMatchObject({ devices: 20, api: 'http://127.0.0.1:9' })
  })

  it('parses repeated --fault flags and lists', () => {
    const o = parseOptions(['--fault', 'mode=drop,device=sim-pump-01,duration=10s,at=30s', '--fault', 'mode=burst,rate=50', '--models', 'pump,thermostat', '--control-port', '0'], {})
    expect(o.faults).toEqual([
      { spec: { mode: 'drop', durationMs: 10_000 }, device: 'sim-pump-01', atMs: 30_000 },
      { spec: { mode: 'burst', durationMs: 30_000, rate: 50 }, device: undefined, atMs: 0 },
    ])
    expect(o.models).toEqual(['pump', 'thermostat'])
    expect(o.controlPort).toBe(0)
  })

  it.each([
    [['--devices', '0'], '--devices "0" must be a whole number between 1 and 10000'],
    [['--hub', 'http://x/ws'], 'the scheme must be ws, wss, mqtt or mqtts'],
    [['--hub', 'nope'], 'is not a URL'],
    [['--models', 'toaster'], 'unknown model "toaster"'],
    [['--prefix', 'Sim'], 'must be 1–40 lower-case letters'],
    [['--duration', 'soon'], 'is not a duration'],
    [['--log-level', 'loud'], '--log-level "loud" must be'],
    [['--fault', 'drop'], '"drop" is not key=value'],
    [['--fault', 'mode=melt'], 'mode must be one of drop, silent'],
    [['--fault', 'mode=drop,when=now'], 'unknown key "when"'],
    [['--bogus'], "Unknown option '--bogus'; see --help"],
  ])('refuses %j with a clear reason', (argv, message) => {
    expect(() => parseOptions(argv, {})).toThrow(message)
  })
})

describe('parseDuration', () => {
  it.each([['1500', 1500], ['1500ms', 1500], ['90s', 90_000], ['1.5s', 1500], ['5m', 300_000], ['2h', 7_200_000]])('%s → %d ms', (raw, ms) => {
    expect(parseDuration(raw, 'x')).toBe(ms)
  })
  it.each(['', '0', '-1s', '5 minutes', '1d'])('refuses "%s"', raw => {
    expect(() => parseDuration(raw, 'x')).toThrow()
  })
})

describe('parseFaultFlag', () => {
  it('takes delays for delay-responses', () => {
    expect(parseFaultFlag('mode=delay-responses,delay=15s,duration=1m')).toEqual({ spec: { mode: 'delay-responses', durationMs: 60_000, delayMs: 15_000 }, device: undefined, atMs: 0 })
  })
})
