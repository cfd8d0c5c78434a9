import { randomBytes } from 'node:crypto'
import type { Logger } from '../logger.js'
import type { Timers } from '../timers.js'
import type { AlarmStore } from './alarm-store.js'
import type { AlarmRecord, AlarmWebhook, WebhookDelivery } from './types.js'
import { retryDelay, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER, webhookWants } from './webhook-signature.js'

export interface WebhookOptions {
  store: Pick<AlarmStore, 'insertWebhook' | 'deleteWebhook' | 'listWebhooks' | 'insertDelivery' | 'updateDeliveryAttempt' | 'deleteDelivery' | 'listDeliveries'>
  /** This hub (its node id): the deliveries it queued are the ones it resends after a restart. */
  owner: string
  now: () => number
  timers: Timers
  logger: Logger
  /** Attempts per delivery (the first and the retries). */
  attempts: number
  retryBaseMs: number
  retryMaxMs: number
  timeoutMs: number
  /** Deliveries waiting per webhook; the oldest is dropped beyond this. */
  queueMax: number
  fetch?: typeof fetch
  onResult?: (outcome: 'delivered' | 'failed' | 'dropped') => void
}

interface Queue { hook: AlarmWebhook; pending: WebhookDelivery[]; busy: boolean; timer: unknown }

export type WebhookView = Omit<AlarmWebhook, 'secret'>
const view = ({ secret: _secret, ...rest }: AlarmWebhook): WebhookView => rest

/**
 * Notifications beyond the room: each alarm change a webhook wants is POSTed to it as
 * `{"event":"alarm.changed","alarm":{…}}`, signed (`x-tether-signature`), one at a time and in
 * order per webhook, retried with exponential backoff on a network error, a timeout, 429 or 5xx.
 * Every delivery is in the store from the moment it is queued until it is delivered or given up,
 * so a restarted hub sends what it still owed, in order (with its `x-tether-delivery` id, which a
 * receiver can use to drop the rare second copy of a POST that was in flight during the stop).
 */
export function createWebhookNotifier(opts: WebhookOptions) {
  const doFetch = opts.fetch ?? fetch
  const queues = new Map<string, Queue>()
  for (const hook of opts.store.listWebhooks()) queues.set(hook.id, { hook, pending: [], busy: false, timer: null })
  for (const d of opts.store.listDeliveries(opts.owner)) {
    const q = queues.get(d.webhookId)
    if (q) q.pending.push(d)
    else opts.store.deleteDelivery(d.id)
  }
  let stopped = false

  async function attempt(q: Queue, d: WebhookDelivery): Promise<'ok' | 'retry' | 'give_up'> {
    const ts = opts.now()
    try {
      const res = await doFetch(q.hook.url, {
        method: 'POST', body: d.body, redirect: 'manual', signal: AbortSignal.timeout(opts.timeoutMs),
        headers: {
          'content-type': 'application/json', 'user-agent': 'tether-hub', 'x-tether-event': 'alarm.changed',
          'x-tether-delivery': d.id, [TIMESTAMP_HEADER]: String(ts), [SIGNATURE_HEADER]: signWebhook(q.hook.secret, ts, d.body),
        },
      })
      await res.body?.cancel()
      if (res.ok) return 'ok'
      return res.status === 429 || res.status >= 500 ? 'retry' : 'give_up'
    } catch {
      return 'retry'
    }
  }

  async function pump(q: Queue): Promise<void> {
    if (q.busy || stopped) return
    const d = q.pending[0]
    if (!d) return
    q.busy = true
    d.attempt++
    opts.store.updateDeliveryAttempt(d.id, d.attempt)
    const outcome = await attempt(q, d)
    q.busy = false
    if (stopped || queues.get(q.hook.id) !== q) return
    if (outcome === 'retry' && d.attempt < opts.attempts) {
      opts.logger.debug({ webhook: q.hook.id, delivery: d.id, attempt: d.attempt }, 'alarm webhook failed; retrying')
      q.timer = opts.timers.setTimeout(() => { q.timer = null; void pump(q) }, retryDelay(d.attempt, opts.retryBaseMs, opts.retryMaxMs))
      return
    }
    q.pending.shift()
    opts.store.deleteDelivery(d.id)
    if (outcome !== 'ok') opts.logger.warn({ webhook: q.hook.id, delivery: d.id, attempts: d.attempt, url: q.hook.url }, 'alarm webhook not delivered')
    opts.onResult?.(outcome === 'ok' ? 'delivered' : 'failed')
    void pump(q)
  }

  return {
    /** An alarm changed: queue it for every webhook that wants it. */
    notify(alarm: AlarmRecord): void {
      if (stopped || queues.size === 0) return
      let body: string | null = null
      for (const q of queues.values()) {
        if (!webhookWants(q.hook, alarm)) continue
        body ??= JSON.stringify({ event: 'alarm.changed', alarm })
        const d: WebhookDelivery = { id: `wd_${randomBytes(9).toString('base64url')}`, webhookId: q.hook.id, body, attempt: 0, createdAt: opts.now() }
        opts.store.insertDelivery(d, opts.owner)
        q.pending.push(d)
        if (q.pending.length > opts.queueMax) {
          const [dropped] = q.pending.splice(q.busy ? 1 : 0, 1)
          opts.store.deleteDelivery(dropped!.id)
          opts.onResult?.('dropped')
        }
        if (!q.timer) void pump(q)
      }
    },
    list: (): WebhookView[] => [...queues.values()].map(q => view(q.hook)),
    /** The secret is in this answer only. */
    add(input: { url: string; rooms: string[] | null; minSeverity: AlarmWebhook['minSeverity'] }): AlarmWebhook {
      const hook: AlarmWebhook = { id: `wh_${randomBytes(9).toString('base64url')}`, ...input, secret: randomBytes(24).toString('base64url'), createdAt: opts.now() }
      opts.store.insertWebhook(hook)
      queues.set(hook.id, { hook, pending: [], busy: false, timer: null })
      return hook
    },
    remove(id: string): boolean {
      const q = queues.get(id)
      if (!q) return false
      opts.timers.clearTimeout(q.timer)
      queues.delete(id)
      return opts.store.deleteWebhook(id)
    },
    /** Webhooks waiting for a retry timer. */
    retrying: () => [...queues.values()].filter(q => q.timer !== null).length,
    /** Deliveries waiting, all webhooks. */
    pending: () => [...queues.values()].reduce((n, q) => n + q.pending.length, 0),
    /** Sends what the store still held from before a restart. */
    resume(): void {
      for (const q of queues.values()) if (q.pending.length && !q.timer) void pump(q)
    },
    stop(): void {
      stopped = true
      for (const q of queues.values()) opts.timers.clearTimeout(q.timer)
    },
  }
}

export type WebhookNotifier = ReturnType<typeof createWebhookNotifier>
