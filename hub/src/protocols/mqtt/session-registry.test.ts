import { describe, it, expect, afterAll } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Level } from 'level'
import { memorySessionRegistry, levelSessionRegistry, type SessionRegistry } from './session-registry.js'

const dir = mkdtempSync(path.join(tmpdir(), 'tether-sessions-'))
const db = new Level<string, string>(dir)
afterAll(async () => { await db.close(); rmSync(dir, { recursive: true, force: true }) })

describe.each<[string, () => SessionRegistry]>([
  ['memory', memorySessionRegistry],
  ['LevelDB', () => levelSessionRegistry(db.sublevel<string, string>(`s${Math.random()}`, { valueEncoding: 'utf8' }))],
])('%s session registry', (_name, make) => {
  it('knows a client id once added and forgets it once deleted [MQTT-3.2.2-2]', async () => {
    const r = make()
    expect(await r.has('dev-1')).toBe(false)
    await r.add('dev-1')
    await r.add('dev-1')
    expect(await r.has('dev-1')).toBe(true)
    expect(await r.has('dev-2')).toBe(false)
    await r.delete('dev-1')
    await r.delete('never-added')
    expect(await r.has('dev-1')).toBe(false)
  })
})

describe('LevelDB session registry across a restart', () => {
  it('reads the ids on disk at start, answers from memory, and deletes only ids it holds', async () => {
    const name = `restart${Math.random()}`
    const first = levelSessionRegistry(db.sublevel<string, string>(name, { valueEncoding: 'utf8' }))
    await first.add('kept')
    await first.add('ended')
    await first.delete('ended')
    // A second registry on the same data, as after a restart; the store's calls are counted.
    const sub = db.sublevel<string, string>(name, { valueEncoding: 'utf8' })
    const calls: string[] = []
    const counted = {
      get: (k: string) => { calls.push(`get ${k}`); return sub.get(k) },
      put: (k: string, v: string) => { calls.push(`put ${k}`); return sub.put(k, v) },
      del: (k: string) => { calls.push(`del ${k}`); return sub.del(k) },
      keys: () => sub.keys(),
    }
    const second = levelSessionRegistry(counted)
    expect(await second.has('kept')).toBe(true)
    expect(await second.has('ended')).toBe(false)
    await second.delete('never-held') // a clean CONNECT of a client that had no session
    expect(calls).toEqual([])
    await second.delete('kept')
    expect(calls).toEqual(['del kept'])
    expect(await sub.get('kept')).toBeUndefined()
  })
})
