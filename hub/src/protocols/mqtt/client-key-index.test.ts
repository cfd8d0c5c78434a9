import { describe, it, expect, afterAll } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Level } from 'level'
import { ClientKeyIndex, clientScope } from './client-key-index.js'
import { LevelWriteCoalescer, type LevelLike } from './level-write-coalescer.js'

const base = mkdtempSync(path.join(tmpdir(), 'tether-key-index-'))
let n = 0
afterAll(() => rmSync(base, { recursive: true, force: true }))

/** A LevelDB behind the coalescer, with every read that reaches it counted. */
function store(dir = path.join(base, String(n++))) {
  const db = new Level<string, unknown>(dir, { valueEncoding: 'utf8' })
  const coalescer = new LevelWriteCoalescer(db as never)
  const reads: string[] = []
  const counted: LevelLike & { keys(o?: object): AsyncIterable<string> } = {
    get: (k, o) => { reads.push(`get ${k}`); return coalescer.get(k, o) },
    put: (k, v, o) => coalescer.put(k, v, o as never),
    del: (k, o) => coalescer.del(k, o as never),
    batch: (ops: never, o?: object) => coalescer.batch(ops, o as never),
    values: o => { reads.push(`values ${(o as { gte: string }).gte}`); return coalescer.values(o) },
    keys: o => coalescer.keys(o),
    clear: o => { reads.push(`clear ${(o as { gte: string }).gte}`); return coalescer.clear(o) },
    close: () => coalescer.close(),
  }
  return { dir, reads, counted }
}
const range = (scope: string) => ({ gte: scope, lt: `${scope.slice(0, -1)};` })
async function all(it: AsyncIterable<unknown>): Promise<unknown[]> { const out = []; for await (const x of it) out.push(x); return out }

describe('clientScope', () => {
  it.each([
    ['subscriptions:dev%2F1:a/b', 'subscriptions:dev%2F1:'],
    ['outgoing:dev-1:broker:0000000001', 'outgoing:dev-1:'],
    ['outgoing-id:dev-1:0000000007', 'outgoing-id:dev-1:'],
    ['incoming:dev-1:0000000007', 'incoming:dev-1:'],
    ['will:dev-1', 'will:dev-1'],
    ['retained:a/b', null],
    ['outgoing:no-separator', null],
  ])('%s → %s', (key, scope) => { expect(clientScope(key)).toBe(scope) })
})

describe('ClientKeyIndex', () => {
  it('answers the reads of a client with nothing stored from memory, and sends the others to the store', async () => {
    const { reads, counted } = store()
    const index = new ClientKeyIndex(counted)
    await index.ready
    // A clean CONNECT of a client that never stored anything: subscriptions, incoming packets, will.
    expect(await all(index.values(range('subscriptions:fresh:')))).toEqual([])
    await index.clear(range('incoming:fresh:'))
    expect(await index.get('will:fresh')).toBeUndefined()
    expect(reads).toEqual([])
    // Once something is stored for a client, its reads go to the store and see it.
    await index.put('subscriptions:kept:a/b', 'sub')
    await index.put('will:kept', 'will')
    expect(await all(index.values(range('subscriptions:kept:')))).toEqual(['sub'])
    expect(await index.get('will:kept')).toBe('will')
    expect(reads).toEqual(['values subscriptions:kept:', 'get will:kept'])
    // Keys of other clients and retained messages are not affected.
    expect(await index.get('outgoing-id:kept:0000000001')).toBeUndefined() // same client, key never written
    await index.put('retained:x', 'r')
    expect(await index.get('retained:x')).toBe('r')
    await index.close()
  })

  it('follows deletes, batches (both forms) and a client scope cleared', async () => {
    const { reads, counted } = store()
    const index = new ClientKeyIndex(counted)
    await index.ready
    await index.batch([{ type: 'put', key: 'outgoing:c:b:1', value: 'm1' }, { type: 'put', key: 'outgoing-id:c:0000000001', value: 'm1' }])
    await index.batch().del('outgoing:c:b:1').del('outgoing-id:c:0000000001').write()
    reads.length = 0
    expect(await all(index.values(range('outgoing:c:')))).toEqual([])
    expect(await index.get('outgoing-id:c:0000000001')).toBeUndefined()
    expect(reads).toEqual([]) // both keys gone: nothing to ask the store
    await index.put('incoming:c:0000000002', 'p')
    await index.clear(range('incoming:c:'))
    expect(await index.get('incoming:c:0000000002')).toBeUndefined()
    expect(reads).toEqual(['clear incoming:c:'])
    await index.close()
  })

  it('indexes the keys already on disk when it opens (a restart), and asks the store until then', async () => {
    const first = store()
    const a = new ClientKeyIndex(first.counted)
    await a.ready
    await a.put('subscriptions:back:t', 'sub')
    await a.put('will:back', 'w')
    await a.close()
    const again = store(first.dir)
    const b = new ClientKeyIndex(again.counted)
    // Before the scan ends a read goes to the store (it may hold what the index has not seen yet).
    expect(await b.get('will:back')).toBe('w')
    await b.ready
    again.reads.length = 0
    expect(await all(b.values(range('subscriptions:back:')))).toEqual(['sub'])
    expect(await all(b.values(range('subscriptions:other:')))).toEqual([])
    expect(again.reads).toEqual(['values subscriptions:back:'])
    await b.close()
  })

  it('keeps a client with many stored keys only as "has keys" (bounded memory), its reads going to the store until it is cleared', async () => {
    const { reads, counted } = store()
    const index = new ClientKeyIndex(counted)
    await index.ready
    // A long queue for an offline client: more keys than are tracked one by one.
    await index.batch(Array.from({ length: 40 }, (_, i) => ({ type: 'put' as const, key: `incoming:busy:${String(i).padStart(10, '0')}`, value: 'p' })))
    await index.batch(Array.from({ length: 40 }, (_, i) => ({ type: 'del' as const, key: `incoming:busy:${String(i).padStart(10, '0')}` })))
    reads.length = 0
    // All deleted, but the index no longer knows which: it asks the store.
    expect(await index.get('incoming:busy:0000000003')).toBeUndefined()
    await index.clear(range('incoming:busy:'))
    expect(reads).toEqual(['get incoming:busy:0000000003', 'clear incoming:busy:'])
    // Cleared whole: known empty again.
    expect(await index.get('incoming:busy:0000000003')).toBeUndefined()
    await index.clear(range('incoming:busy:'))
    expect(reads).toHaveLength(2)
    await index.close()
  })

  it('says a client has nothing queued only when its outgoing range is certainly empty', async () => {
    const first = store()
    const index = new ClientKeyIndex(first.counted)
    expect(index.nothingQueuedFor('dev/1')).toBe(false) // not loaded yet: unknown
    await index.ready
    expect(index.nothingQueuedFor('dev/1')).toBe(true)
    // aedes-persistence-level's key for a queued message: the id URI-encoded, then broker id and counter.
    const key = `outgoing:${encodeURIComponent('dev/1')}:broker:0000000001`
    await index.put(key, 'queued')
    expect(index.nothingQueuedFor('dev/1')).toBe(false)
    expect(index.nothingQueuedFor('dev/2')).toBe(true)
    await index.close()
    const again = new ClientKeyIndex(store(first.dir).counted) // a restart finds it on disk
    await again.ready
    expect(index.nothingQueuedFor('dev/1')).toBe(false)
    expect(again.nothingQueuedFor('dev/1')).toBe(false)
    await again.del(key)
    expect(again.nothingQueuedFor('dev/1')).toBe(true)
    await again.close()
  })

  it('stops answering from memory after a clear it cannot follow', async () => {
    const { reads, counted } = store()
    const index = new ClientKeyIndex(counted)
    await index.ready
    await index.clear({ gte: 'incoming:', lt: 'incoming;' }) // not one client's scope
    expect(await index.get('will:any')).toBeUndefined()
    expect(reads).toEqual(['clear incoming:', 'get will:any'])
    await index.close()
  })
})
