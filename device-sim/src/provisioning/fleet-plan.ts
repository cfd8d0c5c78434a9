import { modelNames, type ModelName } from '../models/index.js'

export interface PlannedDevice { id: string; name: string; model: ModelName; room: string }

const LABEL: Record<ModelName, string> = {
  thermostat: 'Thermostat', 'power-meter': 'Power meter', 'door-sensor': 'Door sensor', pump: 'Pump',
}

/**
 * The fleet to run (pure): `count` devices cycling through `models`, spread over `rooms`, with
 * stable ids (`{prefix}-{model}-{n}`) so a re-run finds the same devices.
 */
export function planFleet(opts: { count: number; prefix: string; models?: ModelName[]; rooms: string[] }): PlannedDevice[] {
  const models = opts.models?.length ? opts.models : modelNames
  const perModel = new Map<ModelName, number>()
  return Array.from({ length: opts.count }, (_, i) => {
    const model = models[i % models.length]!
    const n = (perModel.get(model) ?? 0) + 1
    perModel.set(model, n)
    const room = opts.rooms[i % opts.rooms.length]!
    return { id: `${opts.prefix}-${model}-${String(n).padStart(2, '0')}`, name: `${LABEL[model]} ${n}`, model, room }
  })
}

export type ProvisionAction = 'reuse' | 'create' | 'rotate'

/**
 * What to do for each device (pure): known to the hub and cached → reuse the token; known but no
 * cached token → rotate (the hub shows a token only once); unknown to the hub → create (a cached
 * token for a device the hub forgot is useless).
 */
export function planProvisioning(ids: string[], onHub: Set<string>, cached: Set<string>, forceRotate = false): Map<string, ProvisionAction> {
  return new Map(ids.map(id => [id, !onHub.has(id) ? 'create' : cached.has(id) && !forceRotate ? 'reuse' : 'rotate']))
}
