import { startRetention, type RetentionOptions } from '../storage/retention-timer.js'
import type { TelemetryStore } from './store.js'

/**
 * Keeps a store that holds telemetry itself (the embedded one) within its retention window, in
 * small slices (stores/embedded.ts). A store that keeps no telemetry of its own (InfluxDB: its
 * retention policy does it) gets no timer at all. A pass under way ends at the store's close,
 * after its current slice.
 */
export function startTelemetryRetention(opts: { store: TelemetryStore } & Omit<RetentionOptions, 'what' | 'prune'>): { stop(): void } {
  const { store } = opts
  if (!store.prune) return { stop() {} }
  const prune = store.prune.bind(store)
  return startRetention({ ...opts, what: 'telemetry points', prune })
}
