import { z } from 'zod'
import { HubError, type ErrorCode } from '../errors.js'
import type { CommandService } from './command-service.js'
import { commandCard } from './cards.js'
import { COMMAND_NAME_PATTERN, ID_PATTERN, type ClientFrameOf } from '@tether/protocol'
import type { ChatHandler } from '../protocols/chat-v1/context.js'
import { frameId } from '../protocols/chat-v1/schemas.js'

export function commandSchema(maxTtlMs: number) {
  return z.strictObject({
    type: z.literal('command'),
    id: frameId,
    device: z.string().regex(ID_PATTERN, 'must be a device id'),
    name: z.string().regex(COMMAND_NAME_PATTERN, 'must be 1–64 letters, digits, _ . or -'),
    params: z.record(z.string(), z.unknown()).optional(),
    ttlMs: z.int().min(1000).max(maxTtlMs).optional(),
  })
}

/** The service's REST-flavoured refusals, as chat.v1 codes (spec §16). */
const CHAT_CODE: Partial<Record<ErrorCode, ErrorCode>> = {
  HUB_ERR_NOT_FOUND: 'CHAT_ERR_NO_SUCH_DEVICE',
  HUB_ERR_NO_META: 'CHAT_ERR_NO_META',
  HUB_ERR_UNKNOWN_COMMAND: 'CHAT_ERR_UNKNOWN_COMMAND',
  HUB_ERR_BAD_PARAMS: 'CHAT_ERR_BAD_PARAMS',
}

/**
 * `command {id, device, name, params?, ttlMs?}` → `command.ack {ref, room, duplicate, card}`.
 * [CHAT-16.1-1] operators and admins only; [CHAT-16.1-2] checked against the device's meta, a
 * refusal publishes nothing; [CHAT-16.1-3] `id` is the idempotency key per user.
 */
export const commandHandler = (commands: CommandService, cardRoom: (deviceId: string) => string | null, maxTtlMs: number): ChatHandler<ReturnType<typeof commandSchema>> => ({
  type: 'command',
  schema: commandSchema(maxTtlMs),
  minRole: 'operator',
  async handle(frame, ctx) {
    try {
      const { record, duplicate } = await commands.issue({
        deviceId: frame.device, name: frame.name, params: frame.params ?? {}, clientId: frame.id,
        issuedBy: { id: ctx.user.id, username: ctx.user.username },
        ...(frame.ttlMs !== undefined ? { ttlMs: frame.ttlMs } : {}),
      })
      ctx.session.reply(frame.id, { type: 'command.ack', room: cardRoom(record.deviceId), duplicate, card: commandCard(record) })
    } catch (err) {
      const code = err instanceof HubError ? CHAT_CODE[err.code] : undefined
      if (err instanceof HubError && code) throw new HubError(code, err.message, err.details)
      throw err
    }
  },
})

// The schema accepts exactly @tether/protocol's `command` frame: drift fails to compile.
type CommandFrame = z.infer<ReturnType<typeof commandSchema>>
export const commandFrameMatchesProtocol: [CommandFrame] extends [ClientFrameOf<'command'>] ? ([ClientFrameOf<'command'>] extends [CommandFrame] ? true : never) : never = true
