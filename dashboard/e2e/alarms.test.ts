/**
 * Sites and alarms in real Chromium: a device registered into a room that did not exist gets that
 * room; an operator opening it sees the device's presence notice, the card of a command sent from
 * the room and the alarm card the command's effect raises, and acknowledges the alarm there; the
 * other operator sees the card change in place, and the alarm closes when the value comes back.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, login, openPage, screenshot } from './support/browser.js'
import { api, startStack, PASSWORD, type Stack } from './support/stack.js'
import { startFakeDevice, type FakeDevice } from './support/fake-device.js'

jest.setTimeout(90_000)
let stack: Stack
let browser: Browser
let device: FakeDevice
let alice: Page
let bob: Page
let vic: Page

async function sendSetpoint(page: Page, value: string): Promise<void> {
  await page.click('[data-testid=open-room-command]')
  await page.selectOption('[data-testid=room-command-device]', 'thermo-9')
  await page.fill('[data-testid=room-command] form[data-command=set_setpoint] [data-param=value]', value)
  await page.click('[data-testid=room-command] [data-testid=send-set_setpoint]')
}

describe('a device\'s room in Chromium: presence, command and alarm cards', () => {
  beforeAll(async () => {
    stack = await startStack({
      accounts: [{ username: 'alice', role: 'operator' }, { username: 'bob', role: 'operator' }, { username: 'vic', role: 'viewer' }],
      devices: [{ id: 'thermo-9', room: 'lab', model: 'thermostat' }],
    })
    await api(stack.baseURL, 'POST', '/api/alarm-rules', {
      name: 'Setpoint too high', scope: { room: 'lab' }, severity: 'major', unit: '°C',
      condition: { type: 'threshold', field: 'setpoint', op: '>', value: 25 },
      message: '{device} setpoint {value}{unit}',
    }, stack.adminToken)
    device = await startFakeDevice(stack.wsUrl, 'thermo-9', stack.deviceTokens['thermo-9']!)
    browser = await launchBrowser()
    alice = (await openPage(browser, stack.baseURL)).page
    bob = (await openPage(browser, stack.baseURL)).page
    await login(alice, 'alice', PASSWORD)
    await login(bob, 'bob', PASSWORD)
    vic = (await openPage(browser, stack.baseURL)).page
    await login(vic, 'vic', PASSWORD)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await device?.stop()
    await stack?.stop()
  })

  it('opens the device\'s room, sees its presence, a command card and an alarm card, and acknowledges the alarm', async () => {
    await alice.goto('/rooms/lab')
    await bob.goto('/rooms/lab')
    await vic.goto('/rooms/lab')
    await alice.waitForSelector('[data-testid=device-event]:has-text("thermo-9"):has-text("online")')

    await sendSetpoint(alice, '28')
    await alice.waitForSelector('[data-testid=command-card][data-status=succeeded]', { timeout: 15_000 })
    const card = await alice.waitForSelector('[data-testid=alarm-card][data-state=active]', { timeout: 15_000 })
    await expect(card.textContent()).resolves.toContain('thermo-9 setpoint 28°C')
    await alice.waitForSelector('[data-testid=alarm-badge]:text("1")')
    // A viewer sees the card but gets no Acknowledge control.
    await vic.waitForSelector('[data-testid=alarm-card][data-state=active]')
    expect(await vic.$$('[data-testid=alarm-card] [data-testid=alarm-ack]')).toHaveLength(0)

    await alice.fill('[data-testid=alarm-card] [data-testid=alarm-ack-note]', 'lowering it')
    await alice.click('[data-testid=alarm-card] [data-testid=alarm-ack]')
    for (const page of [alice, bob]) {
      await page.waitForSelector('[data-testid=alarm-card][data-state=acknowledged] [data-testid=alarm-acked-by]:has-text("alice")')
      expect(await page.$$('[data-testid=alarm-card]')).toHaveLength(1) // one card, updated in place
    }
    await alice.waitForSelector('[data-testid=alarm-badge]', { state: 'detached' })
    await screenshot(bob, 'alarm-card-acknowledged')

    await sendSetpoint(alice, '21')
    await bob.waitForSelector('[data-testid=alarm-card][data-state=closed]', { timeout: 15_000 })
    expect(await bob.$$('[data-testid=alarm-card] [data-testid=alarm-ack]')).toHaveLength(0)
  })

  it('lists the alarm on the alarms page and the device page', async () => {
    await alice.goto('/alarms')
    await alice.selectOption('[data-testid=alarm-filter-state]', 'closed')
    await alice.waitForSelector('[data-testid=alarm-list] li[data-state=closed]:has-text("Setpoint too high")')
    await alice.goto('/devices/thermo-9')
    await alice.waitForSelector('[data-testid=alarm-rules] li:has-text("Setpoint too high")')
  })
})
