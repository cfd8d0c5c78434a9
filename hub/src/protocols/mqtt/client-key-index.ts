import type { BatchOp, ChainedBatch, LevelLike } from './level-write-coalescer.js'

/**
 * aedes-persistence-level's per-client key families: `<family><encoded client id>:<rest>`, and
 * `will:<encoded client id>` alone. (The id is URI-encoded, so it holds no ':'.)
 */
const FAMILIES = ['subscriptions:', 'outgoing-id:', 'outgoing:', 'incoming:'] as const
const WILL = 'will:'
/** Keys tracked one by one per client scope; past this, the scope is only known to hold keys. */
const MAX_KEYS_PER_SCOPE = 16
/** A scope with more keys than are tracked: reads under it go to the store. */
const MANY = 'many'

/** The client scope of a key — the prefix its client's range reads use — or null for other keys (retained messages). */
export function clientScope(key: string): string | null {
  if (key.startsWith(WILL)) return key
  for (const family of FAMILIES) {
    if (!key.startsWith(family)) continue
    const end = key.indexOf(':', family.length)
    return end < 0 ? null : key.slice(0, end + 1)
  }
  return null
}

/** The scope a range read covers, when it is exactly one client scope (`gte: scope, lt: scope with ';' for its last ':'`). */
function rangeScope(options: object | undefined): string | null {
  const { gte, lt } = (options ?? {}) as { gte?: unknown; lt?: unknown }
  if (typeof gte !== 'string' || typeof lt !== 'string' || !gte.endsWith(':') || lt !== `${gte.slice(0, -1)};`) return null
  return clientScope(gte) === gte ? gte : null
}

/**
 * Knows, in memory, every key aedes' LevelDB holds for a client, so what a clean session's
 * CONNECT asks of a client with nothing stored — its subscriptions, its incoming QoS 2 packets
 * cleared, its will — is answered without a LevelDB round trip (a thread-pool trip each: four of
 * them were a fifth of the hub's CPU per connection in a reconnect storm). Reads for a client with
 * keys, and every other read, go to the store as before.
 *
 * Until the keys already on disk are read (at open, in the background) every read goes to the store.
 * The index may hold a key the store no longer has (harmless: one read more), never miss one the
 * store has: a write is indexed before it is queued, the open scan reads a snapshot, and a clear
 * that is not one client's scope turns the index off. Its memory is bounded per client: a scope
 * (one client's subscriptions, queued messages, …) holding more than MAX_KEYS_PER_SCOPE keys is kept
 * only as "has keys" until it is cleared whole, so a long queue for an offline client costs no memory
 * here (its reads go to the store, as before). Retained messages are not indexed.
 */
export class ClientKeyIndex implements LevelLike {
  private readonly scopes = new Map<string, Set<string> | typeof MANY>()
  private loaded = false
  private off = false
  /** Settles when the keys on disk are indexed (or the scan failed: the index stays off). */
  readonly ready: Promise<void>

  constructor(private readonly db: LevelLike & { keys(options?: object): AsyncIterable<string> }) {
    this.ready = this.load()
  }

  private async load(): Promise<void> {
    try {
      for (const family of [...FAMILIES, WILL]) {
        for await (const key of this.db.keys({ gte: family, lt: `${family.slice(0, -1)};` })) this.add(key)
      }
      this.loaded = true
    } catch {
      this.off = true
    }
  }

  private add(key: string): void {
    const scope = clientScope(key)
    if (scope === null) return
    let keys = this.scopes.get(scope)
    if (keys === MANY) return
    if (!keys) this.scopes.set(scope, keys = new Set())
    keys.add(key)
    if (keys.size > MAX_KEYS_PER_SCOPE) this.scopes.set(scope, MANY)
  }

  private remove(key: string): void {
    const scope = clientScope(key)
    const keys = scope === null ? undefined : this.scopes.get(scope)
    if (!keys || keys === MANY) return // a scope with many keys stays known to hold some until it is cleared
    keys.delete(key)
    if (keys.size === 0) this.scopes.delete(scope!)
  }

  /** True when the store certainly has no key under `scope` (or no `key`). */
  private certainlyAbsent(scope: string | null, key?: string): boolean {
    if (!this.loaded || this.off || scope === null) return false
    const keys = this.scopes.get(scope)
    if (keys === MANY) return false
    return !keys || (key !== undefined && !keys.has(key))
  }

  /**
   * True when the client certainly has no message queued (aedes-persistence-level's `outgoing:`
   * range for it is empty): aedes (patched) then builds no stream to replay its queue at CONNECT.
   */
  nothingQueuedFor(clientId: string): boolean {
    return this.certainlyAbsent(`outgoing:${encodeURIComponent(clientId)}:`)
  }

  get(key: string, options?: object): Promise<unknown> {
    if (this.certainlyAbsent(clientScope(key), key)) return Promise.resolve(undefined)
    return this.db.get(key, options)
  }

  put(key: string, value: unknown, options?: object): Promise<void> {
    this.add(key)
    return this.db.put(key, value, options)
  }

  del(key: string, options?: object): Promise<void> {
    const done = this.db.del(key, options)
    this.remove(key)
    return done
  }

  batch(): ChainedBatch
  batch(ops: BatchOp[], options?: object): Promise<void>
  batch(ops?: BatchOp[], options?: object): Promise<void> | ChainedBatch {
    if (!ops) {
      const chained: BatchOp[] = []
      const chain: ChainedBatch = {
        put: (key, value, o) => { chained.push({ type: 'put', key, value, ...o }); return chain },
        del: (key, o) => { chained.push({ type: 'del', key, ...o }); return chain },
        write: () => this.batch(chained),
      }
      return chain
    }
    for (const op of ops) if (op.type === 'put') this.add(op.key)
    const done = this.db.batch(ops, options)
    for (const op of ops) if (op.type === 'del') this.remove(op.key)
    return done
  }

  async * values(options?: object): AsyncGenerator<unknown> {
    if (this.certainlyAbsent(rangeScope(options))) return
    yield * this.db.values(options)
  }

  clear(options?: object): Promise<void> {
    const scope = rangeScope(options)
    if (this.certainlyAbsent(scope)) return Promise.resolve()
    const done = this.db.clear(options)
    if (scope !== null) this.scopes.delete(scope)
    else this.off = true // a clear this index cannot follow
    return done
  }

  async close(): Promise<void> {
    await this.ready
    return this.db.close()
  }
}
