import { EventEmitter } from 'node:events'
import type { Role } from '@tether/protocol'
import type { PresenceChange } from './presence/device-presence.js'
import type { CommandRecord } from './commands/lifecycle.js'
import type { AlarmRecord } from './alarms/types.js'

/**
 * How features tell each other what happened (no sockets here): the one channel between features.
 * Identity announces changes that must end live sessions; presence and commands announce what
 * rooms show. Within a feature, its own services call each other directly.
 */
export interface HubEventMap {
  'device.created': [{ deviceId: string }]
  'device.updated': [{ deviceId: string }]
  'device.deleted': [{ deviceId: string }]
  'device.tokenRotated': [{ deviceId: string }]
  'operator.deleted': [{ userId: string }]
  'operator.roleChanged': [{ userId: string; role: Role }]
  /** A device's published presence changed. */
  'device.presence': [{ deviceId: string; change: PresenceChange }]
  /** A command record changed state (the whole record). */
  'command.changed': [CommandRecord]
  /** An alarm was raised, raised again, acknowledged or cleared (the whole record). */
  'alarm.changed': [AlarmRecord]
}

export class HubEvents extends EventEmitter<HubEventMap> {}
