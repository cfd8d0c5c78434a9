import { describe, expect, it } from '@jest/globals'
import { startTestHub } from '../support/test-hub.js'
import { api, createOperator, provisionDevice } from '../support/identity.js'
import { startTestDevice } from '../support/test-device.js'

describe('commands across a hub restart', () => {
  it('keeps a command queued for an offline device and completes it after the restart', async () => {
    const first = await startTestHub()
    const creds = provisionDevice(first, 'tank-2')
    const dev = await startTestDevice(first.wsUrl, creds)
    await dev.disconnect()
    const { token } = await createOperator(first, 'rita', 'operator')
    const res = await api(first, 'POST', '/api/devices/tank-2/commands', { token, body: { name: 'set_setpoint', params: { value: 18 }, ttlMs: 600_000 } })
    const id = res.body.command.id as string
    await waitFor(() => first.hub.services.commands.get(id)?.status === 'sent')
    await first.stop({ keepData: true })

    const second = await startTestHub({ dataDir: first.dataDir })
    try {
      expect(second.hub.services.commands.get(id)).toMatchObject({ status: 'sent', params: { value: 18 }, issuedBy: { username: 'rita' } })
      const again = await startTestDevice(second.wsUrl, creds, { meta: null })
      // The queued command arrives as the session resumes.
      const cmd = await again.nextCommand()
      expect(cmd.id).toBe(id)
      await again.respond(id, { ok: true })
      await waitFor(() => second.hub.services.commands.get(id)?.status === 'succeeded')
      await again.disconnect()
    } finally {
      await second.stop()
    }
  })
})

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise(r => setTimeout(r, 10))
  }
}
