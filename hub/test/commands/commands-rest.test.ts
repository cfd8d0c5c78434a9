import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { createManualClock } from '../support/manual-clock.js'
import { api, createOperator, provisionDevice } from '../support/identity.js'
import { startTestDevice, type TestDevice } from '../support/test-device.js'

describe('commands over REST, and a device that is offline when they are issued', () => {
  let th: TestHub
  const clock = createManualClock(Date.now())
  let op: string, viewer: string
  let dev: TestDevice

  beforeAll(async () => {
    th = await startTestHub({}, { now: clock.now, timers: clock })
    op = (await createOperator(th, 'olga', 'operator')).token
    viewer = (await createOperator(th, 'vera', 'viewer')).token
    dev = await startTestDevice(th.wsUrl, provisionDevice(th, 'pump-7'))
    provisionDevice(th, 'mute-1') // never published a meta
  })
  afterAll(async () => {
    await dev.disconnect()
    await th.stop()
  })

  const issue = (body: unknown, token = op, device = 'pump-7') => api(th, 'POST', `/api/devices/${device}/commands`, { token, body })

  it('issues a command (202), delivers it, and the audit trail shows its final state', async () => {
    const incoming = dev.nextCommand()
    const res = await issue({ name: 'set_setpoint', params: { value: 12 }, clientId: 'r-1' })
    expect(res.status).toBe(202)
    expect(res.body.command).toMatchObject({ deviceId: 'pump-7', name: 'set_setpoint', status: 'accepted', issuedBy: { username: 'olga' }, clientId: 'r-1' })
    const cmd = await incoming
    await dev.respond(cmd.id, { ok: true, result: 'done' })
    await waitFor(() => th.hub.services.commands.get(cmd.id)?.status === 'succeeded')
    const audit = await api(th, 'GET', `/api/commands?device=pump-7&since=${res.body.command.createdAt}`, { token: viewer })
    expect(audit.status).toBe(200)
    expect(audit.body.commands.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([[cmd.id, 'succeeded']])
    expect((await api(th, 'GET', `/api/commands/${cmd.id}`, { token: viewer })).body.command.result).toBe('done')
  })

  it('answers a repeated client id with the first command (200, duplicate)', async () => {
    const again = await issue({ name: 'set_setpoint', params: { value: 12 }, clientId: 'r-1' })
    expect(again.status).toBe(200)
    expect(again.body.duplicate).toBe(true)
    expect(again.body.command.status).toBe('succeeded')
  })

  it.each<[string, unknown, string, string | undefined, number, string, string | undefined]>([
    ['a viewer', { name: 'identify' }, 'viewer', 'pump-7', 403, 'HUB_ERR_FORBIDDEN', undefined],
    ['an unknown device', { name: 'identify' }, 'op', 'nope', 404, 'HUB_ERR_NOT_FOUND', undefined],
    ['a device without meta', { name: 'identify' }, 'op', 'mute-1', 409, 'HUB_ERR_NO_META', undefined],
    ['an unknown command', { name: 'explode' }, 'op', 'pump-7', 400, 'HUB_ERR_UNKNOWN_COMMAND', undefined],
    ['a param below min', { name: 'set_setpoint', params: { value: 1 } }, 'op', 'pump-7', 400, 'HUB_ERR_BAD_PARAMS', 'value'],
    ['a param of the wrong type', { name: 'set_setpoint', params: { value: 'hot' } }, 'op', 'pump-7', 400, 'HUB_ERR_BAD_PARAMS', 'value'],
    ['an unknown body field', { name: 'identify', priority: 1 }, 'op', 'pump-7', 400, 'HUB_ERR_VALIDATION', 'priority'],
    ['a TTL over the maximum', { name: 'identify', ttlMs: 10 ** 12 }, 'op', 'pump-7', 400, 'HUB_ERR_VALIDATION', 'ttlMs'],
  ])('refuses %s with nothing published', async (_name, body, who, device, status, code, param) => {
    const before = th.hub.services.commands.list({ limit: 10_000 }).length
    const fence = dev.nextCommand()
    const res = await issue(body, who === 'viewer' ? viewer : op, device)
    expect(res.status).toBe(status)
    expect(res.body.error.code).toBe(code)
    if (param) expect(res.body.error.param ?? res.body.error.field).toBe(param)
    expect(th.hub.services.commands.list({ limit: 10_000 })).toHaveLength(before)
    const ok = await issue({ name: 'identify' })
    expect((await fence).id).toBe(ok.body.command.id)
    await dev.respond(ok.body.command.id, { ok: true })
  })

  it('requires a token for the audit trail and validates its query', async () => {
    expect((await api(th, 'GET', '/api/commands')).status).toBe(401)
    expect((await api(th, 'GET', '/api/commands?since=yesterday', { token: viewer })).body.error).toMatchObject({ code: 'HUB_ERR_VALIDATION', field: 'since' })
    expect((await api(th, 'GET', '/api/commands?device=NOT%20AN%20ID', { token: viewer })).body.error).toMatchObject({ code: 'HUB_ERR_VALIDATION', field: 'device' })
  })

  it('delivers a command queued while the device was offline once it reconnects within the TTL', async () => {
    await dev.disconnect()
    const res = await issue({ name: 'set_setpoint', params: { value: 20 }, ttlMs: 30_000 })
    // queued in the persistent session
    await waitFor(() => th.hub.services.commands.get(res.body.command.id)?.status === 'sent')
    clock.advance(29_000)
    th.hub.services.commands.sweep()
    expect(th.hub.services.commands.get(res.body.command.id)!.status).toBe('sent')
    const incoming = dev.nextCommand()
    await dev.reconnect()
    const cmd = await incoming
    expect(cmd).toMatchObject({ id: res.body.command.id, params: { value: 20 } })
    await waitFor(() => th.hub.services.commands.get(cmd.id)?.status === 'delivered')
    await dev.respond(cmd.id, { ok: true })
    await waitFor(() => th.hub.services.commands.get(cmd.id)?.status === 'succeeded')
  })

  it('never delivers a queued command after its TTL: it expires and is dropped from the session', async () => {
    await dev.disconnect()
    const res = await issue({ name: 'set_setpoint', params: { value: 25 }, ttlMs: 5000 })
    clock.advance(5000)
    th.hub.services.commands.sweep()
    expect(th.hub.services.commands.get(res.body.command.id)).toMatchObject({ status: 'expired', error: 'not delivered before it expired' })
    const incoming = dev.nextCommand()
    await dev.reconnect()
    // A fence issued after the reconnect is the first command the device receives.
    const fence = await issue({ name: 'identify' })
    expect((await incoming).id).toBe(fence.body.command.id)
    expect(dev.received.map(c => c.id)).not.toContain(res.body.command.id)
    await dev.respond(fence.body.command.id, { ok: true })
  })
})

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise(r => setTimeout(r, 10))
  }
}
