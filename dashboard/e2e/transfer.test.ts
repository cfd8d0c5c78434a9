/**
 * What a browser downloads, as served: the login page and the first screen after login, counting
 * the JavaScript bytes on the wire (brotli from the prebuilt assets) and decoded. Budgets: login
 * < 60 kB, after login < 150 kB compressed. Also the headers that make it cacheable.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, Page, Response } from 'playwright-core'
import { launchBrowser, login, openPage } from './support/browser.js'
import { startStack, PASSWORD, type Stack } from './support/stack.js'

jest.setTimeout(90_000)
let stack: Stack
let browser: Browser

beforeAll(async () => {
  stack = await startStack({ accounts: [{ username: 'alice', role: 'operator' }], devices: [{ id: 'thermo-1', room: 'general', model: 'thermostat' }] })
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

interface Tally { wire: number; decoded: number; files: string[] }

function track(page: Page): { scripts: Tally; pending: Array<Promise<void>> } {
  const scripts: Tally = { wire: 0, decoded: 0, files: [] }
  const pending: Array<Promise<void>> = []
  page.on('response', (res: Response) => {
    if (res.request().resourceType() !== 'script') return
    pending.push((async () => {
      const sizes = await res.request().sizes()
      // Served from the browser's cache (hashed assets are immutable): nothing on the wire.
      if (sizes.responseBodySize <= 0) return
      const body = await res.body()
      scripts.wire += sizes.responseBodySize
      scripts.decoded += body.length
      scripts.files.push(`${new URL(res.url()).pathname} ${res.headers()['content-encoding'] ?? 'identity'} ${sizes.responseBodySize}/${body.length}`)
    })())
  })
  return { scripts, pending }
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`

describe('bytes on the wire', () => {
  it('keeps the login page under 60 kB and the first screen after login under 150 kB of compressed JavaScript', async () => {
    const { page, context } = await openPage(browser, stack.baseURL)
    const t = track(page)
    await page.goto('/login')
    await page.waitForSelector('#username')
    await Promise.all(t.pending)
    const loginWire = t.scripts.wire
    const loginDecoded = t.scripts.decoded
    // MQTT.js is loaded only where live data is shown, never for the login page.
    expect(t.scripts.files.some(f => f.includes('mqtt'))).toBe(false)
    await login(page, 'alice', PASSWORD)
    await page.waitForSelector('[data-testid=connection]:text("Live")')
    await page.waitForSelector('tr[data-device="thermo-1"]')
    await Promise.all(t.pending)
    // The figures docs/benchmarks.md quotes.
    console.log([
      `login JS: ${kB(loginWire)} on the wire (${kB(loginDecoded)} decoded)`,
      `after login (fleet, live): ${kB(t.scripts.wire)} on the wire (${kB(t.scripts.decoded)} decoded)`,
      ...t.scripts.files,
    ].join('\n'))
    expect(t.scripts.files.every(f => / br /.test(f))).toBe(true)
    expect(t.scripts.files.filter(f => f.includes('mqtt')).length).toBe(1)
    expect(loginWire).toBeLessThan(60_000)
    expect(t.scripts.wire).toBeLessThan(150_000)

    await context.close()
  })

  it('serves prebuilt brotli or gzip with Vary, and caches hashed assets for a year but not the app shell', async () => {
    const html = await fetch(`${stack.baseURL}/fleet`, { headers: { 'accept-encoding': 'br' } })
    expect(html.headers.get('content-encoding')).toBe('br')
    expect(html.headers.get('cache-control')).toBe('no-cache')
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(await html.text())![1]!
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
      const res = await fetch(stack.baseURL + script, { headers: { 'accept-encoding': accept } })
      expect([accept, res.status, res.headers.get('content-encoding')]).toEqual([accept, 200, encoding])
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('content-type')).toMatch(/javascript/)
      expect((await res.text()).length).toBeGreaterThan(1000)
    }
  })
})
