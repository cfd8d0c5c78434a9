import { randomUUID } from 'node:crypto'
import { HubError } from '../errors.js'
import type { HubEvents } from '../events.js'
import type { Role } from '@tether/protocol'
import type { AccountRow, AccountStore } from './stores/account-store.js'
import { hashPassword, verifyPassword, generatePassword, DEFAULT_COST, type ScryptCost } from './password.js'
import { isValidId, ID_RULE } from '@tether/protocol'
import { unboundedKdf, type KdfPool } from './kdf-pool.js'

/** An operator account as the rest of the hub sees it (never the password hash). */
export interface Operator {
  id: string
  username: string
  role: Role
  createdAt: number
}

/** Read side other modules use (chat.v1: does this account still exist? DMs by username). */
export interface OperatorDirectory {
  get(id: string): Operator | undefined
  getByUsername(username: string): Operator | undefined
  list(): Operator[]
}

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 256

const toOperator = (r: AccountRow): Operator => ({ id: r.id, username: r.username, role: r.role, createdAt: r.createdAt })

/**
 * Operator accounts: create, change role, reset password, delete, check credentials.
 * Announces deletions and role changes on the event bus so live sessions can be ended.
 */
export function createOperatorAccounts(deps: { store: AccountStore; events: HubEvents; now: () => number; passwordCost?: ScryptCost; kdf?: Pick<KdfPool, 'run'> }) {
  const { store, events, now } = deps
  const cost = deps.passwordCost ?? DEFAULT_COST
  const kdf = deps.kdf ?? unboundedKdf
  const hash = (password: string) => kdf.run('hash', () => hashPassword(password, cost))
  /** Checked when the username is unknown, so that a login costs the same either way (no user enumeration). */
  let dummy: Promise<string> | null = null
  const dummyHash = () => (dummy ??= hashPassword(generatePassword(), cost)) // once; outside the pool so a full queue cannot poison it

  function mustGet(id: string): AccountRow {
    const row = store.get(id)
    if (!row) throw new HubError('HUB_ERR_NOT_FOUND', 'No such account.', { id })
    return row
  }

  function checkPassword(password: string): void {
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
      throw new HubError('HUB_ERR_VALIDATION', `password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`, { field: 'password' })
    }
  }

  /** The admins left if `id` stopped being one: the last admin cannot be removed or demoted. */
  function guardLastAdmin(row: AccountRow): void {
    if (row.role !== 'admin') return
    const admins = store.list().filter(r => r.role === 'admin').length
    if (admins <= 1) throw new HubError('HUB_ERR_CONFLICT', 'This is the last admin account; promote another account first.', { id: row.id })
  }

  return {
    get: (id: string) => { const r = store.get(id); return r && toOperator(r) },
    getByUsername: (username: string) => { const r = store.getByUsername(username); return r && toOperator(r) },
    list: () => store.list().map(toOperator),
    count: () => store.count(),

    async create(input: { username: string; password: string; role: Role }): Promise<Operator> {
      if (!isValidId(input.username)) throw new HubError('HUB_ERR_VALIDATION', `username must be ${ID_RULE}.`, { field: 'username' })
      checkPassword(input.password)
      if (store.getByUsername(input.username)) throw new HubError('HUB_ERR_CONFLICT', 'An account with this username already exists.', { field: 'username' })
      const t = now()
      const row: AccountRow = { id: randomUUID(), username: input.username, role: input.role, passwordHash: await hash(input.password), createdAt: t, updatedAt: t }
      // Re-checked by the store: two concurrent creates of one name while hashing.
      if (!store.insert(row)) throw new HubError('HUB_ERR_CONFLICT', 'An account with this username already exists.', { field: 'username' })
      return toOperator(row)
    },

    setRole(id: string, role: Role): Operator {
      const row = mustGet(id)
      if (row.role === role) return toOperator(row)
      if (role !== 'admin') guardLastAdmin(row)
      store.update(id, { role, updatedAt: now() })
      events.emit('operator.roleChanged', { userId: id, role })
      return { ...toOperator(row), role }
    },

    async resetPassword(id: string, password: string): Promise<Operator> {
      mustGet(id)
      checkPassword(password)
      const passwordHash = await hash(password)
      if (!store.update(id, { passwordHash, updatedAt: now() })) throw new HubError('HUB_ERR_NOT_FOUND', 'No such account.', { id })
      return toOperator(mustGet(id))
    },

    delete(id: string): void {
      const row = mustGet(id)
      guardLastAdmin(row)
      store.delete(id)
      events.emit('operator.deleted', { userId: id })
    },

    /**
     * The account when username and password match; null otherwise (same cost either way).
     * Throws KdfBusyError when the KDF queue is full (nothing was verified).
     */
    async verifyCredentials(username: string, password: string): Promise<Operator | null> {
      const row = isValidId(username) ? store.getByUsername(username) : undefined
      const stored = row?.passwordHash ?? await dummyHash()
      const ok = await kdf.run('verify', () => verifyPassword(password, stored))
      return row && ok ? toOperator(row) : null
    },
  }
}

export type OperatorAccounts = ReturnType<typeof createOperatorAccounts>
