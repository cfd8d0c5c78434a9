import type { Role } from '@tether/protocol'
import type { TestHub } from './test-hub.js'
import { TEST_ADMIN_PASSWORD } from './test-hub.js'

/**
 * Identity helpers for tests of every module. They go through the hub's services (fast, no
 * login rate limit involved); tests of the REST API itself call the routes.
 */

/** A fresh JWT of the bootstrap `admin` account (password TEST_ADMIN_PASSWORD). */
export async function adminToken(t: TestHub): Promise<string> {
  const admin = t.hub.services.operators.getByUsername('admin')
  if (!admin) throw new Error('test hub has no admin account')
  return (await t.hub.services.tokens.issue(admin)).token
}

/** Creates an operator account and returns a JWT for it. */
export async function createOperator(t: TestHub, username: string, role: Role = 'operator', password = `${username}-password`) {
  const user = await t.hub.services.operators.create({ username, password, role })
  const { token, expiresAt } = await t.hub.services.tokens.issue(user)
  return { token, expiresAt, user, password }
}

/** Registers a device; `token` is its MQTT password (client id = username = id). */
export function provisionDevice(t: TestHub, id: string, opts: { name?: string; room?: string | null; model?: string | null } = {}): { id: string; token: string } {
  const { device, token } = t.hub.services.devices.create({ id, ...opts })
  return { id: device.id, token }
}

/** MQTT.js options for a provisioned device. */
export function deviceMqttOptions(device: { id: string; token: string }) {
  return { clientId: device.id, username: device.id, password: device.token }
}

/** MQTT.js options for an operator (client id must start with `{username}:`). */
export function operatorMqttOptions(username: string, token: string, suffix = 'dash') {
  return { clientId: `${username}:${suffix}`, username, password: token }
}

/** fetch against the test hub with a bearer token and a JSON body. */
export async function api(t: TestHub, method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...opts.headers }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${t.httpUrl}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) as any : undefined }
}

export { TEST_ADMIN_PASSWORD }
