import { realTimeouts, type Timers } from '../../timers.js'

/**
 * The outgoing byte budget of one MQTT connection: the bytes queued for it inside the hub (the
 * bridge's pending batch, the writes waiting behind it, the WebSocket's unsent buffer).
 *
 * - above `budgetBytes` for `overBudgetMs` without coming back under it → dropped ('slow');
 * - above `hardLimitBytes` at any moment → dropped at once ('hard'), so a fast stream cannot
 *   grow the hub's memory while the timer runs.
 *
 * aedes' own drainTimeout cannot do this: each 'drain' restarts it, and a peer that reads a
 * little now and then emits one often enough to never be dropped while the queue grows.
 */
export interface SendBudgetLimits {
  /** Queued bytes a connection may hold for a while, bytes. */
  budgetBytes: number
  /** Time the queue may stay above budgetBytes, ms. */
  overBudgetMs: number
  /** Queued bytes that drop the connection at once, bytes. */
  hardLimitBytes: number
}

export interface BudgetExceeded {
  reason: 'slow' | 'hard'
  queuedBytes: number
  /** How long the queue had been over the budget, ms. */
  overBudgetMs: number
}

/** The connection a budget watches: it is asked for its queued bytes and told when it is over. */
export interface BudgetOwner {
  queuedBytes(): number
  budgetExceeded(e: BudgetExceeded): void
}

export class SendBudget {
  private timer: unknown = null
  private overSince = 0
  private done = false

  // The owner rather than two callbacks: a connection's bridge passes itself, no closures of its own.
  constructor(
    private readonly limits: SendBudgetLimits,
    private readonly owner: BudgetOwner,
    private readonly now: () => number = Date.now,
    private readonly timers: Timers = realTimeouts,
  ) {}

  /** Call whenever the queue may have changed (a write queued, a send completed). */
  check(): void {
    if (this.done) return
    const bytes = this.owner.queuedBytes()
    if (bytes > this.limits.hardLimitBytes) return this.exceed('hard', bytes)
    if (bytes > this.limits.budgetBytes) {
      if (this.timer === null) {
        this.overSince = this.now()
        this.timer = this.timers.setTimeout(() => this.onTimer(), this.limits.overBudgetMs)
      }
    } else if (this.timer !== null) {
      this.timers.clearTimeout(this.timer)
      this.timer = null
    }
  }

  stop(): void {
    this.done = true
    if (this.timer !== null) this.timers.clearTimeout(this.timer)
    this.timer = null
  }

  // A method, its timer's callback made when the budget is first exceeded: an idle connection holds no closure for it.
  private onTimer(): void {
    this.timer = null
    const bytes = this.owner.queuedBytes()
    if (bytes <= this.limits.budgetBytes) return
    // A timer runs on the event loop's cached clock, which can be a millisecond or so behind
    // `now()`: a peer is dropped only once it has really been over the budget for overBudgetMs.
    const left = this.overSince + this.limits.overBudgetMs - this.now()
    if (left > 0) { this.timer = this.timers.setTimeout(() => this.onTimer(), left); return }
    this.exceed('slow', bytes)
  }

  private exceed(reason: 'slow' | 'hard', queuedBytes: number): void {
    const overBudgetMs = this.timer !== null || reason === 'slow' ? this.now() - this.overSince : 0
    this.stop()
    this.owner.budgetExceeded({ reason, queuedBytes, overBudgetMs })
  }
}
