import { describe, it, expect } from '@jest/globals'
import { createRequire } from 'node:module'

/**
 * aedes routes every PUBLISH through mqemitter, which runs `concurrency` messages at once and queues
 * the rest. Stock mqemitter took each queued message with `Array.prototype.shift()`; V8 cannot trim
 * a large array from the front, so every shift copied the whole queue and draining it was
 * quadratic: 50 publishers writing 300 000 small QoS 0 PUBLISHes at once were delivered in 44–50 s
 * instead of 1.3–3.3 s (bench/mqtt-flood.mjs), every other client waiting behind them. The patched queue
 * (`patches/mqemitter+7.1.0.patch`) moves an index and compacts the arrays once half is consumed.
 */
// The mqemitter that aedes loads.
const require = createRequire(new URL('../../../node_modules/aedes/aedes.js', import.meta.url).pathname)
interface Emitter {
  length: number
  _messageQueue: unknown[]
  _messageCallbacks: unknown[]
  on(topic: string, fn: (msg: { n: number }, cb: () => void) => void): void
  emit(msg: { topic: string; n: number }, cb?: () => void): void
}
const MQEmitter = require('mqemitter') as new (opts: { concurrency: number }) => Emitter

/** An emitter with one subscriber that holds every delivery until the test completes it. */
function heldEmitter(concurrency: number) {
  const mq = new MQEmitter({ concurrency })
  const held: Array<() => void> = []
  const delivered: number[] = []
  mq.on('t', (msg, cb) => { delivered.push(msg.n); held.push(cb) })
  return { mq, held, delivered }
}

describe('mqemitter queue (patched)', () => {
  it('drains a long queue in order without shifting its arrays', () => {
    const { mq, held, delivered } = heldEmitter(1)
    const total = 50_000
    for (let n = 0; n < total; n++) mq.emit({ topic: 't', n })
    expect(mq.length).toBe(total - 1)
    const shift = Array.prototype.shift
    let shifted = 0
    Array.prototype.shift = function (this: unknown[]) {
      if (this === mq._messageQueue || this === mq._messageCallbacks) shifted++
      return shift.call(this)
    }
    try {
      // Each completion starts the next queued message, which the subscriber holds in turn.
      for (let i = 0; i < held.length; i++) held[i]!()
    } finally {
      Array.prototype.shift = shift
    }
    expect(shifted).toBe(0)
    expect(delivered).toHaveLength(total)
    expect(delivered.every((n, i) => n === i)).toBe(true)
    expect(mq.length).toBe(0)
    expect(mq._messageQueue).toHaveLength(0) // nothing left holding consumed entries
  })

  it('counts what is queued as it is consumed and refilled', () => {
    const { mq, held, delivered } = heldEmitter(2)
    for (let n = 0; n < 10; n++) mq.emit({ topic: 't', n })
    expect(mq.length).toBe(8)
    for (let i = 0; i < 5; i++) held[i]!()
    expect(mq.length).toBe(3)
    for (let n = 10; n < 13; n++) mq.emit({ topic: 't', n })
    expect(mq.length).toBe(6)
    for (let i = 5; i < held.length; i++) held[i]!()
    expect(mq.length).toBe(0)
    expect(delivered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  })
})
