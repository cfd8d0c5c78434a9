import type { WebSocket } from 'ws'

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

export const realTimers: Timers = {
  setInterval: (fn, ms) => { const t = setInterval(fn, ms); t.unref(); return t },
  clearInterval: h => clearInterval(h as NodeJS.Timeout),
}

/**
 * [CHAT-2.2-3] Ping every interval; a socket that has not answered the previous ping is terminated.
 * MQTT connections don't use this: their keepalive is aedes'.
 */
export function startHeartbeat(sockets: Iterable<WebSocket>, intervalMs: number, timers: Timers = realTimers) {
  const alive = new WeakSet<WebSocket>()
  const watched = new WeakSet<WebSocket>()
  const onPong = function (this: WebSocket) { alive.add(this) }
  const handle = timers.setInterval(() => {
    for (const ws of sockets) {
      if (!watched.has(ws)) { watched.add(ws); alive.add(ws); ws.on('pong', onPong) }
      if (!alive.has(ws)) { ws.terminate(); continue }
      alive.delete(ws)
      ws.ping()
    }
  }, intervalMs)
  return { stop: () => timers.clearInterval(handle) }
}
