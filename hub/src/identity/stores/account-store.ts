import type { Role } from '@tether/protocol'

/** An operator account as stored. `passwordHash` never leaves the identity module. */
export interface AccountRow {
  id: string
  username: string
  role: Role
  passwordHash: string
  createdAt: number
  updatedAt: number
}

/** Persistence port for operator accounts; memory and SQLite implementations pass account-store.cases.ts. */
export interface AccountStore {
  get(id: string): AccountRow | undefined
  getByUsername(username: string): AccountRow | undefined
  list(): AccountRow[]
  /** false when the id or username is taken (nothing changed). */
  insert(row: AccountRow): boolean
  /** false when the account does not exist. */
  update(id: string, patch: Partial<Pick<AccountRow, 'role' | 'passwordHash' | 'updatedAt'>>): boolean
  delete(id: string): boolean
  count(): number
}

export function createMemoryAccountStore(): AccountStore {
  const rows = new Map<string, AccountRow>()
  const byName = new Map<string, string>()
  return {
    get: id => copy(rows.get(id)),
    getByUsername: username => copy(rows.get(byName.get(username) ?? '')),
    list: () => [...rows.values()].sort(byCreation).map(r => ({ ...r })),
    insert(row) {
      if (rows.has(row.id) || byName.has(row.username)) return false
      rows.set(row.id, { ...row })
      byName.set(row.username, row.id)
      return true
    },
    update(id, patch) {
      const row = rows.get(id)
      if (!row) return false
      Object.assign(row, definedOnly(patch))
      return true
    },
    delete(id) {
      const row = rows.get(id)
      if (!row) return false
      rows.delete(id)
      byName.delete(row.username)
      return true
    },
    count: () => rows.size,
  }
}

function copy<T extends object>(row: T | undefined): T | undefined {
  return row ? { ...row } : undefined
}

export function byCreation(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>
}
