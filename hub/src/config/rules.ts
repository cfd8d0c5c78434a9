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
  return problems
}
