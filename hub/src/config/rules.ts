import type { HubConfig } from './options/index.js'
import { hubOptions as o } from './options/index.js'
import { checkTrustProxy } from '../http/proxy-trust.js'

/**
 * Rules that tie options together, checked after each option alone is valid. Each returns the
 * sentences to report (empty when the configuration is consistent).
 */

/** Picks the telemetry store when it is left to the hub, and checks it has what it needs. */
export function resolveTelemetryStore(c: HubConfig): { store: HubConfig['telemetryStore']; problems: string[] } {
  const store = c.telemetryStore || (c.influxUrl ? (c.influxToken || c.influxOrg ? 'influx-v2' : 'influx-v1') : 'embedded')
  const problems: string[] = []
  if (store !== 'embedded' && !c.influxUrl) {
    problems.push(`${o.telemetryStore.env}=${store} needs ${o.influxUrl.env} (e.g. ${o.influxUrl.example}).`)
  } else if (store === 'influx-v2' && (!c.influxOrg || !c.influxToken)) {
    problems.push(`${o.telemetryStore.env}=influx-v2 needs ${o.influxOrg.env} and ${o.influxToken.env} (and ${o.influxBucket.env}, default ${o.influxBucket.default}).`)
  }
  return { store, problems }
}

/** Limits that only make sense relative to each other. */
export function crossChecks(c: HubConfig): string[] {
  const problems: string[] = []
  if (c.mqttMaxPacketBytes > c.wsMaxPayloadBytes * 64) {
    problems.push(`${o.mqttMaxPacketBytes.env} is more than 64 × ${o.wsMaxPayloadBytes.env}; raise ${o.wsMaxPayloadBytes.env} or lower the packet limit.`)
  }
  const proxy = checkTrustProxy(c.trustProxy)
  if (proxy) problems.push(`${o.trustProxy.env}="${c.trustProxy}": ${proxy}`)
  if (c.httpHeadersTimeoutMs > c.httpRequestTimeoutMs) {
    problems.push(`${o.httpHeadersTimeoutMs.env} is longer than ${o.httpRequestTimeoutMs.env}; the request deadline includes the headers, so lower the first or raise the second.`)
  }
  if (c.mqttSendHardLimitBytes < c.wsSendBufferLimitBytes) {
    problems.push(`${o.mqttSendHardLimitBytes.env} is below ${o.wsSendBufferLimitBytes.env}; raise it (default 4 MiB).`)
  }
  if (c.commandDefaultTtlMs > c.commandMaxTtlMs) {
    problems.push(`${o.commandDefaultTtlMs.env} is larger than ${o.commandMaxTtlMs.env}; lower the default TTL or raise the maximum.`)
  }
  problems.push(...clusterChecks(c))
  return problems
}

/** Cluster mode needs both shared engines; a half-configured cluster would split the hubs' state. */
export function clusterChecks(c: HubConfig): string[] {
  const problems: string[] = []
  if (c.clusterRedisUrl && !c.databaseUrl) {
    problems.push(`${o.clusterRedisUrl.env} is set but ${o.databaseUrl.env} is not; cluster mode needs both (e.g. ${o.databaseUrl.example}), or unset ${o.clusterRedisUrl.env} to run a single hub.`)
  } else if (c.databaseUrl && !c.clusterRedisUrl) {
    problems.push(`${o.databaseUrl.env} is set but ${o.clusterRedisUrl.env} is not; cluster mode needs both (e.g. ${o.clusterRedisUrl.example}), or unset ${o.databaseUrl.env} to run a single hub.`)
  }
  // The node id names Redis keys and this hub's spool directory: keep it to a plain file name.
  if (c.nodeId && (!/^[A-Za-z0-9_.-]+$/.test(c.nodeId) || /^\.+$/.test(c.nodeId))) {
    problems.push(`${o.nodeId.env}="${c.nodeId}" may hold only letters, digits, ".", "_" and "-" (e.g. hub-a); change it or unset it to derive one from the host name and process id.`)
  }
  if (c.clusterHeartbeatMs * 2 > c.clusterNodeTtlMs) {
    problems.push(`${o.clusterNodeTtlMs.env} must be at least twice ${o.clusterHeartbeatMs.env}, or a live hub would be declared dead; raise the TTL or lower the heartbeat.`)
  }
  return problems
}

/** Whether the configuration runs this hub as one node of a cluster. */
export const isClustered = (c: Pick<HubConfig, 'clusterRedisUrl' | 'databaseUrl'>): boolean => Boolean(c.clusterRedisUrl && c.databaseUrl)

/** The node id: configured, else `hostname-pid` (unique per process on one machine). */
export function resolveNodeId(configured: string, hostname: string, pid: number): string {
  if (configured) return configured
  return `${hostname.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 48)}-${pid}`
}
