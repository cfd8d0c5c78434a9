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
