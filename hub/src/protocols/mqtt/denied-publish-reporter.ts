import { Counter, type Registry } from 'prom-client'
import type { Logger } from '../../logger.js'
import type { MqttPrincipal } from './access.js'
import { createOncePerWindow } from './once-per-window.js'

/**
 * Counts every PUBLISH the ACL dropped (`tether_mqtt_publish_denied_total{kind}`) and logs it
 * once per client per minute, so a misconfigured device publishing 10/s cannot flood the log.
 * The topic is logged (truncated); the payload never.
 */
export function createDeniedPublishReporter(deps: { registry: Registry; logger: Logger; now: () => number; windowMs?: number }) {
  const counter = new Counter({
    name: 'tether_mqtt_publish_denied_total',
    help: 'Client PUBLISH packets dropped by the topic ACL, by principal kind',
    labelNames: ['kind'],
    registers: [deps.registry],
  })
  const throttle = createOncePerWindow(deps.windowMs ?? 60_000, deps.now)
  return function onPublishDenied(principal: MqttPrincipal | undefined, topic: string): void {
    const kind = principal?.kind ?? 'unknown'
    counter.inc({ kind })
    const who = `${kind}:${principal?.id ?? ''}`
    if (throttle.shouldReport(who)) {
      deps.logger.warn({ principal: who, topic: topic.slice(0, 200) }, 'mqtt publish denied by ACL (dropped; logged once per minute per client)')
    }
  }
}
