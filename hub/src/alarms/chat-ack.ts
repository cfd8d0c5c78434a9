import type { ClientFrameOf } from '@tether/protocol'
import { z } from 'zod'
import { HubError, type ErrorCode } from '../errors.js'
import type { ChatHandler } from '../protocols/chat-v1/context.js'
import { frameId } from '../protocols/chat-v1/schemas.js'
import type { AlarmService } from './alarm-service.js'
import { alarmCard } from './cards.js'

export const alarmAckSchema = z.strictObject({
  type: z.literal('alarm.ack'),
  id: frameId,
  alarm: z.string().min(1).max(64),
  note: z.string().max(500).optional(),
})

type AlarmAckFrame = z.infer<typeof alarmAckSchema>
/** Compile-time check: the schema accepts exactly the protocol's `alarm.ack` frame. */
export const alarmAckFrameMatchesProtocol: [AlarmAckFrame] extends [ClientFrameOf<'alarm.ack'>] ? ([ClientFrameOf<'alarm.ack'>] extends [AlarmAckFrame] ? true : never) : never = true

const CHAT_CODE: Partial<Record<ErrorCode, ErrorCode>> = {
  ALARM_ERR_NO_SUCH_ALARM: 'CHAT_ERR_NO_SUCH_ALARM',
  ALARM_ERR_ALREADY_ACKNOWLEDGED: 'CHAT_ERR_ALREADY_ACKNOWLEDGED',
}

/**
 * `alarm.ack {id, alarm, note?}` → `alarm.acked {ref, room, card}`; every member of the card's room
 * sees the card's next revision. [CHAT-17.1-1] operators and admins only (a viewer gets `forbidden`);
 * [CHAT-17.1-2] an unknown alarm is `no_such_alarm`, an acknowledged or closed one `already_acknowledged`.
 */
export const alarmAckHandler = (alarms: AlarmService): ChatHandler<typeof alarmAckSchema> => ({
  type: 'alarm.ack',
  schema: alarmAckSchema,
  minRole: 'operator',
  handle(frame, ctx) {
    try {
      const note = frame.note?.trim() ? frame.note.trim() : null
      const alarm = alarms.acknowledge(frame.alarm, { id: ctx.user.id, username: ctx.user.username }, note)
      ctx.session.reply(frame.id, { type: 'alarm.acked', room: alarm.room, card: alarmCard(alarm) })
    } catch (err) {
      const code = err instanceof HubError ? CHAT_CODE[err.code] : undefined
      if (err instanceof HubError && code) throw new HubError(code, err.message, err.details)
      throw err
    }
  },
})
