import { ALARM_SEVERITIES, type AlarmRecord, type AlarmSeverity, type AlarmState } from '@tether/protocol'
import type { UserRef } from '../rooms/types.js'
import type { FieldValue } from '../telemetry/point.js'

/** The shared vocabulary (@tether/protocol): the hub, the dashboard and webhooks use the same words. */
export const SEVERITIES = ALARM_SEVERITIES
export type Severity = AlarmSeverity
export { ALARM_STATES, type AlarmState } from '@tether/protocol'

export const OPERATORS = ['>', '>=', '<', '<=', '==', '!='] as const
export type Operator = typeof OPERATORS[number]

/** Presence states a presence rule may watch (hub/src/presence). */
export const WATCHED_PRESENCE = ['lost', 'flapping', 'offline', 'silent'] as const
export type WatchedPresence = typeof WATCHED_PRESENCE[number]

/** What a rule applies to: one device, every device of a model, or every device of a room (site). */
export type RuleScope = { device: string } | { model: string } | { room: string }

/** A comparison against a constant: `> 30`, `== "fault"`. Ordering operators need numbers. */
export interface Comparison { op: Operator; value: number | string | boolean }

export type Condition =
  /** `field op value` held for `holdMs`; clears on `clear` or, by default, when `field` is `hysteresis` back past the line. */
  | { type: 'threshold'; field: string; op: Operator; value: number | string | boolean; holdMs: number; hysteresis: number; clear: Comparison | null }
  /** `field` changes by at least `change` (a rise if > 0, a fall if < 0) within `windowMs`. */
  | { type: 'rate'; field: string; change: number; windowMs: number }
  /** No `field` (any telemetry if null) for `forMs`, once the device has sent some since the hub started. */
  | { type: 'no_data'; field: string | null; forMs: number }
  /** The device's presence is one of `states` for longer than `forMs`. */
  | { type: 'presence'; states: WatchedPresence[]; forMs: number }

export interface AlarmRule {
  id: string
  name: string
  scope: RuleScope
  condition: Condition
  severity: Severity
  /** Text of the alarm: `{device}`, `{rule}`, `{field}`, `{value}`, `{unit}`, `{severity}` are filled in. */
  message: string
  unit: string | null
  enabled: boolean
  createdBy: UserRef
  createdAt: number
  updatedAt: number
}


/** One alarm as the hub keeps and lists it (@tether/protocol `AlarmRecord`). */
export type { AlarmRecord }

export const isOpen = (a: Pick<AlarmRecord, 'state'>) => a.state !== 'closed'

/** Where alarm changes are POSTed (an on-call tool): for some rooms (or all) from a severity up. */
/** One POST waiting for a webhook: kept in the store until delivered or given up, so a restart resends it. */
export interface WebhookDelivery {
  id: string
  webhookId: string
  /** The JSON body, as signed and sent. */
  body: string
  /** Attempts made so far. */
  attempt: number
  createdAt: number
}

export interface AlarmWebhook {
  id: string
  url: string
  /** Rooms whose alarms it receives; null: every room. */
  rooms: string[] | null
  /** The least severe alarm it receives (`critical` only … `warning` and worse). */
  minSeverity: Severity
  /** HMAC-SHA256 key of the signature header; shown once, when the webhook is created. */
  secret: string
  createdAt: number
}
