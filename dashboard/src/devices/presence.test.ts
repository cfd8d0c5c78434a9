import { describe, expect, it } from 'vitest'
import { fleetReducer, parseStatus, type FleetPresence } from './presence'

describe('parseStatus', () => {
  it.each([
    ['online', { state: 'online' }],
    [' offline\n', { state: 'offline' }],
    ['{"state":"lost","reason":"keepalive expired","since":5}', { state: 'lost', reason: 'keepalive expired', since: 5 }],
    ['{"state":"lost","reason":"keepalive_expired","since":5,"lastSeen":4,"detail":"keepalive expired"}', { state: 'lost', reason: 'keepalive_expired', since: 5, lastSeen: 4, detail: 'keepalive expired' }],
    ['{"state":"weird"}', null],
    ['gone', null],
  ])('%j → %j', (payload, expected) => {
    expect(parseStatus(payload)).toEqual(expected)
  })
})

describe('fleetReducer', () => {
  const base: FleetPresence = { a: { state: 'online', reason: 'connected', since: 1, lastSeen: 10 } }
  it.each<[string, Parameters<typeof fleetReducer>[1], FleetPresence['a']]>([
    ['a status change sets since to now and clears the old reason', { type: 'status', id: 'a', payload: 'offline', now: 50 }, { state: 'offline', reason: null, since: 50, lastSeen: 10, detail: null }],
    ['the same status keeps since and reason', { type: 'status', id: 'a', payload: 'online', now: 50 }, { state: 'online', reason: 'connected', since: 1, lastSeen: 10, detail: null }],
    ['a JSON status carries its reason', { type: 'status', id: 'a', payload: '{"state":"silent","reason":"no telemetry for 3× cadence"}', now: 50 }, { state: 'silent', reason: 'no telemetry for 3× cadence', since: 50, lastSeen: 10, detail: null }],
    ['hub presence carries since, last seen and detail', { type: 'status', id: 'a', payload: '{"state":"lost","reason":"will_fired","since":40,"lastSeen":30,"detail":"its last will was published"}', now: 50 }, { state: 'lost', reason: 'will_fired', since: 40, lastSeen: 30, detail: 'its last will was published' }],
    ['an unreadable status changes nothing', { type: 'status', id: 'a', payload: '???', now: 50 }, base.a!],
    ['telemetry advances last seen', { type: 'seen', id: 'a', at: 20 }, { state: 'online', reason: 'connected', since: 1, lastSeen: 20 }],
    ['an older arrival does not move last seen back', { type: 'seen', id: 'a', at: 5 }, base.a!],
  ])('%s', (_n, action, expected) => {
    expect(fleetReducer(base, action).a).toEqual(expected)
  })

  it('lets the hub presence win over a later device status', () => {
    let s = fleetReducer({}, { type: 'status', id: 'a', payload: '{"state":"lost","reason":"will_fired","since":5}', now: 6, source: 'presence' })
    s = fleetReducer(s, { type: 'status', id: 'a', payload: 'offline', now: 7, source: 'status' })
    expect(s.a).toMatchObject({ state: 'lost', reason: 'will_fired', explained: true })
    s = fleetReducer(s, { type: 'status', id: 'a', payload: '{"state":"online","reason":"connected","since":8}', now: 8, source: 'presence' })
    expect(s.a).toMatchObject({ state: 'online', reason: 'connected', since: 8 })
  })

  it('takes the REST list as the set of devices, keeping live knowledge the list lacks', () => {
    const out = fleetReducer(base, { type: 'devices', devices: [{ id: 'a', name: 'a', room: null, model: null }, { id: 'b', name: 'b', room: null, model: null, state: 'lost', reason: 'will' }] })
    expect(out).toEqual({ a: { ...base.a, detail: null }, b: { state: 'lost', reason: 'will', since: null, lastSeen: null, detail: null, explained: true } })
  })
})
