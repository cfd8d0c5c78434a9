import type { HubEvents, HubEventMap } from '../events.js'
import type { DeviceDirectory } from '../identity/types.js'
import type { RoomService } from '../rooms/room-service.js'
import { deviceRoomOf } from '../rooms/device-rooms.js'

/**
 * Each published presence change becomes a `device` entry in the timeline of the device's room,
 * or of `general` for a device without one [CHAT-16.3-1]: `event` is the new state, `data` says
 * why and since when.
 */
export function postPresenceNotices(deps: { events: HubEvents; rooms: RoomService; devices: DeviceDirectory; onError?: (err: Error) => void }): () => void {
  function postDeviceEvent({ deviceId, change }: HubEventMap['device.presence'][0]): void {
    // Runs inside broker events and timers: a store that cannot be written (a cluster's PostgreSQL
    // down) costs the notice, never the process.
    try {
      const room = deviceRoomOf(deps.devices, deps.rooms, deviceId)
      if (!room) return
      deps.rooms.postDeviceEvent(room, {
        deviceId, event: change.state,
        data: { from: change.from, reason: change.reason, since: change.since, lastSeen: change.lastSeen, detail: change.detail },
      })
    } catch (err) { deps.onError?.(err as Error) }
  }
  deps.events.on('device.presence', postDeviceEvent)
  return () => { deps.events.off('device.presence', postDeviceEvent) }
}
