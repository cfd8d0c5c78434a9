import type { MqttAccess, MqttAuthResult } from '../protocols/mqtt/access.js'
import type { TokenService } from './token-service.js'
import type { DeviceRegistry } from './device-registry.js'
import type { OperatorDirectory } from './operator-accounts.js'
import { canPublish, canSubscribe } from './topic-acl.js'

/** A JWT has three dot-separated parts; a device token (base64url) never contains a dot. */
const looksLikeJwt = (password: string) => password.split('.').length === 3

/**
 * The hub's MQTT authentication and ACL (the default `MqttAccess`):
 * - device: client id = username = device id, password = device token.
 *   Unknown or deleted device → CONNACK 5; wrong token → 4.
 * - operator: username = account name, password = a valid operator JWT of that account;
 *   client id must start with `{username}:` so an operator can never take over (and so kick,
 *   [MQTT-3.1.4-2]) a device's or another operator's session. Bad/expired token → 4, deleted account → 5.
 */
export function createIdentityAccess(deps: { devices: DeviceRegistry; operators: OperatorDirectory; tokens: TokenService }): MqttAccess {
  const refuse = (returnCode: 2 | 4 | 5, reason: string): MqttAuthResult => ({ ok: false, returnCode, reason })
  return {
    async authenticate(clientId, username, password) {
      if (!username || !password || password.length === 0) return refuse(4, 'missing credentials')
      const secret = password.toString('utf8')
      if (looksLikeJwt(secret)) {
        const identity = await deps.tokens.verify(secret)
        if (!identity || identity.username !== username) return refuse(4, 'invalid or expired operator token')
        const account = deps.operators.get(identity.id)
        if (!account) return refuse(5, 'account no longer exists')
        if (!clientId.startsWith(`${username}:`)) return refuse(2, 'operator client id must start with "{username}:"')
        return { ok: true, principal: { kind: 'operator', id: account.id, role: account.role, expiresAt: identity.expiresAt } }
      }
      if (clientId !== username) return refuse(2, 'device client id must equal its username')
      const check = deps.devices.checkToken(username, secret)
      if (check === 'unknown_device') return refuse(5, 'unknown device')
      if (check === 'bad_token') return refuse(4, 'wrong device token')
      return { ok: true, principal: { kind: 'device', id: username } }
    },
    canPublish,
    canSubscribe,
  }
}
