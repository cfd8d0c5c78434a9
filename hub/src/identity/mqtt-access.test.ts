import { describe, it, expect, beforeAll } from '@jest/globals'
import { HubEvents } from '../events.js'
import { createMemoryDeviceStore } from './stores/device-store.js'
import { createMemoryAccountStore } from './stores/account-store.js'
import { createDeviceRegistry } from './device-registry.js'
import { createOperatorAccounts } from './operator-accounts.js'
import { createTokenService } from './token-service.js'
import { createIdentityAccess } from './mqtt-access.js'

let clock = 1_700_000_000_000
const events = new HubEvents()
const devices = createDeviceRegistry({ store: createMemoryDeviceStore(), events, now: () => clock })
const operators = createOperatorAccounts({ store: createMemoryAccountStore(), events, now: () => clock, passwordCost: { N: 1024, r: 8, p: 1 } })
const tokens = createTokenService({ secret: new Uint8Array(32).fill(7), ttlSeconds: 60, now: () => clock })
const access = createIdentityAccess({ devices, operators, tokens })
const pw = (s: string) => Buffer.from(s)

let deviceToken = ''
let jwt = ''
let userId = ''
beforeAll(async () => {
  deviceToken = devices.create({ id: 'd1' }).token
  const user = await operators.create({ username: 'alice', password: 'alice-secret', role: 'viewer' })
  userId = user.id
  jwt = (await tokens.issue(user)).token
})

describe('MQTT authentication decisions', () => {
  it('accepts a device and an operator with their principals', async () => {
    expect(await access.authenticate('d1', 'd1', pw(deviceToken))).toEqual({ ok: true, principal: { kind: 'device', id: 'd1' } })
    expect(await access.authenticate('alice:x', 'alice', pw(jwt))).toEqual({
      ok: true, principal: { kind: 'operator', id: userId, role: 'viewer', expiresAt: clock + 60_000 },
    })
  })

  it.each([
    ['no password', 'd1', 'd1', undefined, 4],
    ['no user name', 'd1', undefined, 'x', 4],
    ['a wrong device token', 'd1', 'd1', 'A'.repeat(43), 4],
    ['an unknown device', 'd9', 'd9', 'A'.repeat(43), 5],
    ['a device client id ≠ user name', 'd2', 'd1', 'TOKEN', 2],
    ['an operator client id without prefix', 'alice', 'alice', 'JWT', 2],
    ['an operator JWT under another name', 'bob:x', 'bob', 'JWT', 4],
    ['a garbage JWT', 'alice:x', 'alice', 'a.b.c', 4],
  ])('refuses %s with %i', async (_name, clientId, username, password, code) => {
    const secret = password === 'TOKEN' ? deviceToken : password === 'JWT' ? jwt : password
    const result = await access.authenticate(clientId, username, secret === undefined ? undefined : pw(secret))
    expect(result).toMatchObject({ ok: false, returnCode: code })
  })

  it('refuses an expired operator token (4)', async () => {
    const saved = clock
    clock += 61_000
    expect(await access.authenticate('alice:x', 'alice', pw(jwt))).toMatchObject({ ok: false, returnCode: 4 })
    clock = saved
  })

  it('refuses a valid token of a deleted account (5)', async () => {
    const bob = await operators.create({ username: 'bob', password: 'bob-secret', role: 'operator' })
    const token = (await tokens.issue(bob)).token
    operators.delete(bob.id)
    expect(await access.authenticate('bob:x', 'bob', pw(token))).toMatchObject({ ok: false, returnCode: 5 })
  })
})
