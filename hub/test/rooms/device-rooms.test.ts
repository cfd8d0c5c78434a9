import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { chatAs, joinRoom, type ChatClient } from '../support/chat-client.js'
import { adminToken, api, provisionDevice } from '../support/identity.js'
import { startTestDevice } from '../support/test-device.js'

describe('sites are rooms: a device\'s room exists and shows its events', () => {
  let th: TestHub
  let watcher: ChatClient

  beforeAll(async () => {
    th = await startTestHub()
    watcher = await chatAs(th, { username: 'wanda', role: 'viewer' })
  })
  afterAll(async () => {
    await watcher.close()
    await th.stop()
  })

  // [CHAT-4.4-3]
  it('creates the room a registered device names and tells every session live', async () => {
    const admin = await adminToken(th)
    const res = await api(th, 'POST', '/api/devices', { token: admin, body: { id: 'thermo-1', room: 'lab' } })
    expect(res.status).toBe(201)
    const created = await watcher.next(f => f.type === 'room.created' && f.room.id === 'lab')
    expect(created.room).toMatchObject({ id: 'lab', name: 'Lab', topic: '', minRole: 'viewer', seq: 0 })
    const list = await watcher.request({ type: 'rooms' })
    expect(list.rooms.map((r: { id: string }) => r.id).sort()).toEqual(['general', 'lab'])
  })

  it('creates the room a device is moved into, and keeps an existing room as it is', async () => {
    const admin = await adminToken(th)
    await api(th, 'POST', '/api/rooms', { token: admin, body: { id: 'office', name: 'Front office', topic: 'desk' } })
    await watcher.next(f => f.type === 'room.created' && f.room.id === 'office')
    await api(th, 'POST', '/api/devices', { token: admin, body: { id: 'meter-2', room: 'office' } })
    expect(th.hub.services.rooms.getRoom('office')).toMatchObject({ name: 'Front office', topic: 'desk' })
    const moved = await api(th, 'PATCH', '/api/devices/meter-2', { token: admin, body: { room: 'plant-a' } })
    expect(moved.status).toBe(200)
    const created = await watcher.next(f => f.type === 'room.created' && f.room.id === 'plant-a')
    expect(created.room.name).toBe('Plant a')
  })

  // [CHAT-4.4-3] [CHAT-3.1-2]
  it('announces a room only to the roles that see it', async () => {
    const admin = await adminToken(th)
    const boss = await chatAs(th, { username: 'boss', role: 'admin' })
    await api(th, 'POST', '/api/rooms', { token: admin, body: { id: 'board', name: 'Board', minRole: 'admin' } })
    await boss.next(f => f.type === 'room.created' && f.room.id === 'board')
    await api(th, 'POST', '/api/rooms', { token: admin, body: { id: 'lobby', name: 'Lobby' } })
    await watcher.next(f => f.type === 'room.created' && f.room.id === 'lobby')
    expect(watcher.log.some(f => f.type === 'room.created' && f.room.id === 'board')).toBe(false)
    await boss.close()
  })

  // [CHAT-16.3-1]
  it('posts a device\'s presence in its own room, and a roomless device\'s in general', async () => {
    await joinRoom(watcher, 'lab')
    await joinRoom(watcher, 'general')
    const lab = await startTestDevice(th.wsUrl, provisionDevice(th, 'lab-sensor', { room: 'lab' }))
    const inLab = await watcher.next(f => f.type === 'event' && f.entry.kind === 'device' && f.entry.deviceId === 'lab-sensor')
    expect(inLab.room).toBe('lab')
    const bare = await startTestDevice(th.wsUrl, provisionDevice(th, 'bare-1'))
    const inGeneral = await watcher.next(f => f.type === 'event' && f.entry.kind === 'device' && f.entry.deviceId === 'bare-1')
    expect(inGeneral.room).toBe('general')
    await Promise.all([lab.disconnect(), bare.disconnect()])
  })

  it('creates the rooms of devices registered before the hub started', async () => {
    th.hub.services.devices.create({ id: 'late-1', room: 'yard' })
    expect(th.hub.services.rooms.getRoom('yard')).toBeDefined()
    th.hub.services.rooms.deleteRoom('yard')
    await th.stop({ keepData: true })
    th = await startTestHub({ dataDir: th.dataDir })
    expect(th.hub.services.rooms.getRoom('yard')).toMatchObject({ id: 'yard', name: 'Yard' })
    await watcher.close()
    watcher = await chatAs(th, { username: 'wanda', role: 'viewer' })
  })
})
