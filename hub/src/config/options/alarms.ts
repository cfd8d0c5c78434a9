import { int } from '../option.js'

/** Alarm evaluation and webhook notifications. */
export const alarmOptions = {
  alarmSweepMs: int({ env: 'TETHER_ALARM_SWEEP_MS', unit: 'ms', default: 1000, min: 100, max: 600_000,
    doc: 'how often alarm hold times, no-data silences and presence durations are checked' }),
  alarmWebhookAttempts: int({ env: 'TETHER_ALARM_WEBHOOK_ATTEMPTS', unit: 'attempts', default: 6, min: 1, max: 20,
    doc: 'attempts per alarm webhook delivery (the first and the retries)' }),
  alarmWebhookRetryBaseMs: int({ env: 'TETHER_ALARM_WEBHOOK_RETRY_BASE_MS', unit: 'ms', default: 2000, min: 10, max: 600_000,
    doc: 'delay before the first webhook retry, doubled each time (capped at 60 s)' }),
  alarmWebhookTimeoutMs: int({ env: 'TETHER_ALARM_WEBHOOK_TIMEOUT_MS', unit: 'ms', default: 5000, min: 100, max: 60_000,
    doc: 'how long one webhook POST may take' }),
  alarmRetentionDays: int({ env: 'TETHER_ALARM_RETENTION_DAYS', unit: 'days', default: 0, min: 0, max: 36_500,
    doc: 'closed alarms last changed longer ago than this are deleted hourly, with their cards in the rooms; open ones stay; 0 keeps them all' }),
}
