import { Counter } from 'prom-client'
import { passClaim } from '../cluster/pass-claim.js'
import type { Feature } from '../feature.js'
import type { Identity } from '../identity/feature.js'
import { createChatEndpoint, type ChatEndpoint } from '../protocols/chat-v1/endpoint.js'
import { startHeartbeat } from '../protocols/chat-v1/heartbeat.js'
import { createWsEndpoint } from '../upgrade/ws-endpoint.js'
import { createRoomService, type RoomService } from './room-service.js'
import type { RoomStore } from './room-store.js'
import { createRoomsRouter } from './router.js'
import { createSqliteRoomStore } from './sqlite-store.js'
import { createPgRoomStore } from './pg-store.js'
import { createRoomFanout } from './cluster-fanout.js'
import { createClusterOperatorPresence } from './cluster-operator-presence.js'
import { ensureDeviceRooms } from './device-rooms.js'
import { startChatRetention } from './retention.js'

export interface Rooms {
  rooms: RoomService
  chat: ChatEndpoint
}

/**
 * Operator rooms and the chat.v1 endpoint that serves them: timelines, presence, typing, DMs,
 * the rooms REST API. Every device's `room` is a room (created when a device names it).
 * Other features add chat.v1 frames through their own `chatHandlers`.
 */
export const roomsFeature = (deps: { identity: Identity; store?: RoomStore }): Feature<Rooms> => ({
  name: 'rooms',
  async start({ config, db, durable, events, tokens, metrics, now, timers, logger, chat: registry, cluster }) {
    const store = deps.store ?? (cluster ? createPgRoomStore(cluster.pg) : createSqliteRoomStore(db))
    // Cluster: room events reach the chat.v1 sessions of every hub, in seq order.
    const fanout = cluster ? createRoomFanout({ bus: cluster.bus, store, logger: logger.child({ mod: 'rooms' }), typingTtlMs: config.chatTypingTtlMs, timers }) : null
    await fanout?.start()
    // Cluster: operator presence counts every hub's sessions; a dead hub's sessions end with its heartbeat.
    const operatorPresence = cluster ? createClusterOperatorPresence({ redis: cluster.redis, bus: cluster.bus, nodeId: cluster.nodeId, logger }) : null
    await operatorPresence?.start()
    const rooms = createRoomService({
      store, now, timers, ...(fanout ? { fanout: fanout.wrap } : {}), ...(operatorPresence ? { sharedPresence: operatorPresence } : {}),
      typingTtlMs: config.chatTypingTtlMs, typingThrottleMs: config.chatTypingThrottleMs, presenceCoalesceMs: config.chatPresenceCoalesceMs,
    })
    rooms.ensureRoom({ id: 'general', name: 'General', topic: '', minRole: 'viewer' })
    if (cluster && operatorPresence) {
      cluster.onNodeDead(node => {
        operatorPresence.reapNode(node, id => deps.identity.operators.get(id)?.username, rooms.postPresence)
          .catch(err => logger.warn({ err: (err as Error).message, node }, 'could not end a dead hub\'s operator sessions'))
      })
    }
    const stopDeviceRooms = ensureDeviceRooms({ events, rooms, devices: deps.identity.devices })
    const chat = createChatEndpoint({
      rooms, tokens, events, metrics, now, timers, logger: logger.child({ mod: 'chat' }),
      operators: deps.identity.operators, registry, durable,
      limits: {
        maxFrameBytes: config.chatMaxFrameBytes, maxDepth: config.chatMaxDepth, maxTextChars: config.chatMaxTextChars,
        ratePerSecond: config.chatRatePerSecond, rateBurst: config.chatRateBurst, rateStrikes: config.chatRateStrikes,
        sendBufferBytes: config.chatSendBufferBytes, snapshotEntries: config.chatSnapshotEntries,
        historyPageMax: config.chatHistoryPageMax, resumeWindow: config.chatResumeWindow,
        typingTtlMs: config.chatTypingTtlMs, typingThrottleMs: config.chatTypingThrottleMs, helloTimeoutMs: config.chatHelloTimeoutMs,
        flushWaitMaxMs: config.chatFlushWaitMaxMs,
      },
    })
    // The transport cap is twice the codec's, so an oversize frame gets `too_large` rather than a close [CHAT-1.2-3].
    const endpoint = createWsEndpoint({ maxPayload: config.chatMaxFrameBytes * 2, maxFragments: 64, maxBufferedChunks: 256 }, chat.handle)
    const heartbeat = startHeartbeat(endpoint.wss.clients, config.chatHeartbeatMs)
    const pruned = new Counter({ name: 'tether_chat_pruned_total', help: 'Room events (not cards) and direct messages deleted by the retention window', registers: [metrics.registry] })
    let stopping = false
    const retention = startChatRetention({
      store, closing: () => stopping, retentionMs: config.chatRetentionDays * 86_400_000, now, logger: logger.child({ mod: 'rooms' }),
      ...(cluster ? { claim: passClaim(cluster.redis, 'chat', cluster.nodeId) } : {}),
      onPruned: n => pruned.inc(n),
    })
    return {
      service: { rooms, chat },
      routers: [{ path: '/api/rooms', router: createRoomsRouter({ rooms, authenticate: deps.identity.authenticate, pageMax: config.chatHistoryPageMax, maxTextChars: config.chatMaxTextChars }) }],
      endpoints: { 'chat.v1': endpoint },
      quiesce() {
        stopping = true
        retention.stop()
        stopDeviceRooms()
        heartbeat.stop()
        chat.stop()
        rooms.stop()
        fanout?.stop()
        operatorPresence?.stop()
      },
    }
  },
})
