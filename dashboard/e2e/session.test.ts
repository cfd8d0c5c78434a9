/**
 * A session that outlives its token: with 12 s tokens the dashboard refreshes before expiry
 * (POST /api/auth/refresh), its chat.v1 socket swaps the new token in [CHAT-2.2-4] and stays open
 * past the first token's expiry, and the operator is never sent back to the login page.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser } from 'playwright-core'
import { launchBrowser, login, openPage } from './support/browser.js'
import { startStack, PASSWORD, type Stack } from './support/stack.js'

jest.setTimeout(90_000)
let stack: Stack
let browser: Browser

beforeAll(async () => {
  stack = await startStack({ accounts: [{ username: 'alice', role: 'operator' }], devices: [], env: { TETHER_TOKEN_TTL_S: '12' } })
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

describe('token refresh', () => {
  it('keeps a wall screen signed in, its chat socket open, past the first token\'s expiry', async () => {
    const { page, context, errors } = await openPage(browser, stack.baseURL)
    // Count chat.v1 sockets the page opens and closes.
    await page.addInitScript(() => {
      const Native = window.WebSocket
      const w = window as unknown as { chatOpened: number; chatClosed: number }
      w.chatOpened = 0
      w.chatClosed = 0
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols)
          if (protocols === 'chat.v1' || (Array.isArray(protocols) && protocols.includes('chat.v1'))) {
            w.chatOpened++
            this.addEventListener('close', () => { w.chatClosed++ })
          }
        }
      } as typeof WebSocket
    })
    await login(page, 'alice', PASSWORD)
    await page.goto('/rooms/general')
    await page.waitForSelector('[data-testid=connection][data-state=online]')
    const first = await page.evaluate(() => JSON.parse(localStorage.getItem('tether.session')!) as { token: string; expiresAt: number })
    // Refreshed before it expires...
    await page.waitForFunction(t => JSON.parse(localStorage.getItem('tether.session')!).token !== t, first.token, { timeout: 15_000 })
    const second = await page.evaluate(() => JSON.parse(localStorage.getItem('tether.session')!) as { expiresAt: number })
    expect(second.expiresAt).toBeGreaterThan(first.expiresAt)
    // ...and still signed in, with the same chat socket, once the first token has expired.
    await page.waitForFunction(exp => Date.now() > exp + 2000, first.expiresAt, { timeout: 20_000 })
    expect(new URL(page.url()).pathname).toBe('/rooms/general')
    await page.waitForSelector('[data-testid=connection][data-state=online]')
    expect(await page.evaluate(() => (window as unknown as { chatOpened: number; chatClosed: number }).chatClosed)).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { chatOpened: number }).chatOpened)).toBe(1)
    await page.fill('[data-testid=composer]', 'still here')
    await page.press('[data-testid=composer]', 'Enter')
    await page.waitForSelector('[data-testid=timeline] [data-testid=message-text]:text("still here")')
    expect(errors).toEqual([])
    await context.close()
  })
})
