import { DevicePresence, type DisconnectCause, type PresenceChange, type PresenceOptions, type PresenceView } from './device-presence.js'

export interface PresenceEvent { deviceId: string; change: PresenceChange }

/**
 * Presence of every device: one pure machine per device id, fed with the injected clock, and a
 * `sweep()` that evaluates time-based transitions (silent, end of flapping) for all of them.
 * Listeners get each published change; nothing here knows about MQTT or rooms.
 */
export function createPresenceService(opts: PresenceOptions & { now: () => number }) {
  const { now } = opts
  const startedAt = now()
  const devices = new Map<string, DevicePresence>()
  const listeners = new Set<(e: PresenceEvent) => void>()

  function machine(id: string): DevicePresence {
    let m = devices.get(id)
    if (!m) { m = new DevicePresence(opts, startedAt); devices.set(id, m) }
    return m
  }
  function emit(deviceId: string, change: PresenceChange | null): void {
    if (!change) return
    for (const l of listeners) l({ deviceId, change })
  }

  return {
    connected: (id: string) => emit(id, machine(id).connected(now())),
    disconnected: (id: string, cause: DisconnectCause) => emit(id, machine(id).disconnected(now(), cause)),
    /** Cluster: the device's hub died and no other hub holds its connection. */
    hubLost: (id: string) => emit(id, machine(id).hubLost(now())),
    telemetry: (id: string) => emit(id, machine(id).telemetry(now())),
    seen: (id: string) => machine(id).seen(now()),
    /** Time-based transitions for every device; called every `presenceSweepMs` (and by tests). */
    sweep(): void {
      const t = now()
      for (const [id, m] of devices) emit(id, m.tick(t))
    },
    /** The current view; a device never seen is offline/never_connected since the hub started. */
    of(id: string): PresenceView {
      return devices.get(id)?.view() ?? new DevicePresence(opts, startedAt).view()
    },
    /** After a restart: when a device not seen since was last seen before it. */
    remembered: (id: string, lastSeen: number) => machine(id).remembered(lastSeen),
    forget(id: string): void { devices.delete(id) },
    onChange(listener: (e: PresenceEvent) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export type PresenceService = ReturnType<typeof createPresenceService>
