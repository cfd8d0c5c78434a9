import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { chatAs, joinRoom, tokenFor } from './support/chat-client.js'

const admin = { username: 'root', role: 'admin' as const }
const op = { username: 'olga', role: 'operator' as const }
const viewer = { username: 'vic', role: 'viewer' as const }

describe('rooms REST API (chat-v1 spec §14)', () => {
  let th: TestHub
  let tokens: Record<'admin' | 'op' | 'viewer', string>
  const api = async (who: keyof typeof tokens | null, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${th.httpUrl}${path}`, {
      method,
      headers: { ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    return { status: res.status, body: res.status === 204 ? null : (await res.json()) as any } // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  beforeAll(async () => {
    th = await startTestHub()
    tokens = { admin: await tokenFor(th, admin), op: await tokenFor(th, op), viewer: await tokenFor(th, viewer) }
  })
  afterAll(() => th.stop())

  it('requires a bearer token (401) and the admin role to manage rooms (403)', async () => {
    expect((await api(null, 'GET', '/api/rooms')).status).toBe(401)
    expect(await api('op', 'POST', '/api/rooms', { id: 'x', name: 'X' })).toMatchObject({ status: 403, body: { error: { code: 'HUB_ERR_FORBIDDEN' } } })
  })

  it('creates, lists, renames and deletes rooms, refusing duplicates and bad ids', async () => {
    expect(await api('admin', 'POST', '/api/rooms', { id: 'plant-a', name: 'Plant A', topic: 'boilers' })).toMatchObject({ status: 201, body: { id: 'plant-a', seq: 0, minRole: 'viewer' } })
    expect((await api('admin', 'POST', '/api/rooms', { id: 'plant-a', name: 'again' })).status).toBe(409)
    expect(await api('admin', 'POST', '/api/rooms', { id: 'Bad Id', name: 'x' })).toMatchObject({ status: 400, body: { error: { code: 'HUB_ERR_VALIDATION' } } })
    expect((await api('viewer', 'GET', '/api/rooms')).body.rooms.map((r: { id: string }) => r.id)).toEqual(['general', 'plant-a'])
    expect(await api('admin', 'PATCH', '/api/rooms/plant-a', { name: 'Plant A (north)' })).toMatchObject({ status: 200, body: { name: 'Plant A (north)' } })
    expect((await api('admin', 'DELETE', '/api/rooms/plant-a')).status).toBe(204)
    expect(await api('viewer', 'GET', '/api/rooms/plant-a')).toMatchObject({ status: 404, body: { error: { code: 'CHAT_ERR_NO_SUCH_ROOM' } } })
  })

  it('tells joined sessions about a rename and a deletion', async () => {
    await api('admin', 'POST', '/api/rooms', { id: 'temp', name: 'Temp' })
    const c = await chatAs(th, op)
    await joinRoom(c, 'temp')
    await api('admin', 'PATCH', '/api/rooms/temp', { topic: 'new topic' })
    expect(await c.next(f => f.type === 'room.updated')).toMatchObject({ room: { id: 'temp', topic: 'new topic' } })
    await api('admin', 'DELETE', '/api/rooms/temp')
    expect(await c.next(f => f.type === 'room.deleted')).toEqual({ type: 'room.deleted', room: 'temp' })
    await c.close()
  })

  it('pages messages, searches and reports stats; an admin broadcast reaches members live', async () => {
    await api('admin', 'POST', '/api/rooms', { id: 'ops', name: 'Ops' })
    const c = await chatAs(th, op)
    await joinRoom(c, 'ops')
    for (let i = 1; i <= 4; i++) await c.request({ type: 'say', id: `r${i}`, room: 'ops', text: `valve ${i}` })
    const b = await api('admin', 'POST', '/api/rooms/ops/broadcast', { text: 'Maintenance at 18:00' })
    expect(b).toMatchObject({ status: 201, body: { kind: 'message', author: null, system: true, text: 'Maintenance at 18:00' } })
    expect((await c.next(f => f.type === 'event' && f.entry.system)).entry.id).toBe(b.body.id)
    const page = await api('viewer', 'GET', `/api/rooms/ops/messages?limit=2&before=${b.body.seq}`)
    expect(page.body.entries.map((e: { text: string }) => e.text)).toEqual(['valve 3', 'valve 4'])
    expect(page.body.hasMore).toBe(true)
    expect((await api('viewer', 'GET', '/api/rooms/ops/search?q=VALVE%202')).body.entries.map((e: { text: string }) => e.text)).toEqual(['valve 2'])
    expect((await api('viewer', 'GET', '/api/rooms/ops/stats')).body.stats).toMatchObject({ messages: 4, activeMembers: 1 })
    expect((await api('viewer', 'GET', '/api/rooms/ops/messages?limit=1000')).status).toBe(400)
    expect((await api('op', 'POST', '/api/rooms/ops/broadcast', { text: 'x' })).status).toBe(403)
    await c.close()
  })
})
