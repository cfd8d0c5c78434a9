import { TERMINAL, type CommandRecord } from './lifecycle.js'

export interface CommandQuery {
  deviceId?: string
  /** Commands created at or after this time, epoch ms. */
  since?: number
  limit: number
}

/** Where command records live: the audit trail and the state behind every card. */
export interface CommandStore {
  /** False (and nothing stored) when the id or the (issuer, clientId) pair already exists. */
  insert(record: CommandRecord): boolean
  /** Replaces the mutable part of a stored record (status, times, result, error). */
  update(record: CommandRecord): void
  /**
   * `update`, only if the stored record is still at `prior`'s status and updatedAt; false (nothing
   * changed) when another writer moved it first. Hubs sharing one store apply each transition once.
   */
  updateFrom(prior: CommandRecord, next: CommandRecord): boolean
  get(id: string): CommandRecord | undefined
  findByClientId(issuerId: string, clientId: string): CommandRecord | undefined
  /** Oldest first. */
  list(query: CommandQuery): CommandRecord[]
  /** Records not yet in a terminal state (reloaded after a restart to keep sweeping them). */
  open(): CommandRecord[]
  /** Retention: ids of finished commands created before `before` (epoch ms), oldest first, at most `limit`. */
  finishedBefore(before: number, limit: number): string[]
  /** Deletes these records; returns how many there were. */
  remove(ids: string[]): number
}

const copy = (r: CommandRecord): CommandRecord => structuredClone(r)

export function createMemoryCommandStore(): CommandStore {
  const byId = new Map<string, CommandRecord>()
  const byClient = new Map<string, string>()
  const clientKey = (issuer: string, clientId: string) => `${issuer}\u0000${clientId}`
  return {
    insert(r) {
      if (byId.has(r.id)) return false
      if (r.clientId !== null && byClient.has(clientKey(r.issuedBy.id, r.clientId))) return false
      byId.set(r.id, copy(r))
      if (r.clientId !== null) byClient.set(clientKey(r.issuedBy.id, r.clientId), r.id)
      return true
    },
    update(r) {
      const prior = byId.get(r.id)
      if (!prior) return
      const { status, sentAt, deliveredAt, completedAt, result, error, updatedAt } = r
      byId.set(r.id, copy({ ...prior, status, sentAt, deliveredAt, completedAt, result: result ?? null, error, updatedAt }))
    },
    updateFrom(prior, next) {
      const stored = byId.get(prior.id)
      if (!stored || stored.status !== prior.status || stored.updatedAt !== prior.updatedAt) return false
      this.update(next)
      return true
    },
    get: id => { const r = byId.get(id); return r && copy(r) },
    findByClientId(issuer, clientId) {
      const id = byClient.get(clientKey(issuer, clientId))
      return id === undefined ? undefined : copy(byId.get(id)!)
    },
    list(q) {
      return [...byId.values()]
        .filter(r => (q.deviceId === undefined || r.deviceId === q.deviceId) && (q.since === undefined || r.createdAt >= q.since))
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        .slice(0, q.limit)
        .map(copy)
    },
    open: () => [...byId.values()].filter(r => !TERMINAL.has(r.status)).map(copy),
    finishedBefore: (before, limit) => [...byId.values()]
      .filter(r => r.createdAt < before && TERMINAL.has(r.status))
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map(r => r.id),
    remove(ids) {
      let removed = 0
      for (const id of ids) {
        const r = byId.get(id)
        if (!r) continue
        byId.delete(id)
        if (r.clientId !== null) byClient.delete(clientKey(r.issuedBy.id, r.clientId))
        removed++
      }
      return removed
    },
  }
}
