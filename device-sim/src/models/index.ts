import { checkParams } from './params.js'
import { doorSensor } from './door-sensor.js'
import { powerMeter } from './power-meter.js'
import { pump } from './pump.js'
import { thermostat } from './thermostat.js'
import type { CommandOutcome, DeviceModel } from './types.js'

export const models = {
  thermostat,
  'power-meter': powerMeter,
  'door-sensor': doorSensor,
  pump,
} as const satisfies Record<string, DeviceModel<any>>

export type ModelName = keyof typeof models
export const modelNames = Object.keys(models) as ModelName[]

export function isModelName(name: string): name is ModelName {
  return Object.hasOwn(models, name)
}

/**
 * Runs a command against a model (pure): unknown command or bad params → `ok:false` with the
 * reason and the state unchanged; otherwise the model's handler decides.
 */
export function runCommand<S>(model: DeviceModel<S>, state: S, name: unknown, params: unknown, now: number): CommandOutcome<S> {
  if (typeof name !== 'string' || !Object.hasOwn(model.commands, name)) {
    return { ok: false, error: `unknown command "${String(name)}"; ${model.meta.model} accepts ${Object.keys(model.meta.commands).join(', ')}` }
  }
  const spec = model.meta.commands[name]!
  const problem = checkParams(spec, params)
  if (problem) return { ok: false, error: problem }
  return model.commands[name]!(state, (params ?? {}) as Record<string, unknown>, { now })
}
