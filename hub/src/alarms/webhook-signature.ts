import { createHmac, timingSafeEqual } from 'node:crypto'
import { SEVERITIES, type AlarmRecord, type AlarmWebhook } from './types.js'

export const SIGNATURE_HEADER = 'x-tether-signature'
export const TIMESTAMP_HEADER = 'x-tether-timestamp'

/**
 * `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: the receiver recomputes it over the raw
 * body and the timestamp header, compares in constant time, and refuses old timestamps (replays).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

export function verifyWebhook(secret: string, timestamp: number, body: string, signature: string): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Whether a webhook receives this alarm: its room is listed (or all are) and it is severe enough. */
export function webhookWants(hook: Pick<AlarmWebhook, 'rooms' | 'minSeverity'>, alarm: Pick<AlarmRecord, 'room' | 'severity'>): boolean {
  if (SEVERITIES.indexOf(alarm.severity) > SEVERITIES.indexOf(hook.minSeverity)) return false
  return hook.rooms === null || (alarm.room !== null && hook.rooms.includes(alarm.room))
}

/** Delay before retry `attempt` (1-based): base × 2^(attempt−1), capped. */
export const retryDelay = (attempt: number, baseMs: number, maxMs: number) => Math.min(maxMs, baseMs * 2 ** (attempt - 1))
