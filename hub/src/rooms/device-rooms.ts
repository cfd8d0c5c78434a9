import type { HubEvents } from '../events.js'
import type { DeviceDirectory } from '../identity/types.js'
import { ROOM_ID_PATTERN } from '@tether/protocol'
import type { RoomService } from './room-service.js'

/** Room name shown for a site created from a device's `room`: `plant-a` → `Plant a`. */
export function siteRoomName(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The room that shows what a device does (presence notices, command and alarm cards): its own
 * room, or `general` when it has none (or its room cannot exist); null if neither exists.
 */
export function deviceRoomOf(devices: DeviceDirectory, rooms: Pick<RoomService, 'getRoom'>, deviceId: string): string | null {
  const room = devices.get(deviceId)?.room
  if (room && rooms.getRoom(room)) return room
  return rooms.getRoom('general') ? 'general' : null
}

/**
 * Sites are rooms: every device's `room` names a chat room. Registering or moving a device into a
 * room that does not exist creates it (visible to every role); rooms of devices registered before
 * this ran are created at start. Sessions learn of a new room live (`room.created` [CHAT-4.4-3]).
 */
export function ensureDeviceRooms(deps: { events: HubEvents; rooms: RoomService; devices: DeviceDirectory }): () => void {
  function ensure(room: string | null | undefined): void {
    // A device room id the room grammar refuses (leading `-`/`_`) stays without a room: `general` shows its events.
    if (!room || !ROOM_ID_PATTERN.test(room) || deps.rooms.getRoom(room)) return
    deps.rooms.createRoom({ id: room, name: siteRoomName(room), topic: '', minRole: 'viewer' })
  }
  function onDevice({ deviceId }: { deviceId: string }): void { ensure(deps.devices.get(deviceId)?.room) }
  for (const device of deps.devices.list()) ensure(device.room)
  deps.events.on('device.created', onDevice)
  deps.events.on('device.updated', onDevice)
  return () => {
    deps.events.off('device.created', onDevice)
    deps.events.off('device.updated', onDevice)
  }
}
