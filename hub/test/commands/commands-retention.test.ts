import { describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { api, createOperator, provisionDevice } from '../support/identity.js'
import { startTestDevice } from '../support/test-device.js'
import { chatAs, joinRoom } from '../support/chat-client.js'
import { waitFor } from '../support/free-port.js'

const DAY = 86_400_000

/** Issues one command over REST and has the device answer it; resolves with its id once it succeeded. */
async function commandAnswered(th: TestHub, token: string, dev: Awaited<ReturnType<typeof startTestDevice>>): Promise<string> {
  const incoming = dev.nextCommand()
  const res = await api(th, 'POST', '/api/devices/pump-9/commands', { token, body: { name: 'set_setpoint', params: { value: 10 } } })
  expect(res.status).toBe(202)
  const cmd = await incoming
  await dev.respond(cmd.id, { ok: true })
  await waitFor(async () => th.hub.services.commands.get(cmd.id)?.status === 'succeeded', 5000, 'the command to succeed')
  return cmd.id
}

const cardsIn = (th: TestHub, room: string) =>
  th.hub.services.rooms.store.eventsAfter(room, 0, 1000).filter(e => e.kind === 'command').map(e => e.card.commandId)

describe('command retention in a hub', () => {
  it('deletes finished commands older than TETHER_COMMAND_RETENTION_DAYS with their cards, in the pass after start', async () => {
    // Three days ago: two commands that finished.
    let clock = Date.now() - 3 * DAY
    const first = await startTestHub({}, { now: () => clock })
    first.hub.services.rooms.createRoom({ id: 'pumps', name: 'Pumps', topic: '', minRole: 'viewer' })
    const creds = provisionDevice(first, 'pump-9', { room: 'pumps' })
    const { token } = await createOperator(first, 'olga', 'operator')
    let dev = await startTestDevice(first.wsUrl, creds)
    const old = [await commandAnswered(first, token, dev), await commandAnswered(first, token, dev)]
    await dev.disconnect()
    await first.stop({ keepData: true })

    clock = Date.now()
    const th = await startTestHub({ dataDir: first.dataDir, commandRetentionDays: 1 }, { now: () => clock })
    try {
      expect(cardsIn(th, 'pumps')).toEqual(expect.arrayContaining(old))
      dev = await startTestDevice(th.wsUrl, creds, { meta: null })
      const { token: oscar } = await createOperator(th, 'oscar', 'operator')
      const fresh = await commandAnswered(th, oscar, dev)
      th.hub.services.rooms.postSystemMessage('pumps', 'the newest event of the room')
      await waitFor(async () => th.hub.services.commands.get(old[0]!) === undefined, 15_000, 'the retention pass after start')
      expect(th.hub.services.commands.get(old[1]!)).toBeUndefined()
      const listed = await api(th, 'GET', '/api/commands?device=pump-9', { token: oscar })
      expect(listed.body.commands.map((c: { id: string }) => c.id)).toEqual([fresh])
      expect(new Set(cardsIn(th, 'pumps'))).toEqual(new Set([fresh]))
      const metric = await th.hub.metrics.registry.getSingleMetric('tether_commands_pruned_total')!.get()
      expect(metric.values[0]?.value).toBe(2)
      // [CHAT-4.3-2] a resume across deleted events is a snapshot; [CHAT-4.3-1] one after them still resumes.
      const viewer = await chatAs(th, { username: 'vera', role: 'viewer' })
      const snapshot = await joinRoom(viewer, 'pumps', 0)
      expect(snapshot).toMatchObject({ type: 'joined', mode: 'snapshot', gap: true })
      const resumed = await joinRoom(viewer, 'pumps', snapshot.seq - 1)
      expect(resumed).toMatchObject({ type: 'joined', mode: 'resume' })
      expect(resumed.entries[0].seq).toBe(snapshot.seq)
      await viewer.close()
      await dev.disconnect()
    } finally {
      await th.stop()
    }
  })
})

