/**
 * The slice of a LevelDB (classic-level / abstract-level 3) that aedes-persistence-level uses.
 * Options are passed through untouched; only the shape the persistence calls is typed.
 */
export interface LevelLike {
  get(key: string, options?: object): Promise<unknown>
  put(key: string, value: unknown, options?: object): Promise<void>
  del(key: string, options?: object): Promise<void>
  batch(ops: BatchOp[], options?: object): Promise<void>
  values(options?: object): AsyncIterable<unknown>
  keys?(options?: object): AsyncIterable<string>
  clear(options?: object): Promise<void>
  close(): Promise<void>
}

export type BatchOp =
  | { type: 'put'; key: string; value: unknown; valueEncoding?: unknown; keyEncoding?: unknown }
  | { type: 'del'; key: string; keyEncoding?: unknown }

export interface ChainedBatch {
  put(key: string, value: unknown, options?: object): ChainedBatch
  del(key: string, options?: object): ChainedBatch
  write(): Promise<void>
}

/**
 * Coalesces the writes made in one event-loop turn into one atomic LevelDB batch, and answers each
 * caller once that batch is written. Each classic-level call is a thread-pool round trip whose
 * wake-up costs more than the write itself; aedes stores a QoS 1 message to a persistent session
 * with three of them (enqueue, packet id, PUBACK), so under load a turn's worth of them becomes one.
 *
 * One batch is in the store's hands at a time: what is written while it is on its way goes out
 * together once it is written (group commit without a timer; an isolated write goes out on the
 * next turn). A minimum interval between batches, as the telemetry journal has for its fsyncs, was
 * measured and dropped: 2 ms made a command's round trip 5× slower for no CPU gain.
 *
 * Nothing is acknowledged before it is written (a put resolves after its batch), and the order of
 * writes is kept (a batch applies its operations in order). A read waits until every write issued
 * before it is in the store, so a caller always reads what it wrote.
 */
export class LevelWriteCoalescer {
  private ops: BatchOp[] = []
  private waiters: Array<{ resolve(): void; reject(err: unknown): void }> = []
  /** Settles (never rejects) when every write issued so far is in the store or failed. */
  private tail: Promise<void> = Promise.resolve()
  private settleTail: () => void = () => {}
  private scheduled = false
  private inFlight = false

  constructor(private readonly db: LevelLike) {}

  put(key: string, value: unknown, options?: { valueEncoding?: unknown; keyEncoding?: unknown }): Promise<void> {
    return this.enqueue([{ type: 'put', key, value, ...encodings(options) }])
  }

  del(key: string, options?: { keyEncoding?: unknown }): Promise<void> {
    return this.enqueue([{ type: 'del', key, ...encodings(options) }])
  }

  batch(): ChainedBatch
  batch(ops: BatchOp[], options?: { valueEncoding?: unknown; keyEncoding?: unknown }): Promise<void>
  batch(ops?: BatchOp[], options?: { valueEncoding?: unknown; keyEncoding?: unknown }): Promise<void> | ChainedBatch {
    if (ops) return this.enqueue(ops.map(op => ({ ...encodings(options), ...op }) as BatchOp))
    const chained: BatchOp[] = []
    const chain: ChainedBatch = {
      put: (key, value, o) => { chained.push({ type: 'put', key, value, ...encodings(o) }); return chain },
      del: (key, o) => { chained.push({ type: 'del', key, ...encodings(o) } as BatchOp); return chain },
      write: () => this.enqueue(chained),
    }
    return chain
  }

  async get(key: string, options?: object): Promise<unknown> {
    await this.tail
    return this.db.get(key, options)
  }

  async * values(options?: object): AsyncGenerator<unknown> {
    await this.tail
    yield * this.db.values(options)
  }

  async * keys(options?: object): AsyncGenerator<string> {
    await this.tail
    if (!this.db.keys) throw new Error('the store lists no keys')
    yield * this.db.keys(options)
  }

  async clear(options?: object): Promise<void> {
    await this.tail
    return this.db.clear(options)
  }

  async close(): Promise<void> {
    await this.tail
    return this.db.close()
  }

  private enqueue(ops: BatchOp[]): Promise<void> {
    if (ops.length === 0) return this.tail
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }))
    for (const op of ops) this.ops.push(op)
    if (!this.scheduled) {
      this.scheduled = true
      this.tail = new Promise(resolve => { this.settleTail = resolve })
      // After this turn's callbacks at the earliest: every write they make lands in the same batch.
      if (!this.inFlight) setImmediate(this.flush)
      // else: sent when the batch in flight is written
    }
    return done
  }

  private readonly flush = (): void => {
    this.scheduled = false
    const ops = this.ops
    const waiters = this.waiters
    this.ops = []
    this.waiters = []
    const settle = this.settleTail
    this.inFlight = true
    const sent = () => {
      this.inFlight = false
      if (this.scheduled) setImmediate(this.flush)
    }
    // One batch at a time, so a later batch never overtakes an earlier one.
    void this.db.batch(ops).then(
      () => { sent(); settle(); for (const w of waiters) w.resolve() },
      err => { sent(); settle(); for (const w of waiters) w.reject(err) },
    )
  }
}

function encodings(options?: { valueEncoding?: unknown; keyEncoding?: unknown }): { valueEncoding?: unknown; keyEncoding?: unknown } {
  if (!options) return {}
  return {
    ...(options.valueEncoding !== undefined ? { valueEncoding: options.valueEncoding } : {}),
    ...(options.keyEncoding !== undefined ? { keyEncoding: options.keyEncoding } : {}),
  }
}
