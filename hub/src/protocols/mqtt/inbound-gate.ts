/**
 * Shared inbound backpressure for every MQTT connection: while the broker's emitter backlog is
 * above `high`, bridges (WebSocket and TCP) stop reading their sockets; once it is at or below `low`, they resume.
 *
 * Why: aedes reads a publisher's socket as fast as it parses, but its emitter (mqemitter) delivers
 * at most `concurrency` messages per event-loop turn and queues the rest without bound. Under a
 * flood from many devices the queue grows, and every client's messages wait behind it (stock
 * mqemitter's queue was also quadratic to drain: patches/mqemitter+7.1.0.patch) and, when
 * the queue drains synchronously (a subscriber leaves), the recursion in mqemitter's release loop
 * overflows the stack and the process dies (https://github.com/mcollina/mqemitter/issues/204, open). Bounding the backlog
 * here keeps both away. Pure apart from the injected scheduler.
 */
export class InboundGate {
  private readonly waiting = new Set<() => void>()
  private polling = false

  constructor(
    private readonly backlog: () => number,
    private readonly high: number,
    private readonly low: number,
    private readonly schedule: (fn: () => void) => void = fn => { setImmediate(fn) },
  ) {
    if (!(low >= 0 && high > low)) throw new RangeError(`inbound gate needs 0 ≤ low < high (got low ${low}, high ${high})`)
  }

  /** True while connections may keep reading. */
  get open(): boolean {
    return this.waiting.size === 0 ? this.backlog() < this.high : false
  }

  /** Calls `resume` once, when the backlog has come down to the low-water mark. */
  wait(resume: () => void): void {
    this.waiting.add(resume)
    if (!this.polling) {
      this.polling = true
      this.schedule(this.poll)
    }
  }

  cancel(resume: () => void): void {
    this.waiting.delete(resume)
  }

  get waitingCount(): number {
    return this.waiting.size
  }

  private readonly poll = (): void => {
    if (this.waiting.size > 0 && this.backlog() > this.low) {
      this.schedule(this.poll)
      return
    }
    this.polling = false
    const resumes = [...this.waiting]
    this.waiting.clear()
    for (const resume of resumes) resume()
  }
}

/** The gate on aedes' emitter backlog (`broker.mq.length`, untyped), shared by every MQTT connection of every transport. */
export function brokerBacklogGate(broker: object, high: number): InboundGate {
  const mq = (broker as { mq?: { length?: number } }).mq
  return new InboundGate(() => mq?.length ?? 0, high, Math.floor(high / 4))
}

/** A gate that never closes (transport tests without a broker backlog). */
export const alwaysOpen = new InboundGate(() => 0, 1, 0)
