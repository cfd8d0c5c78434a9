import type { WebSocket } from 'ws'
import { realTimeouts, type IntervalTimers } from '../../timers.js'

/**
 * [CHAT-2.2-3] Ping every interval; a socket that has not answered the previous ping is terminated.
 * MQTT connections don't use this: their keepalive is aedes'.
 */
export function startHeartbeat(sockets: Iterable<WebSocket>, intervalMs: number, timers: IntervalTimers = realTimeouts) {
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
