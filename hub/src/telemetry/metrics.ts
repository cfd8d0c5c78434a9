import { Counter, Gauge, Histogram, type Registry } from 'prom-client'

/** Telemetry pipeline metrics on the hub's registry. `dropped` exists to prove it stays 0. */
export function createTelemetryMetrics(registry: Registry, gauges: { queueDepth(): number; spooled(): number; oldestAgeSeconds(): number }) {
  return {
    accepted: new Counter({ name: 'tether_telemetry_points_accepted_total', help: 'Points accepted from devices into the pipeline', registers: [registry] }),
    written: new Counter({ name: 'tether_telemetry_points_written_total', help: 'Points the store acknowledged', registers: [registry] }),
    retried: new Counter({ name: 'tether_telemetry_write_retries_total', help: 'Batch writes that failed with a retryable error (network, timeout, 5xx, 429) and were kept', registers: [registry] }),
    spooled: new Counter({ name: 'tether_telemetry_points_spooled_total', help: 'Points written to the on-disk spool', registers: [registry] }),
    rejected: new Counter({ name: 'tether_telemetry_points_rejected_total', help: 'Publishes or points refused, by reason', labelNames: ['reason'], registers: [registry] }),
    dropped: new Counter({ name: 'tether_telemetry_points_dropped_total', help: 'Accepted points lost (spool unwritable); must stay 0', registers: [registry] }),
    queueDepth: new Gauge({ name: 'tether_telemetry_queue_depth', help: 'Points waiting in memory', registers: [registry], collect() { this.set(gauges.queueDepth()) } }),
    spoolDepth: new Gauge({ name: 'tether_telemetry_spool_points', help: 'Points waiting in the on-disk spool', registers: [registry], collect() { this.set(gauges.spooled()) } }),
    oldestAge: new Gauge({ name: 'tether_telemetry_oldest_unwritten_age_seconds', help: 'Age of the oldest accepted point not yet written', registers: [registry], collect() { this.set(gauges.oldestAgeSeconds()) } }),
    writeLatency: new Histogram({ name: 'tether_telemetry_write_duration_seconds', help: 'Store write latency per batch', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
  }
}

export type TelemetryMetrics = ReturnType<typeof createTelemetryMetrics>
