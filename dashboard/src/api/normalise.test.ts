import { describe, expect, it } from 'vitest'
import { normaliseCommands, normaliseDevices, normaliseSeries } from './normalise'

describe('normaliseSeries', () => {
  it.each([
    ['{t,v} objects', { points: [{ t: 2000, v: 2 }, { t: 1000, v: 1 }] }],
    ['[t,v] tuples', { points: [[1000, 1], [2000, 2]] }],
    ['{time,value} with RFC 3339', [{ time: new Date(1000).toISOString(), value: 1 }, { time: new Date(2000).toISOString(), value: 2 }]],
    ['{ts,<field>} rows', { data: [{ ts: 1000, temp: 1 }, { ts: 2000, temp: 2 }] }],
  ])('reads %s as sorted {t,v}', (_name, raw) => {
    expect(normaliseSeries(raw, 'temp').points).toEqual([{ t: 1000, v: 1 }, { t: 2000, v: 2 }])
  })

  it('keeps empty buckets as null gaps and drops points without a time', () => {
    expect(normaliseSeries({ points: [{ t: 1, v: null }, { v: 3 }, { t: 2, v: Number.NaN }] }, 'x').points)
      .toEqual([{ t: 1, v: null }, { t: 2, v: null }])
  })
})

describe('normaliseDevices', () => {
  it.each([
    ['a bare array', [{ id: 'a', state: 'online', reason: 'connected', lastSeen: 5 }]],
    ['a {devices} envelope', { devices: [{ id: 'a', state: 'online', reason: 'connected', lastSeen: 5 }] }],
    ['a nested presence object', [{ id: 'a', presence: { state: 'online', reason: 'connected', lastSeen: 5 } }]],
  ])('reads %s', (_name, raw) => {
    expect(normaliseDevices(raw)[0]).toMatchObject({ id: 'a', name: 'a', state: 'online', reason: 'connected', lastSeen: 5, room: null })
  })

  it('leaves an unknown presence state undefined', () => {
    expect(normaliseDevices([{ id: 'a', state: 'weird' }])[0]!.state).toBeUndefined()
  })
})

describe('normaliseCommands', () => {
  it('reads the #6 record shape (status, deviceId, issuedBy object, createdAt)', () => {
    expect(normaliseCommands({ commands: [{ id: 'c2', deviceId: 'd', name: 'set', params: { value: 1 }, status: 'succeeded', issuedBy: { id: 'u1', username: 'alice' }, createdAt: 5, updatedAt: 9, result: { ok: 1 }, error: null }] }))
      .toEqual([{ id: 'c2', device: 'd', name: 'set', params: { value: 1 }, state: 'succeeded', issuedBy: 'alice', issuedAt: 5, updatedAt: 9, result: { ok: 1 }, error: null }])
  })

  it('reads commands with an error object and defaults an unknown state to accepted', () => {
    expect(normaliseCommands({ commands: [{ id: 'c1', device: 'd', name: 'identify', state: 'odd', error: { message: 'boom' }, issuedAt: 7 }] }))
      .toEqual([{ id: 'c1', device: 'd', name: 'identify', params: {}, state: 'accepted', issuedBy: '', issuedAt: 7, updatedAt: undefined, result: undefined, error: 'boom' }])
  })
})
