import { describe, it, expect } from '@jest/globals'
import type { WebSocket } from 'ws'
import { startHeartbeat } from './heartbeat.js'
import type { IntervalTimers as Timers } from '../../timers.js'

function fakeSocket() {
  const listeners: Record<string, Array<() => void>> = {}
  const s = {
    pings: 0, terminated: false,
    on(ev: string, fn: () => void) { (listeners[ev] ??= []).push(fn); return s },
    ping() { s.pings++ },
    terminate() { s.terminated = true },
    pong() { for (const fn of listeners.pong ?? []) fn.call(s) },
  }
  return s
}

describe('chat.v1 heartbeat', () => {
  // [CHAT-2.2-3]
  it('pings every interval and terminates a peer that missed the previous ping', () => {
    let tick: () => void = () => {}
    const timers: Timers = { setInterval: fn => { tick = fn; return 1 }, clearInterval: () => {} }
    const good = fakeSocket()
    const silent = fakeSocket()
    startHeartbeat([good, silent] as unknown as WebSocket[], 30_000, timers)
    tick()
    expect([good.pings, silent.pings]).toEqual([1, 1])
    good.pong()
    tick()
    expect([good.terminated, silent.terminated]).toEqual([false, true])
    expect(good.pings).toBe(2)
  })
})
