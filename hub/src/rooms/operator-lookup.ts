import type { OperatorDirectory } from '../identity/operator-accounts.js'

/**
 * The part of identity's account directory chat needs: a deleted account is refused at hello
 * [CHAT-2.1-5]; DMs find recipients by username or id [CHAT-7.1-1]. `hub.services.operators` fills it.
 */
export type OperatorLookup = Pick<OperatorDirectory, 'get' | 'getByUsername'>
