import type { MqttPrincipal } from '../protocols/mqtt/access.js'
import { DEVICE_PUBLISH_KINDS, DEVICE_SUBSCRIBE_KINDS, OPERATOR_SUBSCRIBE_KINDS, isValidId } from '@tether/protocol'

/**
 * The topic ACL (docs/topics.md), pure. Device topics are `devices/{id}/{kind}`.
 * - a device publishes only its own telemetry, status, meta, responses; subscribes only its own commands;
 * - an operator (any role) subscribes telemetry/status/meta of one device or of all (`+`), publishes nothing:
 *   commands go through the hub's REST/chat path so they are checked and audited;
 * - the hub itself (internal) may do anything; `$SYS` is never published by a client.
 * Anything unlisted is denied, so `devices/#`, `#` and `devices/+/+` are refused to everyone.
 */
function split(topic: string): [string, string, string] | null {
  const parts = topic.split('/')
  if (parts.length !== 3 || parts[0] !== 'devices') return null
  return parts as [string, string, string]
}

const DEVICES = 'devices/'

/** `topic` is exactly `devices/{id}/{kind}` for one of `kinds`, compared in place (runs once per PUBLISH). */
function isOwnDeviceTopic(topic: string, id: string, kinds: readonly string[]): boolean {
  const slash = DEVICES.length + id.length
  if (!topic.startsWith(DEVICES) || !topic.startsWith(id, DEVICES.length) || topic.charCodeAt(slash) !== 47) return false
  const kindLength = topic.length - slash - 1
  for (const kind of kinds) if (kind.length === kindLength && topic.endsWith(kind)) return true
  return false
}

export function canPublish(principal: MqttPrincipal, topic: string): boolean {
  if (principal.kind === 'internal') return true
  if (topic.startsWith('$')) return false
  if (principal.kind === 'operator') return false
  return isOwnDeviceTopic(topic, principal.id, DEVICE_PUBLISH_KINDS)
}

export function canSubscribe(principal: MqttPrincipal, filter: string): boolean {
  if (principal.kind === 'internal') return true
  const parts = split(filter)
  if (parts === null) return false
  const [, id, kind] = parts
  if (principal.kind === 'device') return id === principal.id && (DEVICE_SUBSCRIBE_KINDS as readonly string[]).includes(kind)
  return (id === '+' || isValidId(id)) && (OPERATOR_SUBSCRIBE_KINDS as readonly string[]).includes(kind)
}
