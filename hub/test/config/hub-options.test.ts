import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { ConfigError, defaultOptions, hubOptions, loadConfig, readConfig, type HubConfig } from '../../src/config/index.js'

const options = Object.entries(hubOptions)

describe('the hub\'s option schema', () => {
  it('names every variable TETHER_… once, old names included', () => {
    const names = options.flatMap(([, o]) => [o.env, ...(o.aliases ?? [])])
    expect(new Set(names).size).toBe(names.length)
    expect(options.map(([, o]) => o.env).filter(n => !/^TETHER_[A-Z0-9_]+$/.test(n))).toEqual([])
  })

  it.each([['ms', /_MS$/], ['s', /_S$/], ['bytes', /_BYTES$/]])('puts the unit %s in the name', (unit, suffix) => {
    const misnamed = options.filter(([, o]) => o.unit === unit && !suffix.test(o.env)).map(([, o]) => o.env)
    expect(misnamed).toEqual([])
  })

  it('gives every number a unit and a default within its bounds, and every option a doc line', () => {
    const bad = options.filter(([, o]) => !o.doc ||
      ((o.type === 'int' || o.type === 'number') && (!o.unit || o.default < o.min || o.default > o.max))).map(([k]) => k)
    expect(bad).toEqual([])
  })

  it('exports the schema defaults as defaultOptions', () => {
    expect(defaultOptions).toEqual(Object.fromEntries(options.map(([k, o]) => [k, o.default])))
  })

  it('yields the defaults from an empty environment, with the data dir resolved and the store and dashboard chosen', () => {
    const config = loadConfig({})
    expect(config).toEqual({
      ...defaultOptions,
      dataDir: path.resolve('./data'),
      dashboardDir: expect.stringMatching(/dashboard[/\\]dist$/),
      telemetryStore: 'embedded',
      nodeId: expect.stringMatching(new RegExp(`-${process.pid}$`)),
    })
  })

  it('serves no dashboard when TETHER_DASHBOARD_DIR is set empty', () => {
    expect(loadConfig({ TETHER_DASHBOARD_DIR: '' }).dashboardDir).toBe('')
  })

  // The options that had no variable before the schema.
  it.each([
    ['TETHER_MQTT_DRAIN_TIMEOUT_MS', '0', 'mqttDrainTimeoutMs', 0],
    ['TETHER_MQTT_MAX_INFLIGHT_PACKETS', '16', 'mqttMaxInflightInbound', 16],
    ['TETHER_MQTT_SESSION_SWEEP_MS', '50', 'mqttSessionSweepMs', 50],
    ['TETHER_WS_SEND_BUFFER_BYTES', '65536', 'wsSendBufferLimitBytes', 65536],
    ['TETHER_CHAT_MAX_DEPTH_LEVELS', '4', 'chatMaxDepth', 4],
    ['TETHER_CHAT_MAX_TEXT_CHARS', '280', 'chatMaxTextChars', 280],
    ['TETHER_CHAT_RATE_STRIKES', '5', 'chatRateStrikes', 5],
    ['TETHER_CHAT_HISTORY_PAGE_ENTRIES', '25', 'chatHistoryPageMax', 25],
    ['TETHER_CHAT_TYPING_TTL_MS', '3000', 'chatTypingTtlMs', 3000],
    ['TETHER_CHAT_TYPING_THROTTLE_MS', '500', 'chatTypingThrottleMs', 500],
    ['TETHER_PRESENCE_SWEEP_MS', '200', 'presenceSweepMs', 200],
    ['TETHER_COMMAND_SWEEP_MS', '100', 'commandSweepMs', 100],
  ] as const)('reads %s=%s into %s', (variable, raw, key, value) => {
    expect(loadConfig({ [variable]: raw })[key]).toBe(value)
  })

  // Every renamed variable: old name → new name, a value and where it lands.
  const renamed: Array<[string, string, string, keyof HubConfig, unknown]> = [
    ['PORT', 'TETHER_PORT', '9090', 'port', 9090],
    ['HOST', 'TETHER_HOST', '127.0.0.1', 'host', '127.0.0.1'],
    ['LOG_LEVEL', 'TETHER_LOG_LEVEL', 'debug', 'logLevel', 'debug'],
    ['TETHER_WS_MAX_PAYLOAD', 'TETHER_WS_MAX_PAYLOAD_BYTES', '65536', 'wsMaxPayloadBytes', 65536],
    ['TETHER_MQTT_MAX_PACKET', 'TETHER_MQTT_MAX_PACKET_BYTES', '65536', 'mqttMaxPacketBytes', 65536],
    ['TETHER_MQTT_BACKLOG_LIMIT', 'TETHER_MQTT_BACKLOG_MESSAGES', '64', 'mqttBacklogLimit', 64],
    ['TETHER_CHAT_RESUME_WINDOW', 'TETHER_CHAT_RESUME_WINDOW_EVENTS', '10', 'chatResumeWindow', 10],
    ['TELEMETRY_STORE', 'TETHER_TELEMETRY_STORE', 'embedded', 'telemetryStore', 'embedded'],
    ['INFLUX_URL', 'TETHER_INFLUX_URL', 'http://influx:8086', 'influxUrl', 'http://influx:8086'],
    ['INFLUX_DATABASE', 'TETHER_INFLUX_DATABASE', 'db1', 'influxDatabase', 'db1'],
    ['INFLUX_USERNAME', 'TETHER_INFLUX_USERNAME', 'u', 'influxUsername', 'u'],
    ['INFLUX_PASSWORD', 'TETHER_INFLUX_PASSWORD', 'p', 'influxPassword', 'p'],
    ['INFLUX_ORG', 'TETHER_INFLUX_ORG', 'o', 'influxOrg', 'o'],
    ['INFLUX_BUCKET', 'TETHER_INFLUX_BUCKET', 'b', 'influxBucket', 'b'],
    ['INFLUX_TOKEN', 'TETHER_INFLUX_TOKEN', 't', 'influxToken', 't'],
    ['TETHER_TELEMETRY_BATCH_SIZE', 'TETHER_TELEMETRY_BATCH_POINTS', '10', 'telemetryBatchSize', 10],
    ['TETHER_TELEMETRY_MAX_PAYLOAD', 'TETHER_TELEMETRY_MAX_PAYLOAD_BYTES', '1024', 'telemetryMaxPayloadBytes', 1024],
  ]

  it('has exactly these renamed variables', () => {
    expect(options.flatMap(([, o]) => (o.aliases ?? []).map(a => [a, o.env])).sort())
      .toEqual(renamed.map(([old, now]) => [old, now]).sort())
  })

  it.each(renamed)('still reads %s (now %s) for one release, with one warning', (old, now, raw, key, value) => {
    const { config, warnings } = readConfig({ [old]: raw })
    expect(config[key]).toEqual(value)
    expect(warnings).toEqual([{ variable: old, replacement: now, message: expect.stringContaining(`rename it to ${now}.`) }])
  })

  it.each(renamed)('prefers the new name when %s and %s are both set', (old, now, raw, key, value) => {
    const { config } = readConfig({ [old]: 'garbage', [now]: raw })
    expect(config[key]).toEqual(value)
  })
})

describe('rules across options', () => {
  it.each([
    [{ TETHER_MQTT_MAX_PACKET_BYTES: String(64 * 1024 * 1024), TETHER_WS_MAX_PAYLOAD_BYTES: '1024' },
      'TETHER_MQTT_MAX_PACKET_BYTES is more than 64 × TETHER_WS_MAX_PAYLOAD_BYTES; raise TETHER_WS_MAX_PAYLOAD_BYTES or lower the packet limit.'],
    [{ TETHER_COMMAND_TTL_MS: '7200000', TETHER_COMMAND_MAX_TTL_MS: '3600000' },
      'TETHER_COMMAND_TTL_MS is larger than TETHER_COMMAND_MAX_TTL_MS; lower the default TTL or raise the maximum.'],
    [{ TETHER_TELEMETRY_STORE: 'influx-v1' }, 'TETHER_TELEMETRY_STORE=influx-v1 needs TETHER_INFLUX_URL (e.g. http://influxdb:8086).'],
    [{ TETHER_TELEMETRY_STORE: 'influx-v2', TETHER_INFLUX_URL: 'http://x:8086', TETHER_INFLUX_ORG: 'o' },
      'TETHER_TELEMETRY_STORE=influx-v2 needs TETHER_INFLUX_ORG and TETHER_INFLUX_TOKEN (and TETHER_INFLUX_BUCKET, default tether).'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError([message]))
  })

  it('checks overrides against the environment', () => {
    expect(() => loadConfig({ TETHER_COMMAND_MAX_TTL_MS: '1000' }, { commandDefaultTtlMs: 5000 })).toThrow(/TETHER_COMMAND_TTL_MS is larger/)
  })

  it('lets overrides win over the environment', () => {
    expect(loadConfig({ TETHER_PORT: '9000' }, { port: 0 }).port).toBe(0)
  })
})
