import { Counter, Gauge, Histogram, type Registry } from 'prom-client'

/**
 * Telemetry pipeline metrics on the hub's registry. The counters are saved with the journal cursor
 * and restored at start, so a restart (even SIGKILL) does not reset them: `accepted` counts points
 * made durable, `written` points the store confirmed, `rejected{reason}` publishes refused at
 * validation and points set aside, `dropped` points acknowledged and then lost (must stay 0).
 */
export function createTelemetryMetrics(registry: Registry, gauges: { queueDepth(): number; spooled(): number; oldestAgeSeconds(): number; journalBytes(): number }) {
  return {
    accepted: new Counter({ name: 'tether_telemetry_points_accepted_total', help: 'Points accepted from devices and made durable in the journal', registers: [registry] }),
    written: new Counter({ name: 'tether_telemetry_points_written_total', help: 'Points the store acknowledged', registers: [registry] }),
    retried: new Counter({ name: 'tether_telemetry_write_retries_total', help: 'Batch writes that failed with a retryable error (network, timeout, 5xx, 429) and were kept', registers: [registry] }),
    spooled: new Counter({ name: 'tether_telemetry_points_spooled_total', help: 'Points that waited in the journal through a failed write', registers: [registry] }),
    rejected: new Counter({ name: 'tether_telemetry_points_rejected_total', help: 'Publishes or points refused or set aside, by reason', labelNames: ['reason'], registers: [registry] }),
    dropped: new Counter({ name: 'tether_telemetry_points_dropped_total', help: 'Points lost: not durable (journal unwritable, QoS 0) or cut from a corrupt journal tail', labelNames: ['reason'], registers: [registry] }),
    queueDepth: new Gauge({ name: 'tether_telemetry_queue_depth', help: 'Durable points not yet in the store', registers: [registry], collect() { this.set(gauges.queueDepth()) } }),
    spoolDepth: new Gauge({ name: 'tether_telemetry_spool_points', help: 'Durable points not yet in the store (same as queue depth: the journal is the spool)', registers: [registry], collect() { this.set(gauges.spooled()) } }),
    journalBytes: new Gauge({ name: 'tether_telemetry_journal_bytes', help: 'Bytes of journal segments on disk', registers: [registry], collect() { this.set(gauges.journalBytes()) } }),
    oldestAge: new Gauge({ name: 'tether_telemetry_oldest_unwritten_age_seconds', help: 'Age of the oldest accepted point not yet written', registers: [registry], collect() { this.set(gauges.oldestAgeSeconds()) } }),
    writeLatency: new Histogram({ name: 'tether_telemetry_write_duration_seconds', help: 'Store write latency per batch', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    pruned: new Counter({ name: 'tether_telemetry_points_pruned_total', help: 'Points the embedded store deleted as older than TETHER_TELEMETRY_RETENTION_DAYS', registers: [registry] }),
    groupCommits: new Counter({ name: 'tether_telemetry_journal_fsyncs_total', help: 'Journal fsyncs (one per group commit that holds a QoS 1/2 point)', registers: [registry] }),
  }
}

export type TelemetryMetrics = ReturnType<typeof createTelemetryMetrics>
