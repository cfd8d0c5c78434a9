import { describe, it, expect } from '@jest/globals'
import { HubEvents } from '../events.js'
import { createMemoryAccountStore } from './stores/account-store.js'
import { createOperatorAccounts } from './operator-accounts.js'
import { bootstrapAdmin, GENERATED_PASSWORD_MARKER } from './bootstrap-admin.js'
import { createLogger } from '../logger.js'

function setup() {
  const events = new HubEvents()
  const emitted: string[] = []
  events.on('operator.deleted', e => emitted.push(`deleted:${e.userId}`))
  events.on('operator.roleChanged', e => emitted.push(`role:${e.userId}:${e.role}`))
  const store = createMemoryAccountStore()
  return { store, emitted, accounts: createOperatorAccounts({ store, events, now: () => 42, passwordCost: { N: 1024, r: 8, p: 1 } }) }
}

describe('operator accounts', () => {
  it('checks credentials and never exposes the hash', async () => {
    const { accounts } = setup()
    const alice = await accounts.create({ username: 'alice', password: 'alice-secret', role: 'operator' })
    expect(alice).toEqual({ id: expect.any(String), username: 'alice', role: 'operator', createdAt: 42 })
    expect(await accounts.verifyCredentials('alice', 'alice-secret')).toEqual(alice)
    expect(await accounts.verifyCredentials('alice', 'wrong-secret')).toBeNull()
    expect(await accounts.verifyCredentials('nobody', 'alice-secret')).toBeNull()
    expect(await accounts.verifyCredentials('NOT VALID', 'x')).toBeNull()
  })

  it('announces role changes and deletions (and nothing for a no-op)', async () => {
    const { accounts, emitted } = setup()
    await accounts.create({ username: 'root', password: 'root-secret', role: 'admin' })
    const bob = await accounts.create({ username: 'bob', password: 'bob-secret', role: 'viewer' })
    accounts.setRole(bob.id, 'viewer')
    accounts.setRole(bob.id, 'admin')
    accounts.delete(bob.id)
    expect(emitted).toEqual([`role:${bob.id}:admin`, `deleted:${bob.id}`])
  })

  it('keeps at least one admin', async () => {
    const { accounts } = setup()
    const root = await accounts.create({ username: 'root', password: 'root-secret', role: 'admin' })
    expect(() => accounts.setRole(root.id, 'operator')).toThrow(expect.objectContaining({ code: 'HUB_ERR_CONFLICT' }))
    expect(() => accounts.delete(root.id)).toThrow(expect.objectContaining({ code: 'HUB_ERR_CONFLICT' }))
  })

  it.each([
    [{ username: 'Alice', password: 'long-enough', role: 'viewer' as const }, 'HUB_ERR_VALIDATION', 'username'],
    [{ username: 'alice', password: 'short', role: 'viewer' as const }, 'HUB_ERR_VALIDATION', 'password'],
  ])('refuses %o', async (input, code, field) => {
    const { accounts, store } = setup()
    await expect(accounts.create(input)).rejects.toMatchObject({ code, details: { field } })
    expect(store.count()).toBe(0)
  })
})

describe('admin bootstrap', () => {
  const logger = createLogger('silent')

  it('creates admin with the configured password, printing nothing', async () => {
    const { accounts } = setup()
    const printed: string[] = []
    expect(await bootstrapAdmin({ accounts, configuredPassword: 'configured-pw', logger, print: l => printed.push(l) })).toEqual({ created: true, generated: false })
    expect(printed).toEqual([])
    expect(await accounts.verifyCredentials('admin', 'configured-pw')).toMatchObject({ role: 'admin' })
  })

  it('generates and prints a password once, on a marked line; later starts do nothing', async () => {
    const { accounts, store } = setup()
    const printed: string[] = []
    await bootstrapAdmin({ accounts, configuredPassword: '', logger, print: l => printed.push(l) })
    await bootstrapAdmin({ accounts, configuredPassword: 'ignored-now', logger, print: l => printed.push(l) })
    expect(printed).toHaveLength(1)
    expect(printed[0]).toMatch(new RegExp(`^${GENERATED_PASSWORD_MARKER.replace(/[()]/g, '\\$&')} [A-Za-z0-9_-]{24}$`))
    const password = printed[0]!.split(' ').pop()!
    expect(JSON.stringify(store.list())).not.toContain(password)
    expect(await accounts.verifyCredentials('admin', password)).not.toBeNull()
    expect(await accounts.verifyCredentials('admin', 'ignored-now')).toBeNull()
  })
})
