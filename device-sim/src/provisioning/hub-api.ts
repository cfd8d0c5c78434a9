/**
 * The slice of the hub REST API (docs/api.md) the simulator needs: login, list and
 * create devices, rotate a device token. Thin over fetch; every failure is a HubApiError that
 * says what to do.
 */
export interface DeviceInput { id: string; name?: string; room?: string; model?: string }
export interface RemoteDevice { id: string; name?: string; room?: string | null; model?: string | null }

export class HubApiError extends Error {
  override name = 'HubApiError'
  constructor(readonly status: number, readonly code: string | undefined, message: string) { super(message) }
}

export interface HubApi {
  login(username: string, password: string): Promise<string>
  listDevices(adminToken: string): Promise<RemoteDevice[]>
  createDevice(adminToken: string, device: DeviceInput): Promise<{ device: RemoteDevice; token: string }>
  rotateToken(adminToken: string, id: string): Promise<string>
}

/** `ws://host:8080/ws` → `http://host:8080`; `wss://` → `https://`; mqtt(s):// keep host, assume http. */
export function apiUrlFromHub(hubUrl: string): string {
  const u = new URL(hubUrl)
  const scheme = u.protocol === 'wss:' || u.protocol === 'mqtts:' ? 'https:' : 'http:'
  return `${scheme}//${u.host}`
}

export function createHubApi(baseUrl: string, fetchImpl: typeof fetch = fetch): HubApi {
  const base = baseUrl.replace(/\/+$/, '')

  async function call(method: string, path: string, token: string | null, body?: unknown): Promise<any> {
    let res: Response
    try {
      res = await fetchImpl(base + path, {
        method,
        headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      })
    } catch (err) {
      throw new HubApiError(0, undefined, `cannot reach the hub API at ${base} (${(err as Error).message}); is the hub running, and is --api right?`)
    }
    const text = await res.text()
    let json: any = undefined
    try { json = text ? JSON.parse(text) : undefined } catch { /* not JSON: reported below */ }
    if (!res.ok) {
      const code = json?.error?.code as string | undefined
      const msg = json?.error?.message ?? text.slice(0, 200)
      throw new HubApiError(res.status, code, `${method} ${path} → ${res.status}${code ? ` ${code}` : ''}: ${msg}${hint(res.status, path)}`)
    }
    return json
  }

  return {
    async login(username, password) {
      const r = await call('POST', '/api/auth/login', null, { username, password })
      if (typeof r?.token !== 'string') throw new HubApiError(200, undefined, 'login answered without a token')
      return r.token
    },
    async listDevices(adminToken) {
      const r = await call('GET', '/api/devices', adminToken)
      const list = Array.isArray(r) ? r : r?.devices
      if (!Array.isArray(list)) throw new HubApiError(200, undefined, 'GET /api/devices did not return a list')
      return list
    },
    async createDevice(adminToken, device) {
      const r = await call('POST', '/api/devices', adminToken, device)
      // Accept both `{device, token}` and a flat device with its token.
      const token = r?.token ?? r?.device?.token
      if (typeof token !== 'string') throw new HubApiError(201, undefined, 'POST /api/devices answered without a token')
      return { device: r.device ?? r, token }
    },
    async rotateToken(adminToken, id) {
      const r = await call('POST', `/api/devices/${encodeURIComponent(id)}/token`, adminToken)
      const token = r?.token ?? r?.device?.token
      if (typeof token !== 'string') throw new HubApiError(200, undefined, `POST /api/devices/${id}/token answered without a token`)
      return token
    },
  }
}

function hint(status: number, path: string): string {
  if (path === '/api/auth/login' && status === 401) return ' — check the admin user name and password (TETHER_ADMIN_PASSWORD)'
  if (status === 401) return ' — the admin token is missing, wrong or expired; pass --admin-token or the admin password'
  if (status === 403) return ' — this account is not an admin'
  if (status === 404 && path.startsWith('/api/')) return ' — does this hub have the device registry (identity) yet?'
  return ''
}
