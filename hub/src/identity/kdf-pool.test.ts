import { describe, it, expect } from '@jest/globals'
import { createKdfPool, KdfBusyError } from './kdf-pool.js'

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>(r => { resolve = r })
  return { promise, resolve }
}

describe('kdf pool', () => {
  it('runs at most maxConcurrent derivations, queues up to maxQueued, refuses the rest', async () => {
    const started: string[] = []
    const pool = createKdfPool({ maxConcurrent: 2, maxQueued: 1 }, op => started.push(op))
    const gates = [deferred(), deferred(), deferred()]
    const runs = gates.map((g, i) => pool.run(i === 2 ? 'hash' : 'verify', () => g.promise.then(() => i)))
    await Promise.resolve()
    expect(pool.stats()).toEqual({ active: 2, queued: 1 })
    expect(started).toEqual(['verify', 'verify'])
    await expect(pool.run('verify', async () => 9)).rejects.toBeInstanceOf(KdfBusyError)
    gates[0]!.resolve()
    expect(await runs[0]).toBe(0)
    await new Promise(r => setImmediate(r))
    expect(started).toEqual(['verify', 'verify', 'hash'])
    expect(pool.stats()).toEqual({ active: 2, queued: 0 })
    gates[1]!.resolve(); gates[2]!.resolve()
    expect(await Promise.all(runs)).toEqual([0, 1, 2])
    expect(pool.stats()).toEqual({ active: 0, queued: 0 })
  })

  it('frees the slot when a derivation fails', async () => {
    const pool = createKdfPool({ maxConcurrent: 1, maxQueued: 0 })
    await expect(pool.run('verify', async () => { throw new Error('boom') })).rejects.toThrow('boom')
    expect(await pool.run('verify', async () => 'ok')).toBe('ok')
  })
})
