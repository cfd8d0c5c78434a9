import type {
  ApiErrorBody, CommandListResponse, DeviceJson, DeviceListResponse, DeviceResponse, HistoryResponse,
  IssueCommandResponse, LatestResponse, LoginResponse, TelemetryAggregate, TelemetryValue,
} from '@tether/protocol'
import { endSession, useSession } from '../session/session'

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

const devicePath = (id: string) => `/api/devices/${encodeURIComponent(id)}`

/** The hub's REST API (docs/api.md), its JSON as @tether/protocol types it. */
export const api = {
  login: (username: string, password: string) =>
    request<LoginResponse>('POST', '/api/auth/login', { username, password }, false),
  /** A fresh token for a still-valid one (docs/api.md § refresh). */
  refresh: () => request<LoginResponse>('POST', '/api/auth/refresh'),
  devices: async (): Promise<DeviceJson[]> => (await request<DeviceListResponse>('GET', '/api/devices')).devices,
  device: async (id: string): Promise<DeviceJson> => (await request<DeviceResponse>('GET', devicePath(id))).device,
  telemetry: (id: string, q: { field: string; from: number; to: number; every: string; agg?: TelemetryAggregate }): Promise<HistoryResponse> => {
    const p = new URLSearchParams({ field: q.field, from: String(q.from), to: String(q.to), every: q.every, agg: q.agg ?? 'mean' })
    return request<HistoryResponse>('GET', `${devicePath(id)}/telemetry?${p}`)
  },
  /** History as a file (docs/api.md § Export): the body and the hub's file name. */
  exportTelemetry: async (id: string, q: { field: string; from: number; to: number; every: string; agg?: TelemetryAggregate }, format: 'csv' | 'jsonl'): Promise<{ blob: Blob; filename: string }> => {
    const p = new URLSearchParams({ field: q.field, from: String(q.from), to: String(q.to), every: q.every, agg: q.agg ?? 'mean', format })
    const res = await fetch(`${devicePath(id)}/telemetry?${p}`, { headers: { Authorization: `Bearer ${useSession().token.value ?? ''}` } })
    if (!res.ok) {
      const err = ((await res.json().catch(() => null)) as ApiErrorBody | null)?.error
      if (res.status === 401) endSession('Your session expired. Please log in again.')
      throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? `Export failed (${res.status}).`)
    }
    const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${id}_${q.field}.${format}`
    return { blob: await res.blob(), filename }
  },
  /** Each field's newest value → one sample at the newest of their times. */
  latest: async (id: string): Promise<{ t: number; fields: Record<string, TelemetryValue> }> => {
    const res = await request<LatestResponse>('GET', `${devicePath(id)}/latest`)
    const fields: Record<string, TelemetryValue> = {}
    let t = 0
    for (const [k, v] of Object.entries(res.fields)) { fields[k] = v.value; t = Math.max(t, v.ts) }
    return { t, fields }
  },
  /** A device's commands, oldest first (the hub's most: 1000). */
  commands: async (device: string): Promise<CommandListResponse['commands']> =>
    (await request<CommandListResponse>('GET', `/api/commands?${new URLSearchParams({ device, limit: '1000' })}`)).commands,
  /** `{name, params, ttlMs?, clientId}` → `{command, duplicate}`; the same clientId is accepted once. */
  issueCommand: (device: string, body: { clientId: string; name: string; params: Record<string, unknown>; ttlMs?: number }) =>
    request<IssueCommandResponse>('POST', `${devicePath(device)}/commands`, body),
}
