/**
 * The system under test: a real hub (startTestHub) serving the built dashboard on a free loopback
 * port, with operator accounts and registered devices created through the REST API.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startTestHub, type TestHub } from '../../../hub/test/support/test-hub.js'
import { dashboardDist } from './browser.js'

export const ADMIN_PASSWORD = 'admin-e2e-password'
export const PASSWORD = 'e2e-password-1'

export interface Stack {
  th: TestHub
  baseURL: string
  wsUrl: string
  adminToken: string
  deviceTokens: Record<string, string>
  /** Stops the hub (keeping its data) and starts it again on the same port. */
  restart(): Promise<void>
  stop(): Promise<void>
}

async function api<T>(baseURL: string, method: string, p: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(baseURL + p, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${p} → ${res.status} ${text}`)
  return (text ? JSON.parse(text) : null) as T
}

export async function startStack(opts: {
  accounts: Array<{ username: string; role: 'viewer' | 'operator' | 'admin' }>
  devices: Array<{ id: string; room?: string; model?: string }>
  env?: Record<string, string>
}): Promise<Stack> {
  if (!existsSync(path.join(dashboardDist, 'index.html'))) throw new Error('dashboard/dist is missing: run `npm run build -w dashboard` first')
  const env = { TETHER_ADMIN_PASSWORD: ADMIN_PASSWORD, TETHER_TELEMETRY_FLUSH_MS: '200', ...opts.env }
  let th = await startTestHub({ dashboardDir: dashboardDist }, {}, env)
  const port = th.port
  const baseURL = th.httpUrl
  const login = await api<{ token: string }>(baseURL, 'POST', '/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })
  for (const a of opts.accounts) {
    await api(baseURL, 'POST', '/api/accounts', { username: a.username, password: PASSWORD, role: a.role }, login.token)
  }
  const deviceTokens: Record<string, string> = {}
  for (const d of opts.devices) {
    const res = await api<{ token: string }>(baseURL, 'POST', '/api/devices', { id: d.id, room: d.room, model: d.model }, login.token)
    deviceTokens[d.id] = res.token
  }
  const stack: Stack = {
    get th() { return th },
    baseURL,
    wsUrl: th.wsUrl,
    adminToken: login.token,
    deviceTokens,
    async restart() {
      const dataDir = th.dataDir
      await th.stop({ keepData: true })
      th = await startTestHub({ dashboardDir: dashboardDist, dataDir, port }, {}, env)
    },
    stop: () => th.stop(),
  }
  return stack
}

export { api }
