/** The device topic scheme of docs/topics.md (issue #3). */
export const topics = {
  telemetry: (id: string) => `devices/${id}/telemetry`,
  status: (id: string) => `devices/${id}/status`,
  meta: (id: string) => `devices/${id}/meta`,
  commands: (id: string) => `devices/${id}/commands`,
  responses: (id: string) => `devices/${id}/responses`,
}

/** A command as the hub publishes it on `devices/{id}/commands`. */
export interface CommandMessage {
  id: string
  name: string
  params?: Record<string, unknown>
  issuedBy?: string
  /** Epoch ms or RFC 3339. */
  expiresAt?: number | string
}

export interface CommandResponse {
  id: string
  ok: boolean
  result?: Record<string, unknown>
  error?: string
}

/** Parses a command payload (pure); a payload without a string `id` cannot be answered. */
export function parseCommand(payload: Buffer): CommandMessage | null {
  let v: unknown
  try { v = JSON.parse(payload.toString('utf8')) } catch { return null }
  if (typeof v !== 'object' || v === null || typeof (v as { id?: unknown }).id !== 'string') return null
  return v as CommandMessage
}

export function expiryOf(cmd: CommandMessage): number | null {
  if (cmd.expiresAt === undefined) return null
  const t = typeof cmd.expiresAt === 'number' ? cmd.expiresAt : Date.parse(cmd.expiresAt)
  return Number.isFinite(t) ? t : null
}
