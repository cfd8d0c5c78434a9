import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chatAs, joinRoom, type ChatClient } from './support/chat-client.js'
import { adminToken, api, provisionDevice } from './support/identity.js'
import { startTestDevice, type TestDevice } from './support/test-device.js'
import { startTestHub, type TestHub } from './support/test-hub.js'

/**
 * An acknowledgement is a promise that the change is on disk, not only in the process: tether.db
 * runs WAL with `synchronous = NORMAL`, so a commit survives the hub's crash but not a power cut
 * until its WAL is synced. Every ack below must come after a sync that followed its commit, and a
 * request that wrote nothing must not cost one.
 */
describe('acknowledgements wait until the embedded database has synced the change', () => {
  let th: TestHub
  let chat: ChatClient
  let token: string
  let device: TestDevice
  const syncs = () => th.hub.services.durable.syncs

  beforeAll(async () => {
    th = await startTestHub()
    token = await adminToken(th)
    chat = await chatAs(th, { username: 'ops', role: 'operator' })
    expect((await api(th, 'POST', '/api/rooms', { token, body: { id: 'plant', name: 'Plant' } })).status).toBe(201)
    expect((await joinRoom(chat, 'plant')).type).toBe('joined')
    device = await startTestDevice(th.wsUrl, provisionDevice(th, 'pump-1', { room: 'plant' }))
  })
  afterAll(async () => {
    await device?.disconnect()
    await chat?.close()
    await th?.stop()
  })

  it('chat.v1: `ack` of a message after a sync that covers it [CHAT-1.2-7]; a read-only frame costs none', async () => {
    const before = syncs()
    let atAck = -1
    const ack = chat.request({ type: 'say', id: 'm-1', room: 'plant', text: 'valve 3 checked' })
    await ack.then(() => { atAck = syncs() })
    expect((await ack).type).toBe('ack')
    expect(atAck).toBeGreaterThan(before)
    const quiet = syncs()
    const page = await chat.request({ type: 'history', room: 'plant', before: 1_000_000, limit: 10 })
    expect(page.type).not.toBe('error')
    expect(syncs()).toBe(quiet)
  })

  it('chat.v1: frames sent back to back are handled while earlier ones wait for their sync; replies and events keep their order', async () => {
    const from = chat.log.length
    const ids = ['b-1', 'b-2', 'b-3', 'b-4', 'b-5']
    const before = syncs()
    const acks = await Promise.all(ids.map(id => chat.request({ type: 'say', id, room: 'plant', text: `reading ${id}` })))
    expect(acks.map(a => a.type)).toEqual(ids.map(() => 'ack'))
    expect(syncs()).toBeGreaterThan(before)
    // Each frame's ack before the room event it caused, in the order sent [CHAT-1.2-7, CHAT-6.1-1].
    const entryOf = new Map(acks.map((a, i) => [a.entryId as string, ids[i]!]))
    const seen = chat.log.slice(from).flatMap(f => f.type === 'ack' && ids.includes(f.ref) ? [`ack ${f.ref}`]
      : f.type === 'event' && entryOf.has(f.entry.id) ? [`event ${entryOf.get(f.entry.id)}`] : [])
    expect(seen.filter(s => s.startsWith('ack'))).toEqual(ids.map(id => `ack ${id}`))
    for (const id of ids) expect(seen.indexOf(`ack ${id}`)).toBeLessThan(seen.indexOf(`event ${id}`))
    expect(seen).toHaveLength(10)
  })

  it('REST: the answer to a write after a sync that covers it; a GET costs none', async () => {
    const before = syncs()
    const created = await api(th, 'POST', '/api/devices', { token, body: { id: 'fan-7', name: 'Fan 7', room: 'plant' } })
    expect(created.status).toBe(201)
    expect(syncs()).toBeGreaterThan(before)
    const quiet = syncs()
    expect((await api(th, 'GET', '/api/devices', { token })).status).toBe(200)
    expect(syncs()).toBe(quiet)
  })

  it('MQTT: the PUBACK of a command response after a sync that covers the recorded result', async () => {
    const issued = await api(th, 'POST', '/api/devices/pump-1/commands', { token, body: { name: 'identify', params: {} } })
    expect(issued.status).toBe(202)
    const cmd = await device.nextCommand()
    const before = syncs()
    let atPuback = -1
    await device.respond(cmd.id, { ok: true }).then(() => { atPuback = syncs() })
    expect(atPuback).toBeGreaterThan(before)
    expect((await api(th, 'GET', `/api/commands/${cmd.id}`, { token })).body.command.status).toBe('succeeded')
  })
})
