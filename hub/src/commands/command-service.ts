import { randomBytes } from 'node:crypto'
import { HubError } from '../errors.js'
import type { DeviceDirectory } from '../identity/types.js'
import type { CommandQuery, CommandStore } from './command-store.js'
import type { MetaLookup } from './meta-cache.js'
import { validateCommand } from './validate-params.js'
import { applyCommand, TERMINAL, type CommandInput, type CommandRecord, type IgnoredReason, type UserRef } from './lifecycle.js'

export type ResponseIgnored = IgnoredReason | 'unknown_id' | 'wrong_device' | 'malformed'

export interface CommandServiceOptions {
  store: CommandStore
  devices: DeviceDirectory
  meta: MetaLookup
  /** Hands the command to the broker (QoS 1); resolves once the broker accepted it. */
  publish(deviceId: string, payload: Buffer): Promise<void>
  now: () => number
  defaultTtlMs: number
  responseTimeoutMs: number
  onIgnored?: (reason: ResponseIgnored, deviceId: string) => void
  onPublishError?: (err: Error, commandId: string) => void
  /**
   * Cluster: other hubs move the same records (the hub that sees a device's PUBACK or response owns
   * that transition), so records are always read from the shared store, never from this hub's copy.
   */
  shared?: boolean
  /**
   * Runs a change and what its listeners write (the room card) as one unit: on the hub's SQLite
   * database one transaction, so a transition costs one commit instead of two. Default: just runs it.
   */
  atomically?: <T>(fn: () => T) => T
  /**
   * How long `sent` and `delivered` are held before they are stored, so they join the next change
   * of the same command (or of others) in one commit and one card revision. 0: stored at once.
   * Alone only; a cluster's hubs share records and store every transition as it happens.
   */
  holdMs?: number
  /** Held transitions could not be stored; they stay held and are tried again a second later. */
  onHoldError?: (err: Error) => void
}

export interface IssueRequest {
  deviceId: string
  name: string
  params: Record<string, unknown>
  ttlMs?: number
  clientId?: string
  issuedBy: UserRef
}

/**
 * Transitions that no acknowledgement waits for: the broker taking a command and the device's
 * PUBACK. A device that answers at once moves a command through both within milliseconds of its
 * response; held, the three are one commit and one card revision instead of three, and a card
 * misses none of its fields (the spec lets a client see any subsequence of states [CHAT-16.2-1]).
 */
const HELD: ReadonlySet<CommandInput['kind']> = new Set(['sent', 'delivered'])

export const newCommandId = () => `cmd_${randomBytes(9).toString('base64url')}`

/** The JSON a device receives on `devices/{id}/commands` (docs/topics.md). */
export function commandPayload(r: CommandRecord): Buffer {
  return Buffer.from(JSON.stringify({ id: r.id, name: r.name, params: r.params, issuedBy: r.issuedBy.username, expiresAt: r.expiresAt }))
}

/**
 * Issues commands and moves them through their lifecycle from what the broker reports (publish
 * done, the device's PUBACK, its response) and from the clock (`sweep`). Every change is stored
 * first, then announced to listeners (room cards, metrics).
 */
export function createCommandService(opts: CommandServiceOptions) {
  const { store, now } = opts
  const open = new Map<string, CommandRecord>(opts.shared ? [] : store.open().map(r => [r.id, r]))
  const listeners = new Set<(r: CommandRecord) => void>()
  const atomically = opts.atomically ?? (<T>(fn: () => T): T => fn())

  /** Held: id → the record as last stored (what `updateFrom` compares with); the newest is in `open`. */
  const held = new Map<string, CommandRecord>()
  let holdMs = opts.shared ? 0 : opts.holdMs ?? 0
  let flushTimer: NodeJS.Timeout | null = null

  /** Stores `next` over `stored` and announces it; in the caller's transaction. */
  function commit(stored: CommandRecord, next: CommandRecord): { record: CommandRecord } {
    // Stored only from the state it was read in: a transition another hub applied first is not applied again.
    if (!store.updateFrom(stored, next)) {
      const fresh = store.get(next.id)
      if (fresh && !TERMINAL.has(fresh.status) && !opts.shared) open.set(next.id, fresh)
      else open.delete(next.id)
      return { record: fresh ?? stored }
    }
    if (TERMINAL.has(next.status) || opts.shared) open.delete(next.id)
    else open.set(next.id, next)
    for (const l of listeners) l(next)
    return { record: next }
  }

  function apply(r: CommandRecord, input: CommandInput): { record: CommandRecord; ignored?: IgnoredReason } {
    const out = applyCommand(r, input, now())
    if (!out.changed) return { record: r, ...(out.ignored ? { ignored: out.ignored } : {}) }
    const next = out.record
    if (holdMs > 0 && HELD.has(input.kind)) {
      if (!held.has(r.id)) held.set(r.id, r)
      open.set(r.id, next)
      flushTimer ??= setTimeout(flushHeld, holdMs).unref()
      return { record: next }
    }
    const stored = held.get(r.id) ?? r
    const result = atomically(() => commit(stored, next))
    held.delete(r.id)
    return result
  }

  /** Stores every held transition in one transaction, each as the newest state of its command. */
  function flush(): void {
    if (flushTimer) { clearTimeout(flushTimer); flushTimer = null }
    if (held.size === 0) return
    const batch = [...held]
    atomically(() => { for (const [id, stored] of batch) { const r = open.get(id); if (r) commit(stored, r) } })
    held.clear()
  }
  function flushHeld(): void {
    flushTimer = null
    try { flush() } catch (err) {
      // Rolled back: still held. A second apart, so a failing disk is not retried (and logged) 20 times a second.
      opts.onHoldError?.(err as Error)
      flushTimer ??= setTimeout(flushHeld, Math.max(holdMs, 1000)).unref()
    }
  }

  const current = (id: string) => (opts.shared ? undefined : open.get(id)) ?? store.get(id)

  return {
    /**
     * Checks and issues a command. Refusals throw a HubError and publish nothing: unknown device
     * (404), no meta (409), unknown command or bad params (400, naming the param). The same
     * (issuer, clientId) returns the first command with `duplicate: true`.
     */
    async issue(req: IssueRequest): Promise<{ record: CommandRecord; duplicate: boolean }> {
      if (req.clientId !== undefined) {
        const prior = store.findByClientId(req.issuedBy.id, req.clientId)
        if (prior) return { record: current(prior.id)!, duplicate: true }
      }
      if (!opts.devices.get(req.deviceId)) throw new HubError('HUB_ERR_NOT_FOUND', 'No such device.', { id: req.deviceId })
      const meta = await opts.meta.get(req.deviceId)
      if (!meta) throw new HubError('HUB_ERR_NO_META')
      if (!meta.ok) throw new HubError('HUB_ERR_NO_META', `The device's meta is invalid (${meta.reason}); it cannot be commanded until it publishes a valid one.`)
      const check = validateCommand(meta.meta, req.name, req.params)
      if (!check.ok) {
        if (check.code === 'unknown_command') throw new HubError('HUB_ERR_UNKNOWN_COMMAND', check.message, { command: req.name })
        throw new HubError('HUB_ERR_BAD_PARAMS', check.message, { param: check.param })
      }
      const t = now()
      const record: CommandRecord = {
        id: newCommandId(), deviceId: req.deviceId, name: req.name, params: req.params, issuedBy: req.issuedBy,
        clientId: req.clientId ?? null, status: 'accepted', createdAt: t, expiresAt: t + (req.ttlMs ?? opts.defaultTtlMs),
        sentAt: null, deliveredAt: null, completedAt: null, result: null, error: null, updatedAt: t,
      }
      const inserted = atomically(() => {
        if (!store.insert(record)) return false
        if (!opts.shared) open.set(record.id, record)
        for (const l of listeners) l(record)
        return true
      })
      if (!inserted) {
        // Lost a race with the same client id (two requests in flight): the first one wins.
        const prior = req.clientId !== undefined ? store.findByClientId(req.issuedBy.id, req.clientId) : undefined
        if (prior) return { record: current(prior.id)!, duplicate: true }
        throw new HubError('HUB_ERR_INTERNAL')
      }
      // Not awaited: the issuer's answer says `accepted`; `sent` follows as a state change. Awaiting
      // the broker's persistence here would serialize a session's commands behind LevelDB writes.
      opts.publish(record.deviceId, commandPayload(record)).then(
        () => { const r = current(record.id); if (r) apply(r, { kind: 'sent' }) },
        err => opts.onPublishError?.(err as Error, record.id), // stays accepted and expires, visibly
      ).catch(err => opts.onPublishError?.(err as Error, record.id)) // the store refused `sent`: the sweep moves it on later
      return { record, duplicate: false }
    },

    /** The device's PUBACK for the command with this id. */
    delivered(deviceId: string, commandId: string): void {
      // Alone, every open command is in memory: one that is not is final (a device often answers
      // before its PUBACK arrives), and a PUBACK changes nothing on it, so no store read.
      const r = opts.shared ? store.get(commandId) : open.get(commandId)
      if (r && r.deviceId === deviceId) apply(r, { kind: 'delivered' })
    },

    /** A message on `devices/{deviceId}/responses`: `{id, ok, result?, error?}`. Misfits are counted and ignored. */
    response(deviceId: string, payload: Buffer): void {
      const ignore = (reason: ResponseIgnored) => opts.onIgnored?.(reason, deviceId)
      let msg: unknown
      try { msg = JSON.parse(payload.toString()) } catch { return ignore('malformed') }
      const m = msg as { id?: unknown; ok?: unknown; result?: unknown; error?: unknown }
      if (typeof msg !== 'object' || msg === null || typeof m.id !== 'string' || typeof m.ok !== 'boolean' ||
        (m.error !== undefined && typeof m.error !== 'string')) return ignore('malformed')
      const r = current(m.id)
      if (!r) return ignore('unknown_id')
      if (r.deviceId !== deviceId) return ignore('wrong_device')
      const out = apply(r, { kind: 'response', ok: m.ok, ...(m.result !== undefined ? { result: m.result } : {}), ...(typeof m.error === 'string' ? { error: m.error.slice(0, 500) } : {}) })
      if (out.ignored) ignore(out.ignored)
    },

    /** Expiry and response timeouts of every open command; called every `commandSweepMs` (and by tests). */
    sweep(): void {
      // Shared: every hub sweeps the store's open commands; updateFrom lets one of them apply each expiry.
      for (const r of opts.shared ? store.open() : [...open.values()]) apply(r, { kind: 'tick', responseTimeoutMs: opts.responseTimeoutMs })
    },

    /** Stores the held transitions now. */
    flush,
    /** At shutdown: stores what is held; later transitions are stored as they happen (or fail), never held. */
    close(): void {
      holdMs = 0
      flush()
    },

    get: (id: string) => current(id),
    // A held transition is newer than the stored row.
    list: (q: CommandQuery) => held.size === 0 ? store.list(q) : store.list(q).map(r => (held.has(r.id) && open.get(r.id)) || r),
    openCount: () => opts.shared ? store.open().length : open.size,
    onChange(listener: (r: CommandRecord) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type CommandService = ReturnType<typeof createCommandService>
