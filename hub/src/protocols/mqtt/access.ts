/**
 * The authentication and authorization hook of the MQTT side. The broker calls these;
 * identity (hub/src/identity) provides the real implementation. Pure decisions, no sockets.
 */
export type MqttPrincipal =
  | { kind: 'device'; id: string }
  | { kind: 'operator'; id: string; role: 'viewer' | 'operator' | 'admin'; expiresAt?: number }
  | { kind: 'internal'; id: string }

export type MqttAuthResult =
  | { ok: true; principal: MqttPrincipal }
  /** 2 = identifier rejected, 4 = bad user name or password, 5 = not authorized [MQTT-3.2.2-3]. */
  | { ok: false; returnCode: 2 | 4 | 5; reason: string }

export interface MqttAccess {
  authenticate(clientId: string, username: string | undefined, password: Buffer | undefined): Promise<MqttAuthResult>
  canPublish(principal: MqttPrincipal, topic: string): boolean
  canSubscribe(principal: MqttPrincipal, filter: string): boolean
}

/** Lets everyone in: used only by tests of the bare transport. Never the hub's default. */
export const openAccess: MqttAccess = {
  async authenticate(clientId) { return { ok: true, principal: { kind: 'device', id: clientId } } },
  canPublish() { return true },
  canSubscribe() { return true },
}
