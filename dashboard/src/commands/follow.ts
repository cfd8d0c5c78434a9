/**
 * One device's commands as the panel shows them (pure): the audit read over REST once, then
 * followed through the command cards of the room timelines, each card the whole command as of
 * its latest revision [CHAT-16.2-1]. The card shape is the view: REST records are read as cards.
 */
import { COMMAND_STATES, isTerminalCommandStatus, type CommandCard, type CommandRecordJson, type CommandStatus } from '@tether/protocol'

export function cardOf(r: CommandRecordJson): CommandCard {
  return {
    commandId: r.id, deviceId: r.deviceId, name: r.name, params: r.params, status: r.status, issuedBy: r.issuedBy,
    createdAt: r.createdAt, expiresAt: r.expiresAt, sentAt: r.sentAt, deliveredAt: r.deliveredAt, completedAt: r.completedAt,
    result: r.result, error: r.error,
  }
}

/** How far a command got: every terminal state is as far as it goes. */
const progress = (s: CommandStatus) => (isTerminalCommandStatus(s) ? COMMAND_STATES.length : COMMAND_STATES.indexOf(s))

/**
 * The commands of `deviceId`, newest first: every card seen for it and every audit record, one
 * per command, the further along of the two when both know it (a state never goes back, so the
 * further one is the newer one).
 */
export function followCommands(deviceId: string, audit: readonly CommandRecordJson[], cards: Iterable<CommandCard>): CommandCard[] {
  const byId = new Map<string, CommandCard>()
  const offer = (c: CommandCard) => {
    if (c.deviceId !== deviceId) return
    const held = byId.get(c.commandId)
    if (!held || progress(c.status) > progress(held.status)) byId.set(c.commandId, c)
  }
  for (const r of audit) offer(cardOf(r))
  for (const c of cards) offer(c)
  return [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || (a.commandId < b.commandId ? 1 : -1))
}

/** True while any command shown is still open: only then is there anything to follow. */
export function anyOpen(commands: readonly CommandCard[]): boolean {
  return commands.some(c => !isTerminalCommandStatus(c.status))
}

/**
 * Whether to re-read the audit: only as a fallback, while the chat socket is down (no card
 * arrives) and a command is still open. With the socket up, cards carry every change.
 */
export function shouldPoll(chatOnline: boolean, commands: readonly CommandCard[]): boolean {
  return !chatOnline && anyOpen(commands)
}
