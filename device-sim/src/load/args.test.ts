import { describe, it, expect } from '@jest/globals'
import { parseLoadArgs } from './args.js'

describe('parseLoadArgs', () => {
  it('defaults to loopback, 100 connections, QoS 0, 100-byte payloads', () => {
    const { options } = parseLoadArgs([])
    expect(options).toMatchObject({ url: 'ws://127.0.0.1:8080/ws', connections: 100, qos: 0, payloadBytes: 100, rate: 1000 })
  })

  it('reads flags into options', () => {
    const { options, json } = parseLoadArgs(['--connections', '10', '--rate', '0', '--qos', '1', '--duration', '3', '--subscribe', 'devices/+/telemetry', '--watch-pid', '42', '--json'])
    expect(options).toMatchObject({ connections: 10, rate: 0, qos: 1, durationMs: 3000, subscribe: 'devices/+/telemetry', watchPids: [42] })
    expect(json).toBe(true)
  })

  it.each([
    [['--qos', '2'], '--qos must be 0 or 1 (got 2)'],
    [['--connections', 'many'], '--connections needs a number between 1 and 1000000 (got many)'],
    [['--size', '10'], '--size needs a number between 40 and 262144 (got 10)'],
    [['--rate'], '--rate needs a value'],
    [['--duration', '1', '--warmup', '2'], '--warmup must be shorter than --duration'],
    [['--frobnicate'], 'unknown flag --frobnicate; see --help'],
    [['--window', '100'], '--window needs --subscribe: credits come back with deliveries'],
  ])('refuses %p with %p', (argv, message) => {
    expect(() => parseLoadArgs(argv)).toThrow(message)
  })

  it('needs one credential per connection', () => {
    const file = JSON.stringify([{ clientId: 'd1', username: 'd1', password: 'x' }])
    expect(() => parseLoadArgs(['--connections', '2', '--credentials', 'f.json'], () => file)).toThrow('--credentials has 1 entries for 2 connections')
  })
})
