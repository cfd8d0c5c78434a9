import { describe, it, expect } from '@jest/globals'
import { InboundChecker } from './inbound-checker.js'

/** CONNECT, MQTT 3.1.1, clean session, keep-alive 60 s, client id `c1`. */
const CONNECT = Buffer.from('100e00044d5154540402003c00026331', 'hex')
/** A QoS 0 PUBLISH to `t/x` whose one-byte payload is `n`. */
const publish = (n: number) => Buffer.from([0x30, 0x06, 0x00, 0x03, 0x74, 0x2f, 0x78, n])
const publishes = (from: number, count: number) => Buffer.concat(Array.from({ length: count }, (_, i) => publish((from + i) % 256)))
/** The payload byte of each PUBLISH in `b` (8 bytes each). */
const payloads = (b: Buffer | null) => b === null ? [] : Array.from({ length: b.length / 8 }, (_, i) => b[i * 8 + 7]!)
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => (from + i) % 256)

/** A checker past its CONNECT, handing on at most 4 packets at a time. */
function connected(): InboundChecker {
  const checker = new InboundChecker(1024, 4)
  expect(checker.check(CONNECT).accepted).toEqual(CONNECT)
  return checker
}

describe('InboundChecker batches', () => {
  it('hands on a read of a few packets whole, as it came', () => {
    const checker = connected()
    const chunk = publishes(0, 4)
    expect(checker.check(chunk).accepted).toBe(chunk)
    expect(checker.holding).toBe(false)
  })

  it('hands on a read of many packets a batch at a time, in order', () => {
    const checker = connected()
    expect(payloads(checker.check(publishes(0, 10)).accepted)).toEqual(range(0, 4))
    expect(checker.holding).toBe(true)
    expect(payloads(checker.next())).toEqual(range(4, 4))
    expect(payloads(checker.next())).toEqual(range(8, 2))
    expect(checker.holding).toBe(false)
    expect(checker.next()).toBeNull()
  })

  it('queues what arrives while it holds packets behind them', () => {
    const checker = connected()
    checker.check(publishes(0, 6))
    expect(checker.check(publishes(6, 3)).accepted).toBeNull()
    expect([...payloads(checker.next()), ...payloads(checker.next())]).toEqual(range(4, 5))
    expect(checker.holding).toBe(false)
  })

  it('[MQTT-2.3.1-1] hands on everything before an offending packet at once, with the stop', () => {
    const checker = connected()
    checker.check(publishes(0, 6))
    // A QoS 1 PUBLISH with packet id 0.
    const offending = Buffer.from([0x32, 0x08, 0x00, 0x03, 0x74, 0x2f, 0x78, 0x00, 0x00, 0x21])
    const { accepted, stop } = checker.check(Buffer.concat([publishes(6, 2), offending]))
    expect(payloads(accepted)).toEqual(range(4, 4))
    expect(stop?.code).toBe('MQTT_ERR_PROTOCOL')
    expect(checker.holding).toBe(false)
  })
})
