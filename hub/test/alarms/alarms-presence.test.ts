import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { chatAs, joinRoom, tokenFor, type ChatClient } from '../support/chat-client.js'
import { createManualClock } from '../support/manual-clock.js'
import { api, provisionDevice } from '../support/identity.js'
import { startTestDevice } from '../support/test-device.js'
import { alarmCardsOf, nextAlarmCard } from './support.js'

describe('presence rules: a device lost for longer than the rule allows raises an alarm (fake clock)', () => {
  let th: TestHub
  const clock = createManualClock(Date.now())
  let watcher: ChatClient

  beforeAll(async () => {
    th = await startTestHub({ alarmSweepMs: 1000 }, { now: clock.now, timers: clock })
    watcher = await chatAs(th, { username: 'wanda', role: 'viewer' })
    const token = await tokenFor(th, { username: 'olga', role: 'operator' })
    const res = await api(th, 'POST', '/api/alarm-rules', { token, body: {
      name: 'Pump unreachable', scope: { room: 'pumphouse' }, severity: 'critical',
      condition: { type: 'presence', states: ['lost'], forMs: 30_000 }, message: '{device} is {value}',
    } })
    expect(res.status).toBe(201)
  })
  afterAll(async () => {
    await watcher.close()
    await th.stop()
  })

  it('raises after the loss lasted forMs and clears when the device is back; a short loss raises nothing', async () => {
    const creds = provisionDevice(th, 'pump-2', { room: 'pumphouse' })
    await joinRoom(watcher, 'pumphouse')
    const lostEvent = () => watcher.next(f => f.type === 'event' && f.entry.kind === 'device' && f.entry.deviceId === 'pump-2' && f.entry.event === 'lost')
    const onlineEvent = () => watcher.next(f => f.type === 'event' && f.entry.kind === 'device' && f.entry.deviceId === 'pump-2' && f.entry.event === 'online')

    let dev = await startTestDevice(th.wsUrl, creds)
    await onlineEvent()
    dev.client.stream.destroy() // no DISCONNECT: the will fires, presence is lost
    await lostEvent()
    clock.advance(20_000)
    dev = await startTestDevice(th.wsUrl, creds, { meta: null })
    await onlineEvent()
    clock.advance(60_000)
    expect(alarmCardsOf(watcher, 'pump-2')).toEqual([])

    dev.client.stream.destroy()
    await lostEvent()
    clock.advance(30_000)
    const raised = await nextAlarmCard(watcher, 'pump-2', 'active')
    expect(raised).toMatchObject({ room: 'pumphouse', card: { severity: 'critical', value: 'lost', message: 'pump-2 is lost' } })
    dev = await startTestDevice(th.wsUrl, creds, { meta: null })
    const cleared = await nextAlarmCard(watcher, 'pump-2', 'cleared')
    expect(cleared.id).toBe(raised.id)
    await dev.disconnect()
  })
})
