import { endSession, useSession } from '../session/session'
import type { ApiErrorBody, CommandRecord, Device, LoginResponse, TelemetrySeries, User } from './types'
import { toEpochMs } from '../util/time'
import { normaliseCommands, normaliseDevices, normaliseSeries } from './normalise'

/** An API failure with the hub's machine code (HUB_ERR_*) and its sentence. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message) }
}

export async function request<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const token = useSession().token.value
  if (auth && token) headers.Authorization = `Bearer ${token}`
  let res: Response
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  } catch {
    throw new ApiError(0, 'network', 'The hub cannot be reached. Check your connection.')
  }
  const text = await res.text()
  let json: unknown = null
  try { json = text ? JSON.parse(text) : null } catch { /* non-JSON error page */ }
  if (!res.ok) {
    const err = (json as ApiErrorBody | null)?.error
    // A 401 on an authenticated call means the token is gone or expired: back to login.
    if (res.status === 401 && auth) endSession('Your session expired. Please log in again.')
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? `Request failed (${res.status}).`)
  }
  return json as T
}

export const api = {
  login: (username: string, password: string) =>
    request<LoginResponse>('POST', '/api/auth/login', { username, password }, false),
  me: () => request<{ user?: User } & Partial<User>>('GET', '/api/auth/me'),
  devices: async (): Promise<Device[]> => normaliseDevices(await request<unknown>('GET', '/api/devices')),
  device: async (id: string): Promise<Device> => {
    const raw = await request<unknown>('GET', `/api/devices/${encodeURIComponent(id)}`)
    return normaliseDevices([(raw as { device?: unknown }).device ?? raw])[0]!
  },
  telemetry: async (id: string, q: { field: string; from: number; to: number; every: string; agg?: string }): Promise<TelemetrySeries> => {
    const p = new URLSearchParams({ field: q.field, from: String(q.from), to: String(q.to), every: q.every, agg: q.agg ?? 'mean' })
    return normaliseSeries(await request<unknown>('GET', `/api/devices/${encodeURIComponent(id)}/telemetry?${p}`), q.field)
  },
  /** `{ device, fields: { name: { value, ts } } }` (#5) → field → value. */
  latest: async (id: string): Promise<{ t: number; fields: Record<string, number | boolean | string> }> => {
    const raw = await request<{ fields?: Record<string, { value?: unknown; ts?: unknown }> }>('GET', `/api/devices/${encodeURIComponent(id)}/latest`)
    const fields: Record<string, number | boolean | string> = {}
    let t = 0
    for (const [k, v] of Object.entries(raw?.fields ?? {})) {
      const val = v && typeof v === 'object' ? v.value : v
      if (typeof val === 'number' || typeof val === 'boolean' || typeof val === 'string') fields[k] = val
      t = Math.max(t, toEpochMs(v?.ts) ?? 0)
    }
    return { t, fields }
  },
  commands: async (device: string, since?: number): Promise<CommandRecord[]> => {
    const p = new URLSearchParams({ device })
    if (since !== undefined) p.set('since', String(since))
    return normaliseCommands(await request<unknown>('GET', `/api/commands?${p}`))
  },
  /** #6: `{name, params, ttlMs?, clientId?}` → 202 `{command, duplicate}`; the same clientId is accepted once. */
  issueCommand: (device: string, body: { clientId: string; name: string; params: Record<string, unknown>; ttlMs?: number }) =>
    request<unknown>('POST', `/api/devices/${encodeURIComponent(device)}/commands`, body),
}
