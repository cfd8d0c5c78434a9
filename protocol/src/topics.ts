/**
 * The device topic scheme of docs/topics.md: `devices/{id}/{kind}`, `{id}` a valid device id
 * (ids.ts), `{kind}` one of the kinds below. Pure; the hub's ACL, the simulator and the
 * dashboard all build and read topics here.
 */
import { isValidId } from './ids.js'

/** Every kind, with who publishes it. */
export const DEVICE_TOPIC_KINDS = ['telemetry', 'status', 'meta', 'responses', 'commands', 'presence'] as const
export type DeviceTopicKind = (typeof DEVICE_TOPIC_KINDS)[number]

/** What a device publishes on its own topics (`status` and `meta` retained; `status` is also its will). */
export const DEVICE_PUBLISH_KINDS = ['telemetry', 'status', 'meta', 'responses'] as const satisfies readonly DeviceTopicKind[]
/** What a device subscribes to: the commands the hub sends it. */
export const DEVICE_SUBSCRIBE_KINDS = ['commands'] as const satisfies readonly DeviceTopicKind[]
/** What operators may subscribe to, for one device or all (`+`); `presence` is published by the hub only. */
export const OPERATOR_SUBSCRIBE_KINDS = ['telemetry', 'status', 'meta', 'presence'] as const satisfies readonly DeviceTopicKind[]

const PREFIX = 'devices/'

export function isDeviceTopicKind(value: unknown): value is DeviceTopicKind {
  return typeof value === 'string' && (DEVICE_TOPIC_KINDS as readonly string[]).includes(value)
}

/** `devices/{id}/{kind}`. The id is not checked: the caller holds an id the registry issued. */
export function deviceTopic(deviceId: string, kind: DeviceTopicKind): string {
  return `${PREFIX}${deviceId}/${kind}`
}

/** `devices/+/{kind}`: one kind of every device. */
export function allDevicesFilter(kind: DeviceTopicKind): string {
  return `${PREFIX}+/${kind}`
}

export interface DeviceTopic { deviceId: string; kind: DeviceTopicKind }

/**
 * `devices/{id}/{kind}` → its parts, or null for anything else: another prefix, more or fewer
 * levels, an id outside the id rule (which also refuses the wildcards `+` and `#`), an unknown kind.
 */
export function parseDeviceTopic(topic: string): DeviceTopic | null {
  if (!topic.startsWith(PREFIX)) return null
  const slash = topic.indexOf('/', PREFIX.length)
  if (slash < 0) return null
  const deviceId = topic.slice(PREFIX.length, slash)
  const kind = topic.slice(slash + 1)
  if (!isValidId(deviceId) || !isDeviceTopicKind(kind)) return null
  return { deviceId, kind }
}
