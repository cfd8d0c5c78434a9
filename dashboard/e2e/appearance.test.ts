/**
 * Appearance in real Chromium: dark mode follows the system setting (charts included), and on a
 * 390 px phone the Rooms page opens on the conversation, the room list below it.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchBrowser, login, screenshot } from './support/browser.js'
import { startStack, PASSWORD, type Stack } from './support/stack.js'
import { startFakeDevice, type FakeDevice } from './support/fake-device.js'

jest.setTimeout(90_000)
let stack: Stack
let browser: Browser
let device: FakeDevice

beforeAll(async () => {
  stack = await startStack({ accounts: [{ username: 'alice', role: 'operator' }], devices: [{ id: 'thermo-1', room: 'general', model: 'thermostat' }] })
  device = await startFakeDevice(stack.wsUrl, 'thermo-1', stack.deviceTokens['thermo-1']!)
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await device?.stop()
  await stack?.stop()
})

describe('appearance', () => {
  it('follows a dark system setting', async () => {
    const context = await browser.newContext({ baseURL: stack.baseURL, viewport: { width: 1280, height: 800 }, colorScheme: 'dark' })
    const page = await context.newPage()
    await login(page, 'alice', PASSWORD)
    await page.goto('/devices/thermo-1')
    await page.waitForSelector('[data-testid=live-chart] [data-testid=chart][data-points]')
    await page.waitForSelector('[data-testid=history-summary]')
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const panel = await page.evaluate(() => getComputedStyle(document.querySelector('.panel')!).backgroundColor)
    const luminance = (rgb: string) => { const [r, g, b] = rgb.match(/\d+/g)!.map(Number); return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255 }
    expect(luminance(bg)).toBeLessThan(0.15)
    expect(luminance(panel)).toBeLessThan(0.2)
    const ink = await page.evaluate(() => getComputedStyle(document.querySelector('h2')!).color)
    expect(luminance(ink)).toBeGreaterThan(0.8)
    await screenshot(page, 'dark-device')
    await context.close()
  })

  it('opens the Rooms page on the conversation on a 390 px phone', async () => {
    const context = await browser.newContext({ baseURL: stack.baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await login(page, 'alice', PASSWORD)
    await page.goto('/rooms/general')
    await page.waitForSelector('[data-testid=composer]')
    const chatTop = (await page.locator('section.chat').boundingBox())!.y
    const listTop = (await page.locator('nav[aria-label="Rooms and direct messages"]').boundingBox())!.y
    expect(chatTop).toBeLessThan(listTop)
    const composer = (await page.locator('[data-testid=composer]').boundingBox())!
    expect(composer.y + composer.height).toBeLessThanOrEqual(844) // on the first screen, not below the room list
    await screenshot(page, 'rooms-phone')
    await context.close()
  })
})
