import type { Redis } from 'ioredis'
import type { Logger } from '../logger.js'

/** A message on the cluster bus: who sent it and what. */
export interface BusMessage<T = unknown> { from: string; body: T }

/**
 * Announcements between hubs over Redis pub/sub, one channel per topic (`tether:bus:<topic>`).
 * Redis delivers a channel's messages in publish order per publisher; a hub also receives its own
 * messages and `onRemote` filters them out. Fire and forget: what must not be lost lives in
 * PostgreSQL or in the broker's persistence, the bus only says "look again".
 */
export class ClusterBus {
  private readonly handlers = new Map<string, Set<(msg: BusMessage) => void>>()
  private readonly reconnected = new Set<() => void>()
  private closed = false

  constructor(private readonly nodeId: string, private readonly pub: Redis, private readonly sub: Redis, private readonly logger: Logger) {
    sub.on('message', (channel: string, raw: string) => this.dispatch(channel, raw))
    let first = sub.status === 'ready'
    sub.on('ready', () => {
      if (!first) { first = true; return }
      // ioredis subscribes again by itself; what was announced meanwhile is lost, so listeners re-read.
      for (const fn of this.reconnected) fn()
    })
  }

  /** `fn` runs each time the bus connection comes back after an outage (announcements may have been missed). */
  onReconnect(fn: () => void): () => void {
    this.reconnected.add(fn)
    return () => { this.reconnected.delete(fn) }
  }

  static channel(topic: string): string { return `tether:bus:${topic}` }

  publish<T>(topic: string, body: T): void {
    if (this.closed) return
    const msg: BusMessage<T> = { from: this.nodeId, body }
    this.pub.publish(ClusterBus.channel(topic), JSON.stringify(msg)).catch((err: Error) => {
      this.logger.warn({ topic, err: err.message }, 'cluster announcement failed')
    })
  }

  /** Messages other hubs publish on `topic`. Resolves once Redis confirmed the subscription. */
  async onRemote<T>(topic: string, handler: (body: T, from: string) => void): Promise<() => void> {
    const channel = ClusterBus.channel(topic)
    let set = this.handlers.get(channel)
    if (!set) {
      set = new Set()
      this.handlers.set(channel, set)
      await this.sub.subscribe(channel)
    }
    const wrapped = (msg: BusMessage) => { if (msg.from !== this.nodeId) handler(msg.body as T, msg.from) }
    set.add(wrapped)
    return () => { set!.delete(wrapped) }
  }

  close(): void { this.closed = true }

  private dispatch(channel: string, raw: string): void {
    const set = this.handlers.get(channel)
    if (!set) return
    let msg: BusMessage
    try { msg = JSON.parse(raw) as BusMessage } catch { return }
    for (const handler of set) {
      try { handler(msg) } catch (err) { this.logger.error({ err, channel }, 'cluster announcement handler failed') }
    }
  }
}
