/** Client-chosen frame ids (chat.v1 §1.2-5: 1–64 chars); random enough to be unique per user. */
export function clientId(prefix: string): string {
  const rand = typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID().replace(/-/g, '').slice(0, 16)
    : Math.random().toString(36).slice(2, 18)
  return `${prefix}-${rand}`
}

/** The hub's WebSocket endpoint, on the same origin as the page (the Vite dev proxy forwards it). */
export function wsUrl(): string {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${proto}//${location.host}/ws`
}
