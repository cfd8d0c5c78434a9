/**
 * Tolerant readers for REST payloads: list endpoints may answer a bare array or `{items}`-style
 * envelopes, and times may be epoch ms or RFC 3339. Pure, unit-tested.
 */
import type { CommandRecord, CommandState, Device, DevicePresenceState, SeriesPoint, TelemetrySeries } from './types'
import { toEpochMs } from '../util/time'

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The first array found at the top or under one of `keys`. */
export function listOf(raw: unknown, keys: string[]): unknown[] {
  if (Array.isArray(raw)) return raw
  if (isObj(raw)) for (const k of keys) if (Array.isArray(raw[k])) return raw[k] as unknown[]
  return []
}

const PRESENCE: DevicePresenceState[] = ['online', 'offline', 'lost', 'silent', 'flapping']

export function normaliseDevices(raw: unknown): Device[] {
  return listOf(raw, ['devices', 'items', 'data']).filter(isObj).map(d => {
    const presence = isObj(d.presence) ? d.presence : d
    const state = typeof presence.state === 'string' && (PRESENCE as string[]).includes(presence.state)
      ? presence.state as DevicePresenceState : undefined
    return {
      id: String(d.id),
      name: typeof d.name === 'string' && d.name ? d.name : String(d.id),
      room: typeof d.room === 'string' ? d.room : null,
      model: typeof d.model === 'string' ? d.model : null,
      createdAt: toEpochMs(d.createdAt) ?? undefined,
      state,
      reason: typeof presence.reason === 'string' ? presence.reason : null,
      since: toEpochMs(presence.since),
      lastSeen: toEpochMs(presence.lastSeen ?? d.lastSeen),
      detail: typeof presence.detail === 'string' ? presence.detail : null,
    }
  })
}

/** Series points as `{t,v}`, `{time,value}`, `{ts,<field>}` or `[t, v]` tuples → sorted `{t,v}`. */
export function normaliseSeries(raw: unknown, field: string): TelemetrySeries {
  const points: SeriesPoint[] = []
  for (const p of listOf(raw, ['points', 'series', 'data', 'values'])) {
    let t: number | null = null
    let v: unknown = null
    if (Array.isArray(p)) { t = toEpochMs(p[0]); v = p[1] }
    else if (isObj(p)) {
      t = toEpochMs(p.t ?? p.time ?? p.ts ?? p.timestamp)
      v = 'v' in p ? p.v : 'value' in p ? p.value : p[field] ?? p.mean ?? null
    }
    if (t === null) continue
    points.push({ t, v: typeof v === 'number' && Number.isFinite(v) ? v : null })
  }
  points.sort((a, b) => a.t - b.t)
  const every = isObj(raw) && typeof raw.every === 'string' ? raw.every : null
  return { field, every, points }
}

const STATES: CommandState[] = ['accepted', 'sent', 'delivered', 'succeeded', 'failed', 'timed_out', 'expired', 'rejected']

/** A command record (#6: `{id, deviceId, name, params, issuedBy:{id,username}, status, createdAt, result, error}`). */
export function normaliseCommand(c: Obj): CommandRecord {
  const raw = c.status ?? c.state
  const state = typeof raw === 'string' && (STATES as string[]).includes(raw) ? raw as CommandState : 'accepted'
  return {
    id: String(c.id),
    device: String(c.device ?? c.deviceId ?? ''),
    name: String(c.name ?? ''),
    params: isObj(c.params) ? c.params : {},
    state,
    issuedBy: isObj(c.issuedBy) ? String(c.issuedBy.username ?? '') : typeof c.issuedBy === 'string' ? c.issuedBy : '',
    issuedAt: toEpochMs(c.issuedAt ?? c.createdAt ?? c.ts) ?? 0,
    updatedAt: toEpochMs(c.updatedAt) ?? undefined,
    result: c.result,
    error: typeof c.error === 'string' ? c.error : isObj(c.error) && typeof c.error.message === 'string' ? c.error.message : null,
  }
}

export function normaliseCommands(raw: unknown): CommandRecord[] {
  return listOf(raw, ['commands', 'items', 'data']).filter(isObj).map(normaliseCommand)
}
