import type { HistoryQuery } from './store.js'
import { MEASUREMENT } from './point.js'

/** Flux string literal: escape `\`, `"` and `${` (string interpolation). */
export function fluxString(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, '\\${') + '"'
}

function fluxTime(ms: number): string {
  return `time(v: ${fluxString(new Date(ms).toISOString())})`
}

/**
 * History: all series of the device (its room/model tags may have changed) merged per field, then
 * `aggregateWindow` with `timeSrc: "_start"` so a bucket is stamped with its start, like InfluxQL.
 */
export function historyFlux(bucket: string, q: HistoryQuery): string {
  return [
    `from(bucket: ${fluxString(bucket)})`,
    `  |> range(start: ${fluxTime(q.from)}, stop: ${fluxTime(q.to)})`,
    `  |> filter(fn: (r) => r._measurement == ${fluxString(MEASUREMENT)} and r.device == ${fluxString(q.device)} and r._field == ${fluxString(q.field)})`,
    `  |> group(columns: ["_field"])`,
    `  |> sort(columns: ["_time"])`,
    `  |> aggregateWindow(every: ${q.everyMs}ms, fn: ${q.agg}, createEmpty: false, timeSrc: "_start")`,
    `  |> keep(columns: ["_time", "_value"])`,
  ].join('\n')
}

/** Latest value of every field of the device. */
export function latestFlux(bucket: string, device: string): string {
  return [
    `from(bucket: ${fluxString(bucket)})`,
    `  |> range(start: 0)`,
    `  |> filter(fn: (r) => r._measurement == ${fluxString(MEASUREMENT)} and r.device == ${fluxString(device)})`,
    `  |> group(columns: ["_field"])`,
    `  |> sort(columns: ["_time"])`,
    `  |> last()`,
    `  |> keep(columns: ["_time", "_field", "_value"])`,
  ].join('\n')
}
