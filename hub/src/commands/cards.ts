import type { DeviceDirectory } from '../identity/types.js'
import type { RoomService } from '../rooms/room-service.js'
import type { CommandCard } from '../rooms/types.js'
import type { CommandRecord } from './lifecycle.js'
import type { HubEvents } from '../events.js'
import { deviceRoomOf } from '../rooms/device-rooms.js'

/** The room that shows a device's command cards: its own room, or `general` when it has none. */
export const cardRoomOf = deviceRoomOf

/** The whole card, carried by every revision [CHAT-5.2-1]: who issued what, where it stands, the result. */
export function commandCard(r: CommandRecord): CommandCard {
  return {
    commandId: r.id, deviceId: r.deviceId, name: r.name, params: r.params, status: r.status, issuedBy: r.issuedBy,
    createdAt: r.createdAt, expiresAt: r.expiresAt, sentAt: r.sentAt, deliveredAt: r.deliveredAt, completedAt: r.completedAt,
    result: r.result ?? null, error: r.error,
  }
}

/** One card per command in the device's room, updated in place on every state change [CHAT-16.2-1]. */
export function postCommandCards(deps: { events: HubEvents; rooms: RoomService; devices: DeviceDirectory; onError?: (err: Error) => void }): () => void {
  function upsertCard(r: CommandRecord): void {
    // A card that cannot be written (a cluster's PostgreSQL down) is logged; the command goes on.
    try {
      const room = cardRoomOf(deps.devices, deps.rooms, r.deviceId)
      if (room) deps.rooms.upsertCommandCard(room, commandCard(r))
    } catch (err) { deps.onError?.(err as Error) }
  }
  deps.events.on('command.changed', upsertCard)
  return () => { deps.events.off('command.changed', upsertCard) }
}
