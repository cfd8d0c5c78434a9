/**
 * The lifecycle of one command, as states on one record (pure):
 *
 *   accepted → sent → delivered → succeeded | failed
 *        ↘       ↘ expired (not delivered before expiresAt)
 *                      ↘ timed_out (delivered, no response within the response timeout)
 *
 * `sent`: the broker took it (delivered at once, or queued in the device's persistent session).
 * `delivered`: the device's PUBACK. The broker's callback, the PUBACK event and the response race
 * each other, so a PUBACK or a response also moves an `accepted` or `sent` command forward. Anything that does not fit is ignored with a reason, never applied.
 */
import { TERMINAL_COMMAND_STATES, type CommandRecordJson, type CommandStatus, type UserRef } from '@tether/protocol'

export type { CommandStatus, UserRef }
export const TERMINAL = TERMINAL_COMMAND_STATES

/** One command as the hub keeps and lists it (@tether/protocol `CommandRecordJson`). */
export type CommandRecord = CommandRecordJson

export type CommandInput =
  | { kind: 'sent' }
  | { kind: 'delivered' }
  | { kind: 'response'; ok: boolean; result?: unknown; error?: string }
  /** The passing of time: expiry before delivery, response timeout after it. */
  | { kind: 'tick'; responseTimeoutMs: number }

export type IgnoredReason = 'late' | 'duplicate'

export type Transition =
  | { changed: true; record: CommandRecord }
  | { changed: false; ignored?: IgnoredReason }

export function applyCommand(r: CommandRecord, input: CommandInput, t: number): Transition {
  const to = (patch: Partial<CommandRecord>): Transition => ({ changed: true, record: { ...r, ...patch, updatedAt: t } })
  const terminal = TERMINAL.has(r.status)
  switch (input.kind) {
    case 'sent':
      return r.status === 'accepted' ? to({ status: 'sent', sentAt: t }) : { changed: false }
    case 'delivered':
      // A second PUBACK (QoS 1 redelivery) or one after expiry changes nothing.
      if (r.status === 'accepted' || r.status === 'sent') return to({ status: 'delivered', sentAt: r.sentAt ?? t, deliveredAt: t })
      return { changed: false, ignored: terminal ? 'late' : 'duplicate' }
    case 'response':
      if (r.status === 'succeeded' || r.status === 'failed') return { changed: false, ignored: 'duplicate' }
      if (terminal) return { changed: false, ignored: 'late' }
      return to({
        status: input.ok ? 'succeeded' : 'failed',
        sentAt: r.sentAt ?? t,
        deliveredAt: r.deliveredAt ?? t,
        completedAt: t,
        result: input.ok ? input.result ?? null : null,
        error: input.ok ? null : input.error ?? 'failed without a reason',
      })
    case 'tick':
      if ((r.status === 'accepted' || r.status === 'sent') && t >= r.expiresAt) {
        return to({ status: 'expired', completedAt: t, error: 'not delivered before it expired' })
      }
      if (r.status === 'delivered' && t >= r.deliveredAt! + input.responseTimeoutMs) {
        return to({ status: 'timed_out', completedAt: t, error: `no response within ${Math.round(input.responseTimeoutMs / 1000)} s of delivery` })
      }
      return { changed: false }
  }
}
