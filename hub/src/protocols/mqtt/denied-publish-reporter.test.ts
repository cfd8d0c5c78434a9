import { describe, it, expect } from '@jest/globals'
import { Registry } from 'prom-client'
import { createLogger } from '../../logger.js'
import { createDeniedPublishReporter } from './denied-publish-reporter.js'

describe('denied publish reporter', () => {
  it('counts every refused publish and logs each client once per minute', async () => {
    const lines: string[] = []
    const registry = new Registry()
    let t = 0
    const report = createDeniedPublishReporter({ registry, logger: createLogger('info', { write: (s: string) => { lines.push(s) } }), now: () => t })
    const d1 = { kind: 'device' as const, id: 'd1' }
    for (let i = 0; i < 50; i++) report(d1, 'devices/d2/telemetry')
    report({ kind: 'device', id: 'd3' }, 'devices/d2/commands')
    report({ kind: 'operator', id: 'u1', role: 'viewer' }, 'devices/d2/commands')
    t = 60_000
    report(d1, 'devices/d2/telemetry')
    const text = await registry.metrics()
    expect(text).toContain('tether_mqtt_publish_denied_total{kind="device"} 52')
    expect(text).toContain('tether_mqtt_publish_denied_total{kind="operator"} 1')
    expect(lines.map(l => JSON.parse(l).principal)).toEqual(['device:d1', 'device:d3', 'operator:u1', 'device:d1'])
  })
})
