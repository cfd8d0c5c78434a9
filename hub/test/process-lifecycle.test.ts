import { describe, it, expect, afterEach } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot, spawnHub, type HubProcess } from './support/spawn-hub.js'
import WebSocket from 'ws'

let proc: HubProcess | null = null
let dataDir = ''
afterEach(async () => {
  await proc?.kill('SIGKILL')
  proc = null
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('npm start (hub/dist/main.js)', () => {
  it('serves /healthz and exits 0 on SIGTERM, closing clients with 1001', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tether-proc-'))
    proc = await spawnHub({ TETHER_DATA_DIR: dataDir })
    const res = await fetch(`http://127.0.0.1:${proc.port}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })

    const chat = new WebSocket(`ws://127.0.0.1:${proc.port}/ws`, 'chat.v1')
    await new Promise(r => chat.once('open', r))
    const chatClosed = new Promise<number>(r => chat.once('close', code => r(code)))

    const exit = await proc.kill('SIGTERM')
    expect(exit).toBe(0)
    expect(await chatClosed).toBe(1001)
    expect(proc.logs.some(l => l.includes('"hub stopped"'))).toBe(true)
  })

  it('fails start-up with a sentence naming a bad variable', async () => {
    await expect(spawnHub({ TETHER_PORT: 'eighty' })).rejects.toThrow(/hub exited with 78:\n.*TETHER_PORT="eighty" is not a whole number/)
  })

  it('logs one warning per deprecated variable at start-up, naming its new name', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tether-proc-'))
    proc = await spawnHub({ TETHER_DATA_DIR: dataDir, HOST: '127.0.0.1', INFLUX_DATABASE: 'old' })
    const warnings = proc.logs.flatMap(l => { try { return [JSON.parse(l)] } catch { return [] } }).filter(l => l.level === 40)
    expect(warnings).toEqual([
      expect.objectContaining({ variable: 'HOST', replacement: 'TETHER_HOST', msg: expect.stringContaining('rename it to TETHER_HOST (TETHER_HOST is also set and wins)') }),
      expect.objectContaining({ variable: 'INFLUX_DATABASE', replacement: 'TETHER_INFLUX_DATABASE', msg: expect.stringContaining('rename it to TETHER_INFLUX_DATABASE.') }),
    ])
  })

  it('loads no cluster or InfluxDB client when neither is configured', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tether-proc-'))
    const file = path.join(dataDir, 'loaded.json')
    proc = await spawnHub({
      TETHER_DATA_DIR: dataDir, LOADED_PACKAGES_FILE: file,
      // Quoted: a clone's path may hold spaces (NODE_OPTIONS splits on them otherwise).
      NODE_OPTIONS: `--require "${path.join(repoRoot, 'hub/test/support/loaded-packages.cjs')}"`,
    })
    expect(await proc.kill('SIGTERM')).toBe(0)
    const loaded = JSON.parse(readFileSync(file, 'utf8')) as string[]
    // The probe sees what the hub does run (the embedded store, the session store)...
    expect(loaded).toEqual(expect.arrayContaining(['better-sqlite3', 'classic-level', 'aedes-persistence-level']))
    // ...and none of the CommonJS clients of the backends it was not configured for.
    for (const name of ['ioredis', 'pg', 'mqemitter-redis', 'aedes-persistence-redis', 'influx']) expect(loaded).not.toContain(name)
  })
})
