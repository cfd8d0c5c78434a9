/** The steps a command card draws (chat.v1 §16.2); the states themselves are @tether/protocol's. */
import { COMMAND_HAPPY_PATH, isTerminalCommandStatus, type CommandStatus } from '@tether/protocol'

/** Steps to draw for a state: the happy path, with the final step replaced by a failure. */
export function lifecycleSteps(state: CommandStatus): Array<{ name: CommandStatus; done: boolean; current: boolean }> {
  const failed = isTerminalCommandStatus(state) && state !== 'succeeded'
  const names: CommandStatus[] = failed ? ['accepted', 'sent', 'delivered', state] : [...COMMAND_HAPPY_PATH]
  const at = failed ? names.length - 1 : names.indexOf(state)
  return names.map((name, i) => ({ name, done: i <= at, current: i === at }))
}
