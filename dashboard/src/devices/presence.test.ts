import { describe, expect, it } from 'vitest'
import type { DeviceJson } from '@tether/protocol'
import { fleetReducer, type FleetAction, type FleetPresence } from './presence'

const lost = { state: 'lost', reason: 'will_fired', since: 40, lastSeen: 30, detail: 'its last will was published' } as const
const device = (id: string, presence?: DeviceJson['presence']): DeviceJson => ({ id, name: id, room: null, model: null, createdAt: 1, ...(presence ? { presence } : {}) })

describe('fleetReducer', () => {
  const base: FleetPresence = { a: { state: 'online', reason: 'connected', since: 1, lastSeen: 10, detail: 'connected' } }

  it.each<[string, FleetAction, FleetPresence['a']]>([
    ['hub presence carries its reason, since, last seen and detail', { type: 'presence', id: 'a', payload: JSON.stringify(lost) },
      { ...lost, explained: true }],
    ['hub presence never moves last seen back', { type: 'presence', id: 'a', payload: JSON.stringify({ ...lost, lastSeen: 5 }) },
      { ...lost, lastSeen: 10, explained: true }],
    ['an empty (cleared) presence changes nothing', { type: 'presence', id: 'a', payload: '' }, base.a!],
    ['a presence the hub never sends (plain text) changes nothing', { type: 'presence', id: 'a', payload: 'lost' }, base.a!],
    ['a device status change sets since to now and clears the reason', { type: 'status', id: 'a', payload: 'offline', now: 50 },
      { state: 'offline', reason: null, since: 50, lastSeen: 10, detail: null }],
    ['the same device status changes nothing', { type: 'status', id: 'a', payload: 'online', now: 50 }, base.a!],
    ['a status the device never sends (JSON) changes nothing', { type: 'status', id: 'a', payload: '{"state":"lost"}', now: 50 }, base.a!],
    ['telemetry advances last seen', { type: 'seen', id: 'a', at: 20 }, { ...base.a!, lastSeen: 20 }],
    ['an older arrival does not move last seen back', { type: 'seen', id: 'a', at: 5 }, base.a!],
  ])('%s', (_n, action, expected) => {
    expect(fleetReducer(base, action).a).toEqual(expected)
  })

  it('lets the hub presence win over a later device status', () => {
    let s = fleetReducer({}, { type: 'presence', id: 'a', payload: JSON.stringify(lost) })
    s = fleetReducer(s, { type: 'status', id: 'a', payload: 'offline', now: 70 })
    expect(s.a).toMatchObject({ state: 'lost', reason: 'will_fired', explained: true })
    s = fleetReducer(s, { type: 'presence', id: 'a', payload: JSON.stringify({ ...lost, state: 'online', reason: 'connected', since: 80 }) })
    expect(s.a).toMatchObject({ state: 'online', reason: 'connected', since: 80 })
  })

  it('takes the REST list as the set of devices, with the presence the hub sent for each', () => {
    const out = fleetReducer(base, { type: 'devices', devices: [device('a'), device('b', lost)] })
    expect(out).toEqual({ a: base.a, b: { ...lost, explained: true } })
  })

  it('keeps a live presence newer than the list', () => {
    const live = fleetReducer({}, { type: 'presence', id: 'a', payload: JSON.stringify({ ...lost, since: 90 }) })
    const out = fleetReducer(live, { type: 'devices', devices: [device('a', { ...lost, state: 'online', reason: 'connected', since: 60 })] })
    expect(out.a).toEqual(live.a)
  })
})
