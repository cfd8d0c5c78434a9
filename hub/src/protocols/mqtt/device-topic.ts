import { ID_PATTERN } from '../../identity/ids.js'

/** `devices/{id}/{kind}`: the one topic scheme of device traffic (docs/topics.md). */
export interface DeviceTopic { deviceId: string; kind: string }

export const deviceTopic = (deviceId: string, kind: string): string => `devices/${deviceId}/${kind}`

/** The device id and kind of a device topic, or null for any other topic (or an id the registry cannot issue). */
export function parseDeviceTopic(topic: string): DeviceTopic | null {
  if (!topic.startsWith('devices/')) return null
  const slash = topic.indexOf('/', 8)
  if (slash < 0 || topic.indexOf('/', slash + 1) >= 0) return null
  const deviceId = topic.slice(8, slash)
  const kind = topic.slice(slash + 1)
  if (!ID_PATTERN.test(deviceId) || kind.length === 0) return null
  return { deviceId, kind }
}
