/**
 * Rooms in real Chromium: two operators in two browser contexts chat with typing indicators and
 * presence, page back through history, search, send a direct message, and keep every message
 * exactly once across a hub restart.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, login, openPage, screenshot } from './support/browser.js'
import { api, startStack, PASSWORD, type Stack } from './support/stack.js'


jest.setTimeout(90_000)
let stack: Stack
let browser: Browser
let alice: Page
let bob: Page

const texts = (page: Page) => page.$$eval('[data-testid=timeline] [data-testid=message-text]', els => els.map(e => e.textContent ?? ''))
const count = (list: string[], t: string) => list.filter(x => x === t).length

beforeAll(async () => {
  stack = await startStack({
    accounts: [{ username: 'alice', role: 'operator' }, { username: 'bob', role: 'operator' }],
    devices: [],
    env: { TETHER_CHAT_PRESENCE_COALESCE_MS: '300' },
  })
  // 60 older messages so the room has history beyond the 50-entry snapshot.
  for (let i = 1; i <= 60; i++) await api(stack.baseURL, 'POST', '/api/rooms/general/broadcast', { text: `backlog ${i}${i === 7 ? ' needle' : ''}` }, stack.adminToken)
  browser = await launchBrowser()
  alice = (await openPage(browser, stack.baseURL)).page
  bob = (await openPage(browser, stack.baseURL)).page
  await login(alice, 'alice', PASSWORD)
  await login(bob, 'bob', PASSWORD)
  await alice.goto('/rooms/general')
  await bob.goto('/rooms/general')
  await alice.waitForSelector('[data-testid=timeline] [data-testid=message-text]:text("backlog 60")')
  await bob.waitForSelector('[data-testid=timeline] [data-testid=message-text]:text("backlog 60")')
}, 90_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

describe('rooms in Chromium', () => {
  it('shows typing, then the message, in the other operator\'s browser', async () => {
    await alice.fill('[data-testid=composer]', 'boiler 3 is noisy')
    await alice.dispatchEvent('[data-testid=composer]', 'input')
    await bob.waitForSelector('[data-testid=typing]:text("alice is typing…")')
    await alice.press('[data-testid=composer]', 'Enter')
    await bob.waitForSelector('[data-testid=timeline] [data-testid=message-text]:text("boiler 3 is noisy")')
    // A message ends the author's typing indicator [CHAT-8.1-3].
    await bob.waitForFunction(() => document.querySelector('[data-testid=typing]')?.textContent === '')
    await alice.waitForSelector('[data-testid=timeline] [data-testid=message-text]:text("boiler 3 is noisy")')
    expect(await alice.$('[data-testid=pending]')).toBeNull()
  })

  it('shows members with presence, and a hidden tab turns its user away', async () => {
    await bob.waitForSelector('[data-testid=members] [data-member=alice][data-presence=online]')
    await alice.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await bob.waitForSelector('[data-testid=members] [data-member=alice][data-presence=away]')
    await bob.waitForSelector('[data-testid=member-event]:has-text("alice is now away")')
    await alice.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false })
      document.dispatchEvent(new Event('visibilitychange'))
    })
    await bob.waitForSelector('[data-testid=members] [data-member=alice][data-presence=online]')
  })

  it('pages back through older history and finds a message by search', async () => {
    expect(await texts(bob)).not.toContain('backlog 1')
    await bob.click('[data-testid=load-older]')
    // :text-is, not :text: "backlog 1" is a substring of "backlog 14", already on the first page.
    await bob.waitForSelector('[data-testid=timeline] [data-testid=message-text]:text-is("backlog 1")')
    const all = await texts(bob)
    for (let i = 1; i <= 60; i++) expect(count(all, `backlog ${i}${i === 7 ? ' needle' : ''}`)).toBe(1)
    await bob.fill('[data-testid=room-search]', 'needle')
    await bob.press('[data-testid=room-search]', 'Enter')
    await bob.waitForSelector('[data-testid=search-results] [data-testid=message-text]:text("backlog 7 needle")')
    await screenshot(bob, 'rooms-search')
    await bob.click('[data-testid=search-clear]')
  })

  it('delivers a direct message to the other operator', async () => {
    await alice.click('[data-testid=members] [data-member=bob] button')
    await alice.waitForURL(/\/dm\//)
    await alice.fill('[data-testid=composer]', 'call me when you can')
    await alice.press('[data-testid=composer]', 'Enter')
    await alice.waitForSelector('[data-testid=dm-thread] [data-testid=dm-text]:text("call me when you can")')
    // Alice is in the DM, not the room: what bob says there counts as unread for her.
    await bob.fill('[data-testid=composer]', 'unread ping')
    await bob.press('[data-testid=composer]', 'Enter')
    await alice.waitForSelector('[data-testid=unread-general]:text("1")')
    await bob.waitForSelector('a[data-dm=alice]')
    await bob.click('a[data-dm=alice]')
    await bob.waitForSelector('[data-testid=dm-thread] [data-testid=dm-text]:text("call me when you can")')
    await alice.goto('/rooms/general')
    await bob.goto('/rooms/general')
  })

  // [CHAT-7.3-1]
  it('keeps direct messages, and their unread count, across a reload', async () => {
    await alice.goto('/dm/' + (await bob.evaluate(() => JSON.parse(localStorage.getItem('tether.session')!).user.id)))
    await alice.fill('[data-testid=composer]', 'unread after reload')
    await alice.press('[data-testid=composer]', 'Enter')
    await alice.waitForSelector('[data-testid=dm-thread] [data-testid=dm-text]:text("unread after reload")')
    await bob.waitForSelector('a[data-dm=alice] .count:text("1")')
    await bob.reload()
    await bob.waitForSelector('[data-testid=connection][data-state=online]')
    await bob.waitForSelector('a[data-dm=alice] .count:text("1")')
    await bob.click('a[data-dm=alice]')
    await bob.waitForSelector('[data-testid=dm-thread] [data-testid=dm-text]:text("call me when you can")')
    await bob.waitForSelector('[data-testid=dm-thread] [data-testid=dm-text]:text("unread after reload")')
    await bob.waitForSelector('a[data-dm=alice] .count', { state: 'detached' })
    // read stays read after another reload
    await bob.reload()
    await bob.waitForSelector('a[data-dm=alice]')
    await bob.waitForSelector('[data-testid=dm-thread] [data-testid=dm-text]:text("unread after reload")')
    expect(await bob.$('a[data-dm=alice] .count')).toBeNull()
    await alice.goto('/rooms/general')
    await bob.goto('/rooms/general')
  })

  it('resumes after a hub restart without losing or doubling messages', async () => {
    await alice.waitForSelector('[data-testid=connection][data-state=online]')
    await bob.waitForSelector('[data-testid=connection][data-state=online]')
    await alice.fill('[data-testid=composer]', 'before restart')
    await alice.press('[data-testid=composer]', 'Enter')
    await bob.waitForSelector('[data-testid=message-text]:text("before restart")')

    const restarting = stack.restart()
    await bob.waitForSelector('[data-testid=connection][data-state=reconnecting]')
    // Typed while the hub is away: kept as pending, re-sent with the same id after the resume.
    await alice.fill('[data-testid=composer]', 'during restart')
    await alice.press('[data-testid=composer]', 'Enter')
    await restarting
    // A message posted before the pages are back is replayed to them by the resume.
    await api(stack.baseURL, 'POST', '/api/rooms/general/broadcast', { text: 'while you were away' }, stack.adminToken)
    await alice.waitForSelector('[data-testid=connection][data-state=online]', { timeout: 20_000 })
    await bob.waitForSelector('[data-testid=connection][data-state=online]', { timeout: 20_000 })
    await bob.waitForSelector('[data-testid=message-text]:text("during restart")')
    await bob.waitForSelector('[data-testid=message-text]:text("while you were away")')
    await alice.fill('[data-testid=composer]', 'after restart')
    await alice.press('[data-testid=composer]', 'Enter')
    await bob.waitForSelector('[data-testid=message-text]:text("after restart")')
    await alice.waitForSelector('[data-testid=message-text]:text("after restart")')
    for (const page of [alice, bob]) {
      const list = await texts(page)
      for (const t of ['boiler 3 is noisy', 'before restart', 'during restart', 'while you were away', 'after restart']) expect([t, count(list, t)]).toEqual([t, 1])
      expect(await page.$('[data-testid=pending]')).toBeNull()
    }
    // seq order is strictly increasing in the rendered timeline: nothing doubled or out of order.
    const seqs = await bob.$$eval('[data-testid=timeline] li[data-seq]', els => els.map(e => Number(e.getAttribute('data-seq'))))
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b))
    await bob.fill('[data-testid=composer]', 'I see it too')
    await bob.dispatchEvent('[data-testid=composer]', 'input')
    await alice.waitForSelector('[data-testid=typing]:text("bob is typing…")')
    await screenshot(alice, 'rooms')
  })
})
