import { request } from '../api/client'
import type { Alarm } from './alarms'

/** A rule as docs/alarms.md describes it (the editor writes threshold rules). */
export interface AlarmRule {
  id: string
  name: string
  scope: { device?: string; model?: string; room?: string }
  condition: { type: string; field?: string | null; op?: string; value?: unknown; holdMs?: number; hysteresis?: number; forMs?: number; [k: string]: unknown }
  severity: string
  message: string
  unit: string | null
  enabled: boolean
}

export type RuleInput = Omit<AlarmRule, 'id' | 'message' | 'enabled'> & { message?: string; enabled?: boolean }

export const alarmsApi = {
  list: async (q: Record<string, string> = {}): Promise<Alarm[]> =>
    (await request<{ alarms: Alarm[] }>('GET', `/api/alarms?${new URLSearchParams(q)}`)).alarms,
  acknowledge: async (id: string, note?: string): Promise<Alarm> =>
    (await request<{ alarm: Alarm }>('POST', `/api/alarms/${encodeURIComponent(id)}/ack`, note ? { note } : {})).alarm,
  rules: async (): Promise<AlarmRule[]> => (await request<{ rules: AlarmRule[] }>('GET', '/api/alarm-rules')).rules,
  createRule: async (rule: RuleInput): Promise<AlarmRule> => (await request<{ rule: AlarmRule }>('POST', '/api/alarm-rules', rule)).rule,
  deleteRule: (id: string) => request<null>('DELETE', `/api/alarm-rules/${encodeURIComponent(id)}`),
}
