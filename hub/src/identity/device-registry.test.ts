import { describe, it, expect } from '@jest/globals'
import { HubEvents } from '../events.js'
import { createMemoryDeviceStore } from './stores/device-store.js'
import { createDeviceRegistry } from './device-registry.js'

function setup() {
  const events = new HubEvents()
  const emitted: string[] = []
  for (const name of ['device.created', 'device.updated', 'device.deleted', 'device.tokenRotated'] as const) {
    events.on(name, e => emitted.push(`${name}:${e.deviceId}`))
  }
  const store = createMemoryDeviceStore()
  return { store, emitted, registry: createDeviceRegistry({ store, events, now: () => 7 }) }
}

describe('device registry', () => {
  it('creates, checks tokens, rotates, updates and deletes, announcing each change', () => {
    const { registry, emitted, store } = setup()
    const { device, token } = registry.create({ id: 'd1', model: 'thermostat' })
    expect(device).toEqual({ id: 'd1', name: 'd1', room: null, model: 'thermostat', createdAt: 7 })
    expect(store.get('d1')!.tokenHash).not.toContain(token)
    expect(registry.checkToken('d1', token)).toBe('ok')
    expect(registry.checkToken('d1', 'nope')).toBe('bad_token')
    expect(registry.checkToken('d2', token)).toBe('unknown_device')

    const rotated = registry.rotateToken('d1')
    expect(registry.checkToken('d1', token)).toBe('bad_token')
    expect(registry.checkToken('d1', rotated.token)).toBe('ok')

    expect(registry.update('d1', { room: 'lab' })).toMatchObject({ room: 'lab', model: 'thermostat' })
    registry.delete('d1')
    expect(registry.get('d1')).toBeUndefined()
    expect(registry.checkToken('d1', rotated.token)).toBe('unknown_device')
    expect(emitted).toEqual(['device.created:d1', 'device.tokenRotated:d1', 'device.updated:d1', 'device.deleted:d1'])
  })

  it('serves DeviceDirectory reads from what the store held at start', () => {
    const { store } = setup()
    const events = new HubEvents()
    const first = createDeviceRegistry({ store, events, now: () => 1 })
    first.create({ id: 'kept' })
    const second = createDeviceRegistry({ store, events, now: () => 2 })
    expect(second.list().map(d => d.id)).toEqual(['kept'])
  })

  it.each([['UPPER'], [''], ['a'.repeat(65)], ['a/b'], ['+'], ['#']])('refuses the id %j', id => {
    const { registry, emitted } = setup()
    expect(() => registry.create({ id })).toThrow(expect.objectContaining({ code: 'HUB_ERR_VALIDATION' }))
    expect(emitted).toEqual([])
  })

  it('refuses a duplicate (409) and an unknown id (404)', () => {
    const { registry } = setup()
    registry.create({ id: 'd1' })
    expect(() => registry.create({ id: 'd1' })).toThrow(expect.objectContaining({ code: 'HUB_ERR_CONFLICT' }))
    expect(() => registry.rotateToken('zz')).toThrow(expect.objectContaining({ code: 'HUB_ERR_NOT_FOUND' }))
    expect(() => registry.delete('zz')).toThrow(expect.objectContaining({ code: 'HUB_ERR_NOT_FOUND' }))
  })

  it('re-reads what another registry on the same store changed (cluster hubs sharing PostgreSQL)', () => {
    const { registry: here, store } = setup()
    const there = createDeviceRegistry({ store, events: new HubEvents(), now: () => 8 })
    const { token } = there.create({ id: 'd9' })
    expect(here.checkToken('d9', token)).toBe('unknown_device')
    here.reload('d9')
    expect(here.checkToken('d9', token)).toBe('ok')
    const rotated = there.rotateToken('d9').token
    there.create({ id: 'd10' })
    here.reloadAll()
    expect(here.checkToken('d9', rotated)).toBe('ok')
    expect(here.list().map(d => d.id).sort()).toEqual(['d10', 'd9'])
    there.delete('d9')
    here.reload('d9')
    expect(here.get('d9')).toBeUndefined()
  })
})
