import type { Role } from '../identity/roles.js'

export interface OperatorAccount { id: string; username: string; role: Role }

/**
 * The account directory chat needs: a deleted account is refused at hello [CHAT-2.1-5], DMs
 * find recipients by username or id [CHAT-7.1-1]. Identity's `hub.services.operators` fills it.
 */
export interface OperatorLookup {
  getById(id: string): OperatorAccount | undefined
  getByUsername(username: string): OperatorAccount | undefined
}

/**
 * Stand-in until an account directory is injected: trusts verified tokens and remembers the
 * operators that said hello since start, so DMs reach users seen by this hub.
 */
export function createLearnedOperators(): OperatorLookup & { learn(a: OperatorAccount): void } {
  const byId = new Map<string, OperatorAccount>()
  const byName = new Map<string, OperatorAccount>()
  return {
    learn(a) { byId.set(a.id, { ...a }); byName.set(a.username, { ...a }) },
    getById: id => byId.get(id),
    getByUsername: name => byName.get(name),
  }
}
