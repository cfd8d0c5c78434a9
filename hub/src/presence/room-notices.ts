import type { HubEvents, HubEventMap } from '../events.js'
import type { DeviceDirectory } from '../identity/types.js'
import type { RoomService } from '../rooms/room-service.js'

/**
 * Each published presence change becomes a `device` entry in the timeline of the device's room
 * [CHAT-16.3-1]: `event` is the new state, `data` says why and since when. A device without
 * a room has no timeline; its presence is still in GET /api/devices and `devices/{id}/presence`.
 */
export function postPresenceNotices(deps: { events: HubEvents; rooms: RoomService; devices: DeviceDirectory; onError?: (err: Error) => void }): () => void {
  function postDeviceEvent({ deviceId, change }: HubEventMap['device.presence'][0]): void {
    // Runs inside broker events and timers: a store that cannot be written (a cluster's PostgreSQL
    // down) costs the notice, never the process.
    try {
      const room = deps.devices.get(deviceId)?.room
      if (!room || !deps.rooms.getRoom(room)) return
      deps.rooms.postDeviceEvent(room, {
        deviceId, event: change.state,
        data: { from: change.from, reason: change.reason, since: change.since, lastSeen: change.lastSeen, detail: change.detail },
      })
    } catch (err) { deps.onError?.(err as Error) }
  }
  deps.events.on('device.presence', postDeviceEvent)
  return () => { deps.events.off('device.presence', postDeviceEvent) }
}
