import { HubError } from '../errors.js'

/**
 * A small concurrency cap for the password KDF. scrypt runs on libuv's thread pool (4 threads by
 * default), which the hub shares with file-system, DNS and zlib work; a burst of logins that
 * occupied all four threads would stall everything else. At most `maxConcurrent` derivations run
 * at once, up to `maxQueued` wait in order, and past that `run` refuses at once with KdfBusyError.
 */
export interface KdfPoolLimits {
  /** Derivations running at once, count (keep it below the libuv pool size). */
  maxConcurrent: number
  /** Derivations waiting for a slot, count; more are refused. */
  maxQueued: number
}

/** The queue is full: nothing was derived. Reported as 429 wherever it surfaces. */
export class KdfBusyError extends HubError {
  constructor() {
    super('HUB_ERR_RATE_LIMITED', 'The hub is busy checking passwords; retry later.', { retryAfterMs: 1000 })
    this.name = 'KdfBusyError'
  }
}

export type KdfOp = 'hash' | 'verify'

export function createKdfPool(limits: KdfPoolLimits, onStart: (op: KdfOp) => void = () => {}) {
  let active = 0
  const waiting: Array<() => void> = []

  function release(): void {
    const next = waiting.shift()
    if (next) next()
    else active--
  }

  return {
    async run<T>(op: KdfOp, derive: () => Promise<T>): Promise<T> {
      if (active >= limits.maxConcurrent) {
        if (waiting.length >= limits.maxQueued) throw new KdfBusyError()
        // The slot is handed over by release(): `active` stays counted for the waiter.
        await new Promise<void>(resolve => waiting.push(resolve))
      } else {
        active++
      }
      try {
        onStart(op)
        return await derive()
      } finally {
        release()
      }
    },
    stats: () => ({ active, queued: waiting.length }),
  }
}

export type KdfPool = ReturnType<typeof createKdfPool>

/** No cap: what a bare OperatorAccounts uses when none is given. */
export const unboundedKdf: Pick<KdfPool, 'run'> = { run: (_op, derive) => derive() }
