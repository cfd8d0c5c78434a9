import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hubEntry, loadCredentials, saveCredentials, emptyCredentials } from './credentials.js'
import { planFleet, planProvisioning } from './fleet-plan.js'
import { apiUrlFromHub } from './hub-api.js'

describe('planFleet', () => {
  it('cycles models, spreads rooms and numbers each model from 01', () => {
    expect(planFleet({ count: 6, prefix: 'sim', rooms: ['lab', 'hall'] })).toEqual([
      { id: 'sim-thermostat-01', name: 'Thermostat 1', model: 'thermostat', room: 'lab' },
      { id: 'sim-power-meter-01', name: 'Power meter 1', model: 'power-meter', room: 'hall' },
      { id: 'sim-door-sensor-01', name: 'Door sensor 1', model: 'door-sensor', room: 'lab' },
      { id: 'sim-pump-01', name: 'Pump 1', model: 'pump', room: 'hall' },
      { id: 'sim-thermostat-02', name: 'Thermostat 2', model: 'thermostat', room: 'lab' },
      { id: 'sim-power-meter-02', name: 'Power meter 2', model: 'power-meter', room: 'hall' },
    ])
  })

  it('uses only the models asked for', () => {
    expect(planFleet({ count: 3, prefix: 'x', models: ['pump'], rooms: ['a'] }).map(d => d.id)).toEqual(['x-pump-01', 'x-pump-02', 'x-pump-03'])
  })

  it('gives ids the registry accepts (lower-case letters, digits, - and _; at most 64)', () => {
    for (const d of planFleet({ count: 40, prefix: 'sim', rooms: ['r'] })) expect(d.id).toMatch(/^[a-z0-9_-]{1,64}$/)
  })
})

describe('planProvisioning', () => {
  it.each([
    // on hub, cached, forceRotate → action
    [true, true, false, 'reuse'],
    [true, false, false, 'rotate'],
    [false, true, false, 'create'],
    [false, false, false, 'create'],
    [true, true, true, 'rotate'],
  ])('device on hub=%s, token cached=%s, rotate=%s → %s', (onHub, cached, force, action) => {
    const plan = planProvisioning(['d'], new Set(onHub ? ['d'] : []), new Set(cached ? ['d'] : []), force)
    expect(plan.get('d')).toBe(action)
  })
})

describe('apiUrlFromHub', () => {
  it.each([
    ['ws://localhost:8080/ws', 'http://localhost:8080'],
    ['wss://hub.example.com/ws', 'https://hub.example.com'],
    ['mqtt://127.0.0.1:1883', 'http://127.0.0.1:1883'],
  ])('%s → %s', (hub, api) => expect(apiUrlFromHub(hub)).toBe(api))
})

describe('credentials file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sim-creds-'))

  it('starts empty when the file does not exist', () => {
    expect(loadCredentials(path.join(dir, 'none.json'))).toEqual(emptyCredentials())
  })

  it('round-trips tokens per hub and is readable by its owner only (0600)', () => {
    const file = path.join(dir, 'nested', 'creds.json')
    const creds = emptyCredentials()
    hubEntry(creds, 'http://127.0.0.1:1').devices['a'] = { token: 'secret', model: 'pump' }
    saveCredentials(file, creds)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(loadCredentials(file)).toEqual(creds)
  })

  it('tightens the mode of an existing file to 0600', () => {
    const file = path.join(dir, 'loose.json')
    writeFileSync(file, '{}', { mode: 0o644 })
    saveCredentials(file, emptyCredentials())
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, hubs: {} })
  })

  it.each([
    ['not json', 'is not valid JSON; fix or delete it'],
    ['{"devices":{}}', 'is not a Tether simulator credentials file (version 1); fix or delete it'],
  ])('refuses %s with a fix', (content, message) => {
    const file = path.join(dir, 'bad.json')
    writeFileSync(file, content)
    expect(() => loadCredentials(file)).toThrow(message)
  })
})
