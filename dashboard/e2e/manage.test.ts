/**
 * The management area in real Chromium: an admin registers a device (its token shown once, with
 * copy), a device connects with that token, the token is rotated (the old one stops working),
 * the device moves to another room and is deleted after a confirmation; accounts and rooms are
 * managed too, and a room created while an operator's dashboard is open appears there live.
 * Also: a device with a single telemetry sample draws a point on a sane axis.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import mqtt from 'mqtt'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchBrowser, login, openPage, screenshot } from './support/browser.js'
import { api, startStack, ADMIN_PASSWORD, PASSWORD, type Stack } from './support/stack.js'
import { startFakeDevice, type FakeDevice } from './support/fake-device.js'
import { until } from './support/until.js'

jest.setTimeout(120_000)
let stack: Stack
let browser: Browser
let admin: Page
let adminContext: BrowserContext
const started: FakeDevice[] = []

/** Connects as a device once; resolves with the CONNACK outcome (no reconnects). */
function tryConnect(wsUrl: string, id: string, token: string): Promise<'ok' | string> {
  return new Promise(resolve => {
    const c = mqtt.connect(wsUrl, { clientId: id, username: id, password: token, protocolVersion: 4, reconnectPeriod: 0, connectTimeout: 10_000 })
    c.once('connect', () => { c.end(true); resolve('ok') })
    c.once('error', err => { c.end(true); resolve(err.message) })
  })
}

beforeAll(async () => {
  stack = await startStack({ accounts: [{ username: 'alice', role: 'operator' }], devices: [{ id: 'one-shot', room: 'general', model: 'thermostat' }] })
  browser = await launchBrowser()
  const opened = await openPage(browser, stack.baseURL)
  admin = opened.page
  adminContext = opened.context
  await adminContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.baseURL })
  await login(admin, 'admin', ADMIN_PASSWORD)
}, 90_000)

afterAll(async () => {
  for (const d of started) await d.stop()
  await browser?.close()
  await stack?.stop()
})

describe('management area', () => {
  let firstToken = ''

  it('registers a device and shows its token once, with a working copy button', async () => {
    await admin.click('[data-testid=nav-admin]')
    await admin.waitForSelector('[data-testid=admin-devices]')
    await admin.fill('[data-testid=device-id]', 'Boiler 9')
    await admin.click('[data-testid=device-register]')
    await admin.waitForSelector('[role=alert]:has-text("Device id:")')
    await admin.fill('[data-testid=device-id]', 'boiler-9')
    await admin.fill('[data-testid=device-room]', 'plant-x')
    await admin.fill('[data-testid=device-model]', 'thermostat')
    await admin.click('[data-testid=device-register]')
    await admin.waitForSelector('[data-testid=token-reveal][data-device=boiler-9]')
    firstToken = await admin.inputValue('[data-testid=token-value]')
    expect(firstToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    await admin.click('[data-testid=token-copy]')
    await admin.waitForSelector('[data-testid=token-copied]')
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(firstToken)
    await admin.waitForSelector('tr[data-device=boiler-9]')
    await screenshot(admin, 'manage-devices')
    // The device connects with the token from the page.
    started.push(await startFakeDevice(stack.wsUrl, 'boiler-9', firstToken))
    // Once dismissed, the token is nowhere on the page, nor after a reload.
    await admin.click('[data-testid=token-done]')
    await admin.waitForSelector('[data-testid=token-reveal]', { state: 'detached' })
    expect(await admin.content()).not.toContain(firstToken)
    await admin.reload()
    await admin.waitForSelector('tr[data-device=boiler-9]')
    expect(await admin.content()).not.toContain(firstToken)
  })

  it('rotates the token after a confirmation: the old one stops working, the new one works', async () => {
    await admin.click('tr[data-device=boiler-9] [data-testid=device-rotate]')
    await admin.waitForSelector('[data-testid=confirm-dialog][open]')
    await admin.click('[data-testid=confirm-ok]')
    await admin.waitForSelector('[data-testid=token-reveal][data-device=boiler-9]')
    const second = await admin.inputValue('[data-testid=token-value]')
    expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(second).not.toBe(firstToken)
    expect(await tryConnect(stack.wsUrl, 'boiler-9', firstToken)).not.toBe('ok')
    expect(await tryConnect(stack.wsUrl, 'boiler-9', second)).toBe('ok')
    await admin.click('[data-testid=token-done]')
  })

  it('moves a device to another room and deletes it only after confirming', async () => {
    await admin.selectOption('tr[data-device=boiler-9] [data-testid=device-move]', 'general')
    await until(async () => (await api<{ device: { room: string | null } }>(stack.baseURL, 'GET', '/api/devices/boiler-9', undefined, stack.adminToken)).device.room === 'general', 'boiler-9 moved to general')
    await admin.click('tr[data-device=boiler-9] [data-testid=device-delete]')
    await admin.waitForSelector('[data-testid=confirm-dialog][open]')
    await admin.click('[data-testid=confirm-cancel]')
    await admin.waitForSelector('[data-testid=confirm-dialog]:not([open])', { state: 'attached' })
    expect(await admin.$('tr[data-device=boiler-9]')).not.toBeNull()
    await admin.click('tr[data-device=boiler-9] [data-testid=device-delete]')
    await admin.click('[data-testid=confirm-ok]')
    await admin.waitForSelector('tr[data-device=boiler-9]', { state: 'detached' })
    const list = await api<{ devices: Array<{ id: string }> }>(stack.baseURL, 'GET', '/api/devices', undefined, stack.adminToken)
    expect(list.devices.map(d => d.id)).not.toContain('boiler-9')
  })

  it('creates an account and changes its role', async () => {
    await admin.click('[data-tab=accounts]')
    await admin.fill('[data-testid=account-username]', 'dora')
    await admin.fill('[data-testid=account-password]', 'dora-password')
    await admin.selectOption('[data-testid=account-role]', 'operator')
    await admin.click('[data-testid=account-create]')
    await admin.waitForSelector('tr[data-account=dora]')
    await admin.selectOption('tr[data-account=dora] [data-testid=account-set-role]', 'viewer')
    await until(async () => (await api<{ accounts: Array<{ username: string; role: string }> }>(stack.baseURL, 'GET', '/api/accounts', undefined, stack.adminToken))
      .accounts.find(a => a.username === 'dora')?.role === 'viewer', 'dora is a viewer')
  })

  it('creates a room that an open dashboard shows at once', async () => {
    const { page: alice, context } = await openPage(browser, stack.baseURL)
    await login(alice, 'alice', PASSWORD)
    await alice.goto('/rooms/general')
    await alice.waitForSelector('[data-testid=connection][data-state=online]')
    await admin.click('[data-tab=rooms]')
    await admin.fill('[data-testid=room-id]', 'night-shift')
    await admin.fill('[data-testid=room-name]', 'Night shift')
    await admin.click('[data-testid=room-create]')
    await admin.waitForSelector('tr[data-room=night-shift]')
    // [CHAT-4.4-3] no reload: the room.created frame adds it to the list
    await alice.waitForSelector('a[href="/rooms/night-shift"]')
    await context.close()
  })

  it('keeps operators out of the management area', async () => {
    const { page, context } = await openPage(browser, stack.baseURL)
    await login(page, 'alice', PASSWORD)
    expect(await page.$('[data-testid=nav-admin]')).toBeNull()
    await page.goto('/admin/devices')
    await page.waitForURL(u => u.pathname === '/fleet')
    await context.close()
  })
})

describe('charts with one sample', () => {
  it('draw the point on an axis of minutes, not years, live and in history', async () => {
    const token = stack.deviceTokens['one-shot']!
    const c = mqtt.connect(stack.wsUrl, { clientId: 'one-shot', username: 'one-shot', password: token, protocolVersion: 4, reconnectPeriod: 0 })
    await new Promise<void>((resolve, reject) => { c.once('connect', () => resolve()); c.once('error', reject) })
    await admin.goto('/devices/one-shot')
    await admin.waitForSelector('[data-testid=live-chart]')
    // Once the page knows the field it backfills the live window from the store (10 s buckets).
    const backfill = admin.waitForResponse(r => r.url().includes('/api/devices/one-shot/telemetry') && r.url().includes('every=10s'))
    await c.publishAsync('devices/one-shot/telemetry', JSON.stringify({ temperature: 21.5 }), { qos: 1 })
    const live = await admin.waitForSelector('[data-testid=live-chart] [data-testid=chart][data-points="1"]')
    await (await backfill).finished()
    await admin.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    // The backfilled bucket holds the live point: it is not drawn a second time.
    const shown = await live.evaluate(e => ({ ...(e as HTMLElement).dataset }))
    expect(shown).toMatchObject({ points: '1', markers: 'true', xSpan: '120000' })
    // History: one bucket, drawn as a point on the 30-day window (once the point is stored).
    await until(async () => 'temperature' in (await api<{ fields: object }>(stack.baseURL, 'GET', '/api/devices/one-shot/latest', undefined, stack.adminToken)).fields, 'the point stored')
    await admin.click('[data-range="30d"]')
    await admin.waitForSelector('[data-testid=history-summary]:text("1 bucket of 3h")', { timeout: 30_000 }).catch(async (err: Error) => {
      // Say what the panel showed instead (an error, "no data", another bucket count).
      throw new Error(`${err.message}\nhistory panel: ${await admin.textContent('[data-testid=history]')}`)
    })
    const hist = await admin.waitForSelector('[data-testid=history] [data-testid=chart]')
    expect(await hist.getAttribute('data-markers')).toBe('true')
    expect(Number(await hist.getAttribute('data-x-span'))).toBe(30 * 86_400_000)
    await c.endAsync()
  })
})
