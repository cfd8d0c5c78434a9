import { describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { api, provisionDevice } from '../support/identity.js'
import { startTestDevice } from '../support/test-device.js'
import { chatAs, idOf, joinRoom, tokenFor } from '../support/chat-client.js'
import { waitFor } from '../support/free-port.js'

const DAY = 86_400_000
const olga = { username: 'olga', role: 'operator' as const }
const oscar = { username: 'oscar', role: 'operator' as const }

const user = (th: TestHub, u: { username: string }) => ({ id: idOf(th, u.username), username: u.username })
const metric = async (th: TestHub, name: string) => (await th.hub.metrics.registry.getSingleMetric(name)!.get()).values[0]?.value
const timeline = (th: TestHub, room: string) => th.hub.services.rooms.store.eventsAfter(room, 0, 10_000)

describe('chat and alarm retention in a hub', () => {
  it('deletes room events, direct messages and closed alarms older than their windows in the pass after start, and keeps the rest', async () => {
    // Three days ago: a conversation in the device's room, a direct message, an alarm raised, taken and closed.
    let clock = Date.now() - 3 * DAY
    const first = await startTestHub({ alarmSweepMs: 100 }, { now: () => clock })
    const creds = provisionDevice(first, 'boiler-3', { room: 'plant', model: 'thermostat' })
    const token = await tokenFor(first, olga)
    await tokenFor(first, oscar)
    const rule = await api(first, 'POST', '/api/alarm-rules', { token, body: {
      name: 'Boiler too hot', scope: { device: 'boiler-3' }, severity: 'major', condition: { type: 'threshold', field: 'temperature', op: '>', value: 30 },
    } })
    expect(rule.status).toBe(201)
    let dev = await startTestDevice(first.wsUrl, creds)
    const { rooms, alarms } = first.hub.services
    rooms.say('plant', user(first, olga), 'c1', 'boiler-3 runs hot again')
    rooms.sendDm(user(first, olga), user(first, oscar), 'd1', 'can you look at boiler-3?')
    await dev.telemetry({ temperature: 35 })
    await waitFor(async () => alarms.list({ limit: 10 }).length === 1, 5000, 'the alarm to be raised')
    const alarmId = alarms.list({ limit: 10 })[0]!.id
    expect((await api(first, 'POST', `/api/alarms/${alarmId}/ack`, { token, body: {} })).status).toBe(200)
    await dev.telemetry({ temperature: 20 })
    await waitFor(async () => alarms.get(alarmId)?.state === 'closed', 5000, 'the alarm to close')
    await dev.disconnect()
    await first.stop({ keepData: true })

    clock = Date.now()
    const th = await startTestHub({ dataDir: first.dataDir, chatRetentionDays: 1, alarmRetentionDays: 1 }, { now: () => clock })
    try {
      const old = timeline(th, 'plant')
      expect(old.map(e => e.kind)).toEqual(expect.arrayContaining(['message', 'device', 'alarm']))
      dev = await startTestDevice(th.wsUrl, creds, { meta: null })
      const { rooms: r } = th.hub.services
      const fresh = r.say('plant', user(th, olga), 'c2', 'boiler-3 is fine now').entry
      const freshDm = r.sendDm(user(th, oscar), user(th, olga), 'd2', 'it was the valve').entry
      await waitFor(async () => th.hub.services.alarms.get(alarmId) === undefined, 15_000, 'the alarm retention pass after start')
      await waitFor(async () => (await metric(th, 'tether_chat_pruned_total')) !== 0, 15_000, 'the chat retention pass after start')

      const cutoff = clock - DAY
      const left = timeline(th, 'plant')
      expect(left.filter(e => e.ts < cutoff)).toEqual([])
      expect(left).toContainEqual(fresh)
      expect(left.some(e => e.kind === 'alarm')).toBe(false)
      const listed = await api(th, 'GET', '/api/alarms?device=boiler-3', { token: await tokenFor(th, olga) })
      expect(listed.body.alarms).toEqual([])
      expect(await metric(th, 'tether_alarms_pruned_total')).toBe(1)
      // Every old event of the room but its alarm card's revisions (those went with the alarm).
      const oldEvents = old.filter(e => e.kind !== 'alarm').length
      expect(await metric(th, 'tether_chat_pruned_total')).toBeGreaterThanOrEqual(oldEvents + 1)
      expect(r.dmHistory(idOf(th, 'olga'), idOf(th, 'oscar'), Number.MAX_SAFE_INTEGER, 10).entries).toEqual([freshDm])

      // [CHAT-4.3-2] a resume across deleted events is a snapshot with gap:true.
      const viewer = await chatAs(th, { username: 'vera', role: 'viewer' })
      expect(await joinRoom(viewer, 'plant', 1)).toMatchObject({ type: 'joined', mode: 'snapshot', gap: true })
      await viewer.close()
      await dev.disconnect()
    } finally {
      await th.stop()
    }
  })
})
