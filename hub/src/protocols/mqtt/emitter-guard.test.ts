import { describe, it, expect } from '@jest/globals'
import { Aedes } from 'aedes'
import { guardEmitterRecursion, isGuardable } from './emitter-guard.js'

interface Emitter {
  concurrency: number
  current: number
  on(topic: string, fn: (msg: unknown, cb: () => void) => void): void
  removeListener(topic: string, fn: unknown, done: () => void): void
  emit(msg: { topic: string; n: number }, cb: () => void): void
  _do(message: unknown, callback: unknown): unknown
  _messageQueue: unknown[]
  _messageCallbacks: unknown[]
  _head: number
  _dropHead(): void
}

/** Fills aedes' own emitter's queue behind a slow listener, then lets it drain with no listener left. */
async function drainAfterListenerLeaves(guard: boolean, queued: number): Promise<{ completed: number[]; error: unknown }> {
  const broker = await Aedes.createBroker({ concurrency: 10 })
  const mq = (broker as unknown as { mq: Emitter }).mq
  if (guard) guardEmitterRecursion(mq)
  const held: Array<() => void> = []
  const slow = (_m: unknown, cb: () => void) => { held.push(cb) }
  mq.on('t', slow)
  const completed: number[] = []
  for (let n = 0; n < queued; n++) mq.emit({ topic: 't', n }, () => { completed.push(n) })
  await new Promise<void>(resolve => mq.removeListener('t', slow, resolve))
  let error: unknown = null
  try {
    for (const cb of held.splice(0)) cb()
  } catch (err) {
    error = err
  }
  for (let i = 0; i < 100 && completed.length < queued && error === null; i++) await new Promise(r => setTimeout(r, 20))
  await new Promise<void>(r => broker.close(() => r()))
  return { completed, error }
}

describe('guardEmitterRecursion', () => {
  it('recognises the emitter aedes creates', async () => {
    const broker = await Aedes.createBroker()
    expect(isGuardable((broker as unknown as { mq: unknown }).mq)).toBe(true)
    await new Promise<void>(r => broker.close(() => r()))
  })

  // Shows the upstream failure, so this test fails if mqemitter ever changes under us.
  it('without the guard, a long queue draining synchronously overflows the stack', async () => {
    const { error } = await drainAfterListenerLeaves(false, 30_000)
    expect(error).toBeInstanceOf(RangeError)
  })

  it('with the guard, the same queue drains completely, queued messages in order', async () => {
    const { completed, error } = await drainAfterListenerLeaves(true, 30_000)
    expect(error).toBeNull()
    expect(completed).toHaveLength(30_000)
    // The held slots complete in any order; messages that waited in the queue start in arrival order.
    const fromQueue = completed.filter(n => n >= 10)
    expect(fromQueue.every((n, i) => n === i + 10)).toBe(true)
  })

  it('puts the message back at the head of the queue past the depth limit, keeping its slot', () => {
    const deferred: Array<() => void> = []
    const started: number[] = []
    const mq = {
      current: 1,
      _messageQueue: [] as unknown[],
      _messageCallbacks: [] as unknown[],
      _head: 0,
      _dropHead() { this._messageQueue.shift(); this._messageCallbacks.shift() },
      _do(message: unknown, _callback: unknown): unknown {
        started.push(message as number)
        // Complete synchronously and start the next queued one, like mqemitter's release.
        const next = this._messageQueue[0]
        if (next !== undefined) { this._dropHead(); this._do(next, null) }
        return this
      },
    }
    mq._messageQueue.push(1, 2, 3, 4, 5)
    mq._messageCallbacks.push(null, null, null, null, null)
    guardEmitterRecursion(mq, 3, fn => { deferred.push(fn) })
    mq._do(0, null)
    expect(started).toEqual([0, 1, 2])
    expect(mq._messageQueue).toEqual([3, 4, 5])
    expect(mq.current).toBe(2)
    deferred.shift()!()
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
    expect(mq.current).toBe(1)
  })
})
