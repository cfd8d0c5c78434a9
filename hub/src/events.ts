import { EventEmitter } from 'node:events'
import type { Role } from './identity/roles.js'

/**
 * Domain events between modules (no sockets here). Identity announces changes that must end live
 * sessions; presence and commands announce what rooms should show.
 */
export interface HubEventMap {
  'device.created': [{ deviceId: string }]
  'device.updated': [{ deviceId: string }]
  'device.deleted': [{ deviceId: string }]
  'device.tokenRotated': [{ deviceId: string }]
  'operator.deleted': [{ userId: string }]
  'operator.roleChanged': [{ userId: string; role: Role }]
  /** Presence (#6): a device's published presence changed. */
  'device.presence': [{ deviceId: string; state: string; reason: string; since: number; detail: string }]
  /** Commands (#6): a command record changed state. */
  'command.changed': [{ commandId: string; deviceId: string; status: string }]
}

export class HubEvents extends EventEmitter<HubEventMap> {}
