import type { WebSocket, RawData } from 'ws'
import type { UpgradeContext } from '../../upgrade/upgrade-handler.js'
import type { HubMetrics } from '../../metrics.js'
import type { Logger } from '../../logger.js'

export const CHAT_PROTOCOL_VERSION = 'chat.v1'

/**
 * Minimal chat.v1 session: proves the routing with hello → welcome.
 * The full protocol lives in docs/protocols/chat-v1.md and replaces this handler.
 */
export function createChatHandler(deps: { metrics: HubMetrics; logger: Logger; now?: () => number }) {
  const now = deps.now ?? Date.now
  let nextSession = 1
  return function handleChat(ws: WebSocket, _ctx: UpgradeContext): void {
    deps.metrics.connections.inc({ subprotocol: 'chat.v1' })
    ws.once('close', () => deps.metrics.connections.dec({ subprotocol: 'chat.v1' }))
    ws.on('error', () => { /* close follows */ })
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) return ws.close(1003, 'chat.v1 uses text frames')
      let frame: unknown
      try { frame = JSON.parse(data.toString()) } catch {
        return ws.send(JSON.stringify({ type: 'error', code: 'bad_json', message: 'Frame is not JSON.' }))
      }
      if (typeof frame === 'object' && frame !== null && (frame as { type?: unknown }).type === 'hello') {
        ws.send(JSON.stringify({ type: 'welcome', protocol: CHAT_PROTOCOL_VERSION, sessionId: `s${nextSession++}`, serverTime: now() }))
      } else {
        ws.send(JSON.stringify({ type: 'error', code: 'unknown_type', message: 'Unknown frame type.' }))
      }
    })
  }
}
