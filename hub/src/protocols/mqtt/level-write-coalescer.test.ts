import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Level } from 'level'
import { LevelWriteCoalescer, type LevelLike } from './level-write-coalescer.js'

const utf8 = { valueEncoding: 'utf8' }
let dir: string
let db: Level<string, string>
let batches: Array<Array<{ type: string; key: string }>>
let coalescer: LevelWriteCoalescer

/** A real LevelDB whose batch calls are recorded, so a test sees what reached the store and when. */
function open(location: string): { db: Level<string, string>; coalescer: LevelWriteCoalescer } {
  const level = new Level<string, string>(location, { valueEncoding: 'utf8' })
  const recording: LevelLike = {
    get: (key, options) => level.get(key, options as never),
    put: (key, value, options) => level.put(key, value as string, options as never),
    del: (key, options) => level.del(key, options as never),
    batch: (ops, options) => { batches.push(ops.map(o => ({ type: o.type, key: o.key }))); return level.batch(ops as never, options as never) },
    values: options => level.values(options as never),
    clear: options => level.clear(options as never),
    close: () => level.close(),
  }
  return { db: level, coalescer: new LevelWriteCoalescer(recording) }
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tether-coalescer-'))
  batches = []
  ;({ db, coalescer } = open(path.join(dir, 'db')))
  await db.open()
})
afterEach(async () => {
  await coalescer.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('LevelWriteCoalescer', () => {
  it('writes one turn\'s puts, dels and batches as one batch, in call order, and answers each after it', async () => {
    await db.put('gone', 'x')
    const answered: string[] = []
    const writes = [
      coalescer.put('a', '1', utf8).then(() => answered.push('a')),
      coalescer.del('gone').then(() => answered.push('del')),
      coalescer.batch([{ type: 'put', key: 'b', value: '2' }, { type: 'put', key: 'a', value: '3' }], utf8).then(() => answered.push('batch')),
      coalescer.batch().put('c', '4', utf8).del('b').write().then(() => answered.push('chained')),
    ]
    expect(batches).toEqual([]) // nothing reached the store within the turn
    await Promise.all(writes)
    expect(batches).toEqual([[{ type: 'put', key: 'a' }, { type: 'del', key: 'gone' }, { type: 'put', key: 'b' }, { type: 'put', key: 'a' }, { type: 'put', key: 'c' }, { type: 'del', key: 'b' }]])
    expect(answered).toEqual(['a', 'del', 'batch', 'chained'])
    expect(await db.get('a')).toBe('3')
    expect(await db.get('b')).toBeUndefined()
    expect(await db.get('c')).toBe('4')
    expect(await db.get('gone')).toBeUndefined()
  })

  it('answers a write only once it is in the store', async () => {
    let seen: unknown = 'not answered'
    const put = coalescer.put('k', 'v', utf8).then(async () => { seen = await db.get('k') })
    await put
    expect(seen).toBe('v')
  })

  it('reads what was written before the read, even within the same turn', async () => {
    await db.put('k', 'stored')
    void coalescer.put('k', 'written', utf8)
    expect(await coalescer.get('k', utf8)).toBe('written')
    const values: unknown[] = []
    void coalescer.put('v:1', 'one', utf8)
    for await (const v of coalescer.values({ gte: 'v:', lt: 'v;', ...utf8 })) values.push(v)
    expect(values).toEqual(['one'])
  })

  it('sends batches one after the other: a turn\'s writes wait for the batch before them', async () => {
    const first = coalescer.put('a', '1', utf8)
    await new Promise(resolve => setImmediate(resolve)) // the first batch is on its way
    const second = coalescer.put('a', '2', utf8)
    await Promise.all([first, second])
    expect(batches.map(b => b.map(o => o.key))).toEqual([['a'], ['a']])
    expect(await db.get('a')).toBe('2')
  })

  it('gathers what is written while a batch is on its way into the next one', async () => {
    // A store whose first batch is held until the test lets it finish.
    let finish!: () => void
    const held = new Promise<void>(resolve => { finish = resolve })
    const sent: string[][] = []
    const slow = new LevelWriteCoalescer({
      ...({} as LevelLike),
      batch: async ops => { sent.push(ops.map(o => o.key)); if (sent.length === 1) await held; await db.batch(ops as never) },
    })
    const a = slow.put('a', '1', utf8)
    await new Promise(resolve => setImmediate(resolve))
    expect(sent).toEqual([['a']]) // on its way
    const b = slow.put('b', '2', utf8)
    await new Promise(resolve => setImmediate(resolve)) // a later turn
    const c = slow.put('c', '3', utf8)
    await new Promise(resolve => setImmediate(resolve))
    expect(sent).toEqual([['a']]) // nothing overtakes the batch in flight
    finish()
    await Promise.all([a, b, c])
    expect(sent).toEqual([['a'], ['b', 'c']])
    expect(await db.get('c')).toBe('3')
  })

  it('rejects every write of a failed batch and keeps working after it', async () => {
    const bad = coalescer.put(undefined as never, 'x', utf8) // LevelDB refuses an undefined key
    const sameBatch = coalescer.put('ok', '1', utf8)
    await expect(bad).rejects.toThrow()
    await expect(sameBatch).rejects.toThrow()
    expect(await db.get('ok')).toBeUndefined() // a batch is atomic
    await coalescer.put('after', '2', utf8)
    expect(await coalescer.get('after', utf8)).toBe('2')
  })

  it('writes what is pending before it closes', async () => {
    const location = path.join(dir, 'db')
    const put = coalescer.put('last', 'word', utf8)
    await coalescer.close()
    await put
    const again = open(location)
    await again.db.open()
    expect(await again.db.get('last')).toBe('word')
    await again.db.close()
  })
})
