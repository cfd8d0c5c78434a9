import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { adminToken, createOperator, api } from './support/identity.js'

let t: TestHub
let admin: string
let viewer: string
beforeAll(async () => {
  t = await startTestHub({}, { persistMqtt: false })
  admin = await adminToken(t)
  viewer = (await createOperator(t, 'vic', 'viewer')).token
})
afterAll(async () => { await t.stop() })

describe('device registry REST', () => {
  it('creates a device (201) with its token shown once', async () => {
    const res = await api(t, 'POST', '/api/devices', { token: admin, body: { id: 'thermo-1', name: 'Hall thermostat', room: 'hall', model: 'thermostat' } })
    expect(res.status).toBe(201)
    expect(res.body.device).toEqual({ id: 'thermo-1', name: 'Hall thermostat', room: 'hall', model: 'thermostat', createdAt: expect.any(Number) })
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const again = await api(t, 'GET', '/api/devices/thermo-1', { token: admin })
    // Reads add the device's presence; a new device was never seen.
    expect(again.body).toEqual({ device: { ...res.body.device, presence: expect.objectContaining({ state: 'offline', reason: 'never_connected', lastSeen: null }) } })
    const list = await api(t, 'GET', '/api/devices', { token: viewer })
    expect(JSON.stringify(list.body)).not.toContain(res.body.token)
  })

  it('defaults the name to the id and room/model to null', async () => {
    const res = await api(t, 'POST', '/api/devices', { token: admin, body: { id: 'bare' } })
    expect(res.body.device).toMatchObject({ id: 'bare', name: 'bare', room: null, model: null })
  })

  it('lists and reads devices for any signed-in role', async () => {
    const list = await api(t, 'GET', '/api/devices', { token: viewer })
    expect(list.status).toBe(200)
    expect(list.body.devices.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(['thermo-1', 'bare']))
    expect((await api(t, 'GET', '/api/devices/bare', { token: viewer })).status).toBe(200)
  })

  it('answers 409 for a duplicate id', async () => {
    const res = await api(t, 'POST', '/api/devices', { token: admin, body: { id: 'bare' } })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'HUB_ERR_CONFLICT', field: 'id' })
  })

  it.each([
    [{ id: 'Upper' }, 'id'],
    [{ id: 'has space' }, 'id'],
    [{ id: 'a'.repeat(65) }, 'id'],
    [{ id: '' }, 'id'],
    [{ id: 'dots.not.allowed' }, 'id'],
    [{}, 'id'],
    [{ id: 'ok-1', name: '' }, 'name'],
    [{ id: 'ok-1', room: 'Bad Room' }, 'room'],
    [{ id: 'ok-1', model: 7 }, 'model'],
  ])('answers 400 naming the field for %o', async (body, field) => {
    const res = await api(t, 'POST', '/api/devices', { token: admin, body })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'HUB_ERR_VALIDATION', field })
    expect((await api(t, 'GET', '/api/devices/ok-1', { token: admin })).status).toBe(404)
  })

  it('answers 400 for a body that is not JSON', async () => {
    const res = await fetch(`${t.httpUrl}/api/devices`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: '{"id":' })
    expect(res.status).toBe(400)
    expect((await res.json() as { error: { code: string } }).error.code).toBe('HUB_ERR_VALIDATION')
  })

  it('patches name, room and model (null clears)', async () => {
    const res = await api(t, 'PATCH', '/api/devices/thermo-1', { token: admin, body: { name: 'Renamed', room: null } })
    expect(res.status).toBe(200)
    expect(res.body.device).toMatchObject({ id: 'thermo-1', name: 'Renamed', room: null, model: 'thermostat' })
  })

  it('rotates a token: a new one each time', async () => {
    const a = await api(t, 'POST', '/api/devices/bare/token', { token: admin })
    const b = await api(t, 'POST', '/api/devices/bare/token', { token: admin })
    expect(a.status).toBe(200)
    expect(a.body.device.id).toBe('bare')
    expect(a.body.token).not.toBe(b.body.token)
  })

  it('deletes a device (204), then 404', async () => {
    await api(t, 'POST', '/api/devices', { token: admin, body: { id: 'doomed' } })
    expect((await api(t, 'DELETE', '/api/devices/doomed', { token: admin })).status).toBe(204)
    expect((await api(t, 'GET', '/api/devices/doomed', { token: admin })).status).toBe(404)
    expect((await api(t, 'DELETE', '/api/devices/doomed', { token: admin })).status).toBe(404)
    expect((await api(t, 'POST', '/api/devices/doomed/token', { token: admin })).status).toBe(404)
  })

  it.each([
    ['POST', '/api/devices', { id: 'nope' }],
    ['PATCH', '/api/devices/bare', { name: 'x' }],
    ['DELETE', '/api/devices/bare', undefined],
    ['POST', '/api/devices/bare/token', undefined],
  ])('answers 403 to a non-admin for %s %s', async (method, path, body) => {
    const operator = (await createOperator(t, `op-${method.toLowerCase()}-${path.length}`, 'operator')).token
    for (const token of [viewer, operator]) {
      const res = await api(t, method, path, { token, body })
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('HUB_ERR_FORBIDDEN')
    }
  })

  it('answers 401 without a token', async () => {
    expect((await api(t, 'GET', '/api/devices')).status).toBe(401)
    expect((await api(t, 'POST', '/api/devices', { body: { id: 'x' } })).status).toBe(401)
  })

  it('keeps devices across a restart', async () => {
    await t.stop({ keepData: true })
    t = await startTestHub({ dataDir: t.dataDir }, { persistMqtt: false })
    const res = await api(t, 'GET', '/api/devices/bare', { token: await adminToken(t) })
    expect(res.body.device.id).toBe('bare')
  })
})
