/**
 * Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core. Each launch gets a fresh
 * temporary profile; every page's console errors and failed requests are kept for assertions.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const dashboardDist = path.join(repoRoot, 'dashboard/dist')
const shotsDir = path.join(repoRoot, 'docs/img')

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
}

export interface TrackedPage { page: Page; errors: string[] }

/** A page in a new context (own storage, like a separate person) at laptop width. */
export async function openPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }): Promise<TrackedPage & { context: BrowserContext }> {
  const context = await browser.newContext({ baseURL, viewport })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', err => errors.push(`pageerror: ${err.message}`))
  // Failed requests are recorded with their URL below; the console's copy of them has none.
  page.on('console', msg => { if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(`console: ${msg.text()}`) })
  page.on('response', res => { if (res.status() >= 400 && res.url().includes('/api/')) errors.push(`http ${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`) })
  // Generous: a shared 2-core machine may run two Chromiums and two hubs at once.
  page.setDefaultTimeout(20_000)
  page.setDefaultNavigationTimeout(30_000)
  return { context, page, errors }
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login')
  await page.fill('#username', username)
  await page.fill('#password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(url => !url.pathname.startsWith('/login'))
}

/** Screenshots for the README (docs/img/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true })
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: false })
}
