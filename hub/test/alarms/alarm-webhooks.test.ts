import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { tokenFor } from '../support/chat-client.js'
import { createManualClock } from '../support/manual-clock.js'
import { adminToken, api, provisionDevice } from '../support/identity.js'
import { startTestDevice, type TestDevice } from '../support/test-device.js'
import { verifyWebhook } from '../../src/alarms/webhook-signature.js'
import { evaluatedTelemetry, waitFor } from './support.js'

interface Received { headers: http.IncomingHttpHeaders; body: string }

describe('alarm webhooks: signed POSTs to an on-call endpoint, retried', () => {
  let th: TestHub
  const clock = createManualClock(Date.now())
  let server: http.Server
  let url: string
  const received: Received[] = []
  /** Status codes to answer, in order; 200 once used up. */
  const answers: number[] = []
  let dev: TestDevice

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', c => { body += c })
      req.on('end', () => { received.push({ headers: req.headers, body }); res.statusCode = answers.shift() ?? 200; res.end() })
    })
    server.on('error', () => {})
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`
    th = await startTestHub({ alarmWebhookRetryBaseMs: 2000, alarmWebhookAttempts: 3 }, { now: clock.now, timers: clock })
    dev = await startTestDevice(th.wsUrl, provisionDevice(th, 'boiler-3', { room: 'plant' }))
  })
  afterAll(async () => {
    await dev.disconnect()
    await th.stop()
    await new Promise(resolve => server.close(resolve))
  })

  it('lets only admins manage webhooks and shows the secret once', async () => {
    const op = await tokenFor(th, { username: 'olga', role: 'operator' })
    expect((await api(th, 'POST', '/api/alarm-webhooks', { token: op, body: { url } })).status).toBe(403)
    const bad = await api(th, 'POST', '/api/alarm-webhooks', { token: await adminToken(th), body: { url: 'ftp://x' } })
    expect(bad.body.error).toMatchObject({ code: 'HUB_ERR_VALIDATION', field: 'url' })
  })

  it('POSTs a signed alarm change, retries after a 5xx with the same delivery id, and skips alarms it does not want', async () => {
    const admin = await adminToken(th)
    const created = await api(th, 'POST', '/api/alarm-webhooks', { token: admin, body: { url, rooms: ['plant'], minSeverity: 'major' } })
    expect(created.status).toBe(201)
    const { secret, id } = created.body.webhook
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const listed = await api(th, 'GET', '/api/alarm-webhooks', { token: admin })
    expect(listed.body.webhooks).toEqual([{ id, url, rooms: ['plant'], minSeverity: 'major', createdAt: clock.now() }])

    const op = await tokenFor(th, { username: 'olga', role: 'operator' })
    for (const [name, severity, field] of [['minor one', 'minor', 'humidity'], ['hot', 'critical', 'temperature']]) {
      await api(th, 'POST', '/api/alarm-rules', { token: op, body: { name, scope: { device: 'boiler-3' }, severity, condition: { type: 'threshold', field, op: '>', value: 30 } } })
    }
    answers.push(503)
    await evaluatedTelemetry(th)(dev, 'boiler-3', { temperature: 35, humidity: 80 })
    await waitFor(() => received.length === 1)
    const webhooks = th.hub.services.alarms.webhooks
    await waitFor(() => webhooks.retrying() === 1)
    clock.advance(1999)
    expect(received).toHaveLength(1)
    clock.advance(1)
    await waitFor(() => received.length === 2)
    const [first, second] = received
    expect(second!.headers['x-tether-delivery']).toBe(first!.headers['x-tether-delivery'])
    expect(second!.headers['x-tether-event']).toBe('alarm.changed')
    const ts = Number(second!.headers['x-tether-timestamp'])
    expect(verifyWebhook(secret, ts, second!.body, String(second!.headers['x-tether-signature']))).toBe(true)
    expect(verifyWebhook('wrong', ts, second!.body, String(second!.headers['x-tether-signature']))).toBe(false)
    const payload = JSON.parse(second!.body)
    expect(payload).toMatchObject({ event: 'alarm.changed', alarm: { ruleName: 'hot', severity: 'critical', state: 'active', deviceId: 'boiler-3', room: 'plant', value: 35 } })
    // The minor alarm was raised too, but this webhook wants major and worse.
    expect(th.hub.services.alarms.open('boiler-3').map(a => a.severity).sort()).toEqual(['critical', 'minor'])
    expect(received.every(r => JSON.parse(r.body).alarm.severity === 'critical')).toBe(true)
  })

  it('gives up after the last attempt and goes on with the next delivery', async () => {
    answers.push(500, 500, 500)
    const before = received.length
    await evaluatedTelemetry(th)(dev, 'boiler-3', { temperature: 20 })
    const webhooks = th.hub.services.alarms.webhooks
    await waitFor(() => received.length === before + 1 && webhooks.retrying() === 1)
    clock.advance(2000)
    await waitFor(() => received.length === before + 2 && webhooks.retrying() === 1)
    clock.advance(4000)
    await waitFor(() => received.length === before + 3 && webhooks.pending() === 0)
    expect(JSON.parse(received.at(-1)!.body).alarm.state).toBe('cleared')
    expect(webhooks.retrying()).toBe(0)
    clock.advance(60_000)
    const metric = await th.hub.metrics.registry.getSingleMetric('tether_alarm_webhook_deliveries_total')!.get()
    expect(metric.values.find(v => v.labels.outcome === 'failed')?.value).toBe(1)
    expect(metric.values.find(v => v.labels.outcome === 'delivered')?.value).toBe(1)
    expect(received).toHaveLength(before + 3)
  })
})

describe('alarm webhooks across a restart', () => {
  it('sends a delivery still owed when the hub stopped, after the restart, with the same delivery id and body', async () => {
    const received: Received[] = []
    const answers = [503]
    const server = http.createServer((req, res) => {
      let body = ''
      req.on('data', c => { body += c })
      req.on('end', () => { received.push({ headers: req.headers, body }); res.statusCode = answers.shift() ?? 200; res.end() })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`
    const clock = createManualClock(Date.now())
    const first = await startTestHub({ alarmWebhookRetryBaseMs: 60_000, alarmWebhookAttempts: 5 }, { now: clock.now, timers: clock })
    let second: TestHub | null = null
    try {
      const admin = await adminToken(first)
      const { secret } = (await api(first, 'POST', '/api/alarm-webhooks', { token: admin, body: { url } })).body.webhook
      const op = await tokenFor(first, { username: 'olga', role: 'operator' })
      await api(first, 'POST', '/api/alarm-rules', { token: op, body: { name: 'hot', scope: { device: 'boiler-9' }, severity: 'critical', condition: { type: 'threshold', field: 'temperature', op: '>', value: 30 } } })
      const dev = await startTestDevice(first.wsUrl, provisionDevice(first, 'boiler-9', { room: 'plant' }))
      await evaluatedTelemetry(first)(dev, 'boiler-9', { temperature: 35 })
      await waitFor(() => received.length === 1 && first.hub.services.alarms.webhooks.retrying() === 1)
      await dev.disconnect()
      await first.stop({ keepData: true })

      // The retry was a minute away; the restarted hub sends what it owed at once.
      second = await startTestHub({ dataDir: first.dataDir, alarmWebhookRetryBaseMs: 60_000, alarmWebhookAttempts: 5 })
      await waitFor(() => received.length === 2 && second!.hub.services.alarms.webhooks.pending() === 0)
      expect(received[1]!.headers['x-tether-delivery']).toBe(received[0]!.headers['x-tether-delivery'])
      expect(received[1]!.body).toBe(received[0]!.body)
      expect(verifyWebhook(secret, Number(received[1]!.headers['x-tether-timestamp']), received[1]!.body, String(received[1]!.headers['x-tether-signature']))).toBe(true)
      expect(JSON.parse(received[1]!.body).alarm).toMatchObject({ deviceId: 'boiler-9', state: 'active' })
    } finally {
      await second?.stop()
      await new Promise(resolve => server.close(resolve))
    }
  })
})
