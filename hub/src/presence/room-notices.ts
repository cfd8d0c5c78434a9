import type { DeviceDirectory } from '../identity/types.js'
import type { RoomService } from '../rooms/room-service.js'
import type { PresenceService } from './presence-service.js'

/**
 * Each published presence change becomes a `device` entry in the timeline of the device's room
 * [CHAT-16.3-1]: `event` is the new state, `data` says why and since when. A device without
 * a room has no timeline; its presence is still in GET /api/devices and `devices/{id}/presence`.
 */
export function postPresenceNotices(deps: { presence: PresenceService; rooms: RoomService; devices: DeviceDirectory }): () => void {
  return deps.presence.onChange(function postDeviceEvent({ deviceId, change }) {
    const room = deps.devices.get(deviceId)?.room
    if (!room || !deps.rooms.getRoom(room)) return
    deps.rooms.postDeviceEvent(room, {
      deviceId, event: change.state,
      data: { from: change.from, reason: change.reason, since: change.since, lastSeen: change.lastSeen, detail: change.detail },
    })
  })
}
