/**
 * A device's retained `devices/{id}/meta` (docs/topics.md): model, firmware and the commands it
 * accepts with typed parameters. Types only: the hub parses it strictly, the dashboard for display.
 */
export type ParamSpec =
  | { type: 'number'; min?: number; max?: number; required?: boolean }
  | { type: 'integer'; min?: number; max?: number; required?: boolean }
  | { type: 'boolean'; required?: boolean }
  | { type: 'string'; enum?: string[]; maxLength?: number; required?: boolean }

export type ParamType = ParamSpec['type']

export interface CommandSpec { params: Record<string, ParamSpec> }

export interface DeviceMeta {
  model: string
  firmware: string
  commands: Record<string, CommandSpec>
}
