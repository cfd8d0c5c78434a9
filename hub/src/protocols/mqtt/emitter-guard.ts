/**
 * Keeps aedes' message emitter (mqemitter) from overflowing the stack.
 *
 * mqemitter delivers at most `concurrency` messages at once and queues the rest. When a delivery
 * completes synchronously (no subscriber matches any more, e.g. the only subscriber just left),
 * its release handler starts the next queued message in the same call stack, and so on through
 * the whole queue: with a few thousand queued messages the hub dies of "Maximum call stack size
 * exceeded" (https://github.com/mcollina/mqemitter/issues/204, open upstream). We wrap the instance's `_do` so that past
 * `maxDepth` nested starts the next one is deferred to a later turn. The deferred message keeps
 * its concurrency slot, so newer messages still queue behind it and order is kept.
 */
export interface EmitterLike {
  current: number
  /** Queued messages and their callbacks from `_head` on (mqemitter as patched in patches/mqemitter+7.1.0.patch). */
  _messageQueue: unknown[]
  _messageCallbacks: unknown[]
  _head: number
  /** Drops the queue's first entry. */
  _dropHead(): void
  _do(message: unknown, callback: unknown): unknown
}

export function isGuardable(mq: unknown): mq is EmitterLike {
  const e = mq as EmitterLike
  return typeof mq === 'object' && mq !== null && typeof e._do === 'function' && typeof e.current === 'number' &&
    Array.isArray(e._messageQueue) && Array.isArray(e._messageCallbacks) && typeof e._head === 'number' && typeof e._dropHead === 'function'
}

/**
 * Past `maxDepth` nested starts, the message goes back to the head of the queue and one later
 * turn starts whatever is at the head. The freed slot stays reserved until then, so new messages
 * queue behind it: messages still start in arrival order.
 */
export function guardEmitterRecursion(mq: EmitterLike, maxDepth = 64, defer: (fn: () => void) => void = fn => { setImmediate(fn) }): void {
  const original = mq._do
  let depth = 0
  function kick(this: EmitterLike): void {
    this.current -= 1
    const head = this._head
    if (head >= this._messageQueue.length) return
    const message = this._messageQueue[head]
    const callback = this._messageCallbacks[head]
    this._dropHead()
    guardedDo.call(this, message, callback)
  }
  function guardedDo(this: EmitterLike, message: unknown, callback: unknown): unknown {
    if (depth >= maxDepth) {
      if (this._head > 0) {
        this._head -= 1
        this._messageQueue[this._head] = message
        this._messageCallbacks[this._head] = callback
      } else {
        this._messageQueue.unshift(message)
        this._messageCallbacks.unshift(callback)
      }
      this.current += 1
      defer(kick.bind(this))
      return this
    }
    depth += 1
    try {
      return original.call(this, message, callback)
    } finally {
      depth -= 1
    }
  }
  mq._do = guardedDo
}
