/**
 * The dashboard in real Chromium against a real hub with simulated devices: login, fleet,
 * device live chart, history, logout and expiry, and the viewer's read-only view.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { launchBrowser, login, openPage, screenshot } from './support/browser.js'
import { startStack, PASSWORD, type Stack } from './support/stack.js'
import { startFakeDevice, type FakeDevice } from './support/fake-device.js'


jest.setTimeout(90_000)
let stack: Stack
let browser: Browser
const devices: FakeDevice[] = []

beforeAll(async () => {
  stack = await startStack({
    accounts: [{ username: 'alice', role: 'operator' }, { username: 'victor', role: 'viewer' }],
    devices: [{ id: 'thermo-1', room: 'general', model: 'thermostat' }, { id: 'thermo-2', room: 'general', model: 'thermostat' }],
  })
  for (const id of ['thermo-1', 'thermo-2']) devices.push(await startFakeDevice(stack.wsUrl, id, stack.deviceTokens[id]!))
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  for (const d of devices) await d.stop()
  await stack?.stop()
})

describe('dashboard in Chromium', () => {
  it('refuses a wrong password with a clear message', async () => {
    const { page, context, errors } = await openPage(browser, stack.baseURL)
    await page.goto('/login')
    await screenshot(page, 'login')
    await page.fill('#username', 'alice')
    await page.fill('#password', 'not-the-password')
    await page.click('button[type=submit]')
    await expect(page.textContent('[data-testid=login-error]')).resolves.toContain('Wrong user name or password')
    expect(errors).toEqual(['http 401 POST /api/auth/login'])
    expect(page.url()).toContain('/login')
    await context.close()
  })

  it('logs in and the fleet shows the simulated devices online with live trends', async () => {
    const { page, context, errors } = await openPage(browser, stack.baseURL)
    await login(page, 'alice', PASSWORD)
    expect(new URL(page.url()).pathname).toBe('/fleet')
    for (const id of ['thermo-1', 'thermo-2']) {
      await page.waitForSelector(`tr[data-device="${id}"] [data-testid=presence]:text("online")`)
    }
    await page.waitForSelector('tr[data-device="thermo-1"] [data-testid=sparkline] polyline')
    await expect(page.textContent('[data-testid=fleet-summary]')).resolves.toBe('2 of 2 online')
    await page.waitForSelector('[data-testid=connection]:text("Live")')
    await page.fill('[data-testid=fleet-search]', 'thermo-2')
    await page.waitForSelector('tr[data-device="thermo-1"]', { state: 'detached' })
    await page.fill('[data-testid=fleet-search]', '')
    await page.waitForSelector('tr[data-device="thermo-1"]')
    // Let the sparklines fill a little for the README picture.
    await page.waitForFunction(() => (document.querySelector('tr[data-device="thermo-2"] polyline')?.getAttribute('points')?.split(' ').length ?? 0) >= 12)
    await screenshot(page, 'fleet')
    expect(errors).toEqual([])
    await context.close()
  })

  it("a device's live chart receives new points and the history range returns data", async () => {
    const { page, context, errors } = await openPage(browser, stack.baseURL)
    await login(page, 'alice', PASSWORD)
    await page.goto('/devices/thermo-1')
    await page.waitForSelector('[data-testid=live-chart] [data-testid=chart]')
    const points = async () => Number(await page.getAttribute('[data-testid=live-chart] [data-testid=chart]', 'data-points'))
    const before = await points()
    await page.waitForFunction(n => Number(document.querySelector('[data-testid=live-chart] [data-testid=chart]')?.getAttribute('data-points')) > n, before)
    expect(await points()).toBeGreaterThan(before)
    await page.waitForSelector('[data-testid=latest] dd[data-field=temperature]:has-text("°C")')
    // History opens on the main field the meta declares, with its unit and the time zone.
    expect(await page.inputValue('[data-testid=history-field]')).toBe('temperature')
    await page.waitForSelector('[data-testid=history-summary]:has-text("· °C")')
    await page.waitForSelector('[data-testid=history-zone]:has-text("UTC")')
    await page.waitForSelector('[data-testid=meta]:has-text("1.4.2")')
    await page.waitForSelector('[data-testid=command-panel] form[data-command=set_setpoint]')

    // History: the embedded store has the points the device published; the 15-min range shows them.
    await page.click('[data-testid=history] button[data-range="15m"]')
    // The 1 h default may still be on screen: wait for the 15-min answer itself (5 s buckets).
    await page.waitForSelector('[data-testid=history-summary]:has-text("of 5s")', { timeout: 15_000 })
    expect(Number((await page.textContent('[data-testid=history-summary]'))!.split(' ')[0])).toBeGreaterThan(0)
    await page.click('[data-testid=history] button[data-range="30d"]')
    await page.waitForSelector('[data-testid=history-summary]:has-text("of 3h")')
    await page.click('[data-testid=history] button[data-range="15m"]')
    await page.waitForSelector('[data-testid=history-summary]:has-text("of 5s")')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'device')

    // The command form validates typed input before anything is sent.
    await page.fill('form[data-command=set_setpoint] [data-param=value]', '99')
    await page.click('[data-testid=send-set_setpoint]')
    await expect(page.textContent('[data-testid=param-error]')).resolves.toBe('At most 30.')
    expect(errors).toEqual([])
    await context.close()
  })

  it('history takes a custom range', async () => {
    const { page, context, errors } = await openPage(browser, stack.baseURL)
    await login(page, 'alice', PASSWORD)
    await page.goto('/devices/thermo-1')
    await page.waitForSelector('[data-testid=history-summary]')
    const at = (t: number) => { const d = new Date(t); const p = (n: number) => String(n).padStart(2, '0'); return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}` }
    await page.fill('[data-testid=history-from]', at(Date.now() - 2 * 3_600_000))
    await page.fill('[data-testid=history-to]', at(Date.now() + 60_000))
    await page.click('[data-testid=history] button[data-range="custom"]')
    await page.waitForSelector('[data-testid=history-summary]:has-text("of 30s")')
    // The export downloads what the chart shows: one CSV row per bucket.
    const buckets = Number((await page.textContent('[data-testid=history-summary]'))!.split(' ')[0])
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')])
    expect(download.suggestedFilename()).toMatch(/^thermo-1_temperature_\d{8}T\d{6}Z_\d{8}T\d{6}Z\.csv$/)
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n').filter(Boolean)
    expect(csv[0]).toBe('time,ts,temperature_mean')
    expect(csv).toHaveLength(buckets + 1)
    for (const row of csv.slice(1)) {
      const [iso, ts, v] = row.split(',')
      expect(new Date(iso!).getTime()).toBe(Number(ts))
      expect(Number.isFinite(Number(v))).toBe(true)
    }
    await page.fill('[data-testid=history-to]', at(Date.now() - 3 * 3_600_000))
    await page.click('[data-testid=history] button[data-range="custom"]')
    await page.waitForSelector('[data-testid=history] [role=alert]:has-text("The end must be after the start.")')
    expect(errors).toEqual([])
    await context.close()
  })

  it('a viewer sees devices and rooms but no command or composer controls', async () => {
    const { page, context } = await openPage(browser, stack.baseURL, { width: 900, height: 1100 })
    await login(page, 'victor', PASSWORD)
    await page.goto('/devices/thermo-1')
    await page.waitForSelector('[data-testid=live-chart] [data-testid=chart]')
    await page.waitForSelector('[data-testid=meta]:has-text("1.4.2")')
    expect(await page.$('[data-testid=command-panel]')).toBeNull()
    expect(await page.$('button[data-testid^=send-]')).toBeNull()
    await page.goto('/rooms/general')
    await page.waitForSelector('[data-testid=viewer-note]')
    expect(await page.$('[data-testid=composer]')).toBeNull()
    expect(await page.$('[data-testid=open-room-command]')).toBeNull()
    await screenshot(page, 'viewer-tablet')
    await context.close()
  })

  it('logs out, and an expired token sends the operator back to login with a message', async () => {
    const { page, context } = await openPage(browser, stack.baseURL)
    await login(page, 'alice', PASSWORD)
    await page.click('[data-testid=logout]')
    await page.waitForURL(/\/login/)
    expect(await page.$('[data-testid=login-notice]')).toBeNull()

    await login(page, 'alice', PASSWORD)
    // Age the stored session past its expiry, as if the laptop slept through it.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('tether.session')!)
      localStorage.setItem('tether.session', JSON.stringify({ ...s, expiresAt: Date.now() - 1000 }))
    })
    await page.goto('/fleet')
    await page.waitForURL(/\/login/)
    await expect(page.textContent('[data-testid=login-notice]')).resolves.toContain('session expired')
    await context.close()
  })

  it('backfills sparklines from stored history: a device that went offline still shows its trend after a reload', async () => {
    await devices.splice(1, 1)[0]!.stop() // thermo-2 leaves cleanly: no more live telemetry
    const { page, context, errors } = await openPage(browser, stack.baseURL)
    await login(page, 'alice', PASSWORD)
    await page.waitForSelector('tr[data-device="thermo-2"] [data-testid=presence]:text("offline")')
    await page.waitForFunction(() => (document.querySelector('tr[data-device="thermo-2"] polyline')?.getAttribute('points')?.split(' ').length ?? 0) >= 2)
    await page.waitForSelector('tr[data-device="thermo-2"] :text("temperature")')
    expect(errors).toEqual([])
    await context.close()
  })
})
