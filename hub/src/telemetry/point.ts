/** A telemetry value as stored: numbers are always floats (no `i` suffix) so a field never flips between int and float. */
export type FieldValue = number | boolean | string
export type FieldType = 'number' | 'boolean' | 'string'

/**
 * One point of the `telemetry` measurement. `ts` is epoch ms; `ns` the nanoseconds within that
 * millisecond (0–999 999, absent = 0): the hub stamps points that carry no `ts` with its receive
 * time plus a per-series tiebreak in `ns`, so two such points never share a timestamp.
 */
export interface Point {
  measurement: string
  tags: Record<string, string>
  fields: Record<string, FieldValue>
  ts: number
  ns?: number
  /** The fields as JSON text exactly as the device sent them (an object of these fields and nothing else), when the hub has it: the journal writes it as is. */
  fieldsText?: string
}

export const MEASUREMENT = 'telemetry'

export function fieldTypeOf(v: FieldValue): FieldType {
  return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string'
}

export interface DeviceTags { room: string | null; model: string | null }

/**
 * Schema: measurement `telemetry`, tags `device` (+ `room`, `model` when the registry knows them),
 * one field per payload value, one point per publish. Tags stay low-cardinality (no values in tags).
 */
export function buildPoint(deviceId: string, fields: Record<string, FieldValue>, ts: number, device?: DeviceTags, ns = 0, fieldsText?: string | null): Point {
  const tags: Record<string, string> = { device: deviceId }
  if (device?.room) tags.room = device.room
  if (device?.model) tags.model = device.model
  if (fieldsText) return { measurement: MEASUREMENT, tags, fields, ts, ns, fieldsText }
  return ns ? { measurement: MEASUREMENT, tags, fields, ts, ns } : { measurement: MEASUREMENT, tags, fields, ts }
}
