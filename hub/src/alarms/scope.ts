import type { DeviceRecord } from '../identity/types.js'
import type { RuleScope } from './types.js'

/** Whether a rule's scope covers a device (model and room from the device registry). */
export function inScope(scope: RuleScope, device: Pick<DeviceRecord, 'id' | 'model' | 'room'>): boolean {
  if ('device' in scope) return scope.device === device.id
  if ('model' in scope) return scope.model === device.model
  return scope.room === device.room
}
