/**
 * Commands in real Chromium: an operator issues a command from the room, both
 * operators watch its card go through its lifecycle to `succeeded`, and the device page's panel
 * and audit show the same; a viewer gets no command controls (also covered in dashboard.test.ts).
 * A device that drops without DISCONNECT shows as lost, with its reason, in the fleet and the room.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, login, openPage, screenshot } from './support/browser.js'
import { startStack, PASSWORD, type Stack } from './support/stack.js'
import { startFakeDevice, type FakeDevice } from './support/fake-device.js'


jest.setTimeout(90_000)
let stack: Stack
let browser: Browser
let device: FakeDevice
let alice: Page
let bob: Page

describe('commands in Chromium', () => {
  beforeAll(async () => {
    stack = await startStack({
      accounts: [{ username: 'alice', role: 'operator' }, { username: 'bob', role: 'operator' }],
      devices: [{ id: 'thermo-1', room: 'general', model: 'thermostat' }],
    })
    device = await startFakeDevice(stack.wsUrl, 'thermo-1', stack.deviceTokens['thermo-1']!)
    browser = await launchBrowser()
    alice = (await openPage(browser, stack.baseURL)).page
    bob = (await openPage(browser, stack.baseURL)).page
    await login(alice, 'alice', PASSWORD)
    await login(bob, 'bob', PASSWORD)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await device?.stop()
    await stack?.stop()
  })

  it('a command sent from the room shows one card that reaches succeeded for both operators', async () => {
    await alice.goto('/rooms/general')
    await bob.goto('/rooms/general')
    await alice.click('[data-testid=open-room-command]')
    await alice.selectOption('[data-testid=room-command-device]', 'thermo-1')
    await alice.fill('[data-testid=room-command] form[data-command=set_setpoint] [data-param=value]', '22.5')
    await alice.click('[data-testid=room-command] [data-testid=send-set_setpoint]')
    for (const page of [alice, bob]) {
      await page.waitForSelector('[data-testid=command-card][data-status=succeeded]', { timeout: 15_000 })
      expect(await page.$$('[data-testid=command-card]')).toHaveLength(1)
    }
    expect(device.commands.map(c => [c.name, c.params])).toEqual([['set_setpoint', { value: 22.5 }]])
    await screenshot(bob, 'command-card')
  })

  it('the device page issues a command and its audit shows the lifecycle', async () => {
    await alice.goto('/devices/thermo-1')
    await alice.click('[data-testid=send-identify]')
    await alice.waitForSelector('[data-testid=command-audit] tr:has-text("identify") [data-testid=command-state][data-state=succeeded]', { timeout: 15_000 })
    await alice.waitForSelector('[data-testid=command-audit] tr:has-text("set_setpoint") [data-testid=command-state][data-state=succeeded]')
  })

  it('a command the meta marks confirm: true is sent only after a confirmation naming device and command', async () => {
    await alice.goto('/devices/thermo-1')
    await alice.click('[data-testid=send-reboot]')
    await alice.waitForSelector('[data-testid=confirm-dialog][open] [data-testid=confirm-command]:text("reboot on thermo-1")')
    await alice.click('[data-testid=confirm-dialog][open] [data-testid=confirm-cancel]')
    await alice.waitForSelector('[data-testid=confirm-dialog][open]', { state: 'detached' })
    // identify (not marked) goes at once; the cancelled reboot never left the browser
    await alice.click('[data-testid=send-identify]')
    await alice.waitForFunction(() => [...document.querySelectorAll('[data-testid=command-audit] tr')].filter(tr => tr.textContent?.includes('identify')).length >= 2)
    expect(device.commands.map(c => c.name)).not.toContain('reboot')
    await alice.click('[data-testid=send-reboot]')
    await alice.click('[data-testid=confirm-dialog][open] [data-testid=confirm-ok]')
    await alice.waitForSelector('[data-testid=command-audit] tr:has-text("reboot") [data-testid=command-state][data-state=succeeded]', { timeout: 15_000 })
    expect(device.commands.filter(c => c.name === 'reboot')).toHaveLength(1)
  })

  it('a device that drops without DISCONNECT is shown lost with its reason, in the fleet and the room', async () => {
    await alice.goto('/fleet')
    await bob.goto('/rooms/general')
    await alice.waitForSelector('tr[data-device="thermo-1"] [data-testid=presence]:text("online")')
    device.client.end(true) // no DISCONNECT: the broker fires the will
    await alice.waitForSelector('tr[data-device="thermo-1"] [data-testid=presence]:text("lost")')
    await expect(alice.textContent('tr[data-device="thermo-1"] [data-testid=reason]')).resolves.toMatch(/will fired|connection lost|keepalive/)
    await bob.waitForSelector('[data-testid=device-event]:has-text("lost")')
  })
})

