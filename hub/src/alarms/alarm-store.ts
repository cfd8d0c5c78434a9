import { isOpen, type AlarmRecord, type AlarmRule, type AlarmState, type AlarmWebhook, type Severity, type WebhookDelivery } from './types.js'

export interface AlarmQuery {
  state?: AlarmState
  deviceId?: string
  room?: string
  severity?: Severity
  limit: number
}

/**
 * Where alarm rules and alarms live (the alarms are also the history). Synchronous, like the
 * other stores, so evaluation on the ingest path never waits. Implementations: memory (here),
 * SQLite (sqlite-alarm-store.ts); both pass alarm-store.cases.ts.
 */
export interface AlarmStore {
  /** False when the id exists. */
  insertRule(rule: AlarmRule): boolean
  /** Replaces a stored rule; false when there is none. */
  updateRule(rule: AlarmRule): boolean
  deleteRule(id: string): boolean
  getRule(id: string): AlarmRule | undefined
  /** Oldest first. */
  listRules(): AlarmRule[]

  insertAlarm(alarm: AlarmRecord): void
  /** Replaces the mutable part: state, message, value, count, times, acknowledgement. */
  updateAlarm(alarm: AlarmRecord): void
  getAlarm(id: string): AlarmRecord | undefined
  /** Newest raised first. */
  listAlarms(query: AlarmQuery): AlarmRecord[]
  /** Alarms not closed (reloaded after a restart). */
  openAlarms(): AlarmRecord[]
  /** Retention: ids of closed alarms last changed before `before`, oldest raised first, at most `limit`. */
  closedBefore(before: number, limit: number): string[]
  /** Deletes these alarms; returns how many there were. */
  removeAlarms(ids: string[]): number

  insertWebhook(hook: AlarmWebhook): void
  /** Deletes the webhook and the deliveries waiting for it. */
  deleteWebhook(id: string): boolean
  /** Oldest first. */
  listWebhooks(): AlarmWebhook[]

  /** Queues a delivery; `owner` is the hub that sends it (its node id), so hubs sharing a store each resend their own. */
  insertDelivery(delivery: WebhookDelivery, owner: string): void
  updateDeliveryAttempt(id: string, attempt: number): void
  deleteDelivery(id: string): boolean
  /** The owner's deliveries in the order they were queued. */
  listDeliveries(owner: string): WebhookDelivery[]
}

const copy = <T>(v: T): T => structuredClone(v)

export const matchesQuery = (a: AlarmRecord, q: AlarmQuery) =>
  (q.state === undefined || a.state === q.state) && (q.deviceId === undefined || a.deviceId === q.deviceId) &&
  (q.room === undefined || a.room === q.room) && (q.severity === undefined || a.severity === q.severity)

export function createMemoryAlarmStore(): AlarmStore {
  const rules = new Map<string, AlarmRule>()
  const alarms = new Map<string, AlarmRecord>()
  const webhooks = new Map<string, AlarmWebhook>()
  // Insertion order is queue order.
  const deliveries = new Map<string, { d: WebhookDelivery; owner: string }>()
  return {
    insertRule(r) {
      if (rules.has(r.id)) return false
      rules.set(r.id, copy(r))
      return true
    },
    updateRule(r) {
      if (!rules.has(r.id)) return false
      rules.set(r.id, copy({ ...r, createdAt: rules.get(r.id)!.createdAt, createdBy: rules.get(r.id)!.createdBy }))
      return true
    },
    deleteRule: id => rules.delete(id),
    getRule: id => { const r = rules.get(id); return r && copy(r) },
    listRules: () => [...rules.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).map(copy),
    insertAlarm(a) { alarms.set(a.id, copy(a)) },
    updateAlarm(a) {
      const prior = alarms.get(a.id)
      if (!prior) return
      const { state, message, value, count, lastRaisedAt, clearedAt, acknowledgedAt, acknowledgedBy, note, updatedAt } = a
      alarms.set(a.id, copy({ ...prior, state, message, value, count, lastRaisedAt, clearedAt, acknowledgedAt, acknowledgedBy, note, updatedAt }))
    },
    getAlarm: id => { const a = alarms.get(id); return a && copy(a) },
    listAlarms: q => [...alarms.values()]
      .filter(a => matchesQuery(a, q))
      .sort((a, b) => b.raisedAt - a.raisedAt || (a.id < b.id ? 1 : -1))
      .slice(0, q.limit)
      .map(copy),
    openAlarms: () => [...alarms.values()].filter(isOpen).map(copy),
    closedBefore: (before, limit) => [...alarms.values()]
      .filter(a => !isOpen(a) && a.updatedAt < before)
      .sort((a, b) => a.raisedAt - b.raisedAt || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map(a => a.id),
    removeAlarms: ids => ids.filter(id => alarms.delete(id)).length,
    insertWebhook(h) { webhooks.set(h.id, copy(h)) },
    deleteWebhook(id) {
      for (const [k, v] of deliveries) if (v.d.webhookId === id) deliveries.delete(k)
      return webhooks.delete(id)
    },
    listWebhooks: () => [...webhooks.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).map(copy),
    insertDelivery(d, owner) { deliveries.set(d.id, { d: copy(d), owner }) },
    updateDeliveryAttempt(id, attempt) { const v = deliveries.get(id); if (v) v.d.attempt = attempt },
    deleteDelivery: id => deliveries.delete(id),
    listDeliveries: owner => [...deliveries.values()].filter(v => v.owner === owner).map(v => copy(v.d)),
  }
}
