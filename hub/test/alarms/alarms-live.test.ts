import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { chatAs, joinRoom, tokenFor, type ChatClient, type Frame } from '../support/chat-client.js'
import { createManualClock } from '../support/manual-clock.js'
import { api, provisionDevice } from '../support/identity.js'
import { startTestDevice, type TestDevice } from '../support/test-device.js'
import { alarmCardsOf, evaluatedTelemetry, nextAlarmCard, waitFor } from './support.js'

const alice = { username: 'alice', role: 'operator' as const }
const bob = { username: 'bob', role: 'operator' as const }
const vic = { username: 'vic', role: 'viewer' as const }

describe('alarms on a live hub: MQTT telemetry in, cards in the device\'s room, chat.v1 acknowledgement (fake clock)', () => {
  let th: TestHub
  const clock = createManualClock(Date.now())
  let a: ChatClient, b: ChatClient, v: ChatClient
  let boiler: TestDevice, meter: TestDevice
  let send: ReturnType<typeof evaluatedTelemetry>
  let opToken: string

  const alarmsOf = async (device: string) => (await api(th, 'GET', `/api/alarms?device=${device}`, { token: opToken })).body.alarms as Frame[]

  beforeAll(async () => {
    th = await startTestHub({ alarmSweepMs: 1000, chatRateBurst: 10_000 }, { now: clock.now, timers: clock })
    send = evaluatedTelemetry(th)
    boiler = await startTestDevice(th.wsUrl, provisionDevice(th, 'boiler-3', { room: 'plant', model: 'thermostat' }))
    meter = await startTestDevice(th.wsUrl, provisionDevice(th, 'meter-1', { room: 'plant', model: 'meter' }))
    ;[a, b, v] = await Promise.all([chatAs(th, alice), chatAs(th, bob), chatAs(th, vic)])
    await Promise.all([joinRoom(a, 'plant'), joinRoom(b, 'plant'), joinRoom(v, 'plant')])
    opToken = await tokenFor(th, alice)
    const hot = await api(th, 'POST', '/api/alarm-rules', { token: opToken, body: {
      name: 'Boiler too hot', scope: { device: 'boiler-3' }, severity: 'major', unit: '°C',
      condition: { type: 'threshold', field: 'temperature', op: '>', value: 30, holdMs: 120_000, hysteresis: 2 },
      message: '{device} at {value}{unit}',
    } })
    expect(hot.status).toBe(201)
    const silent = await api(th, 'POST', '/api/alarm-rules', { token: opToken, body: {
      name: 'Meter silent', scope: { model: 'meter' }, severity: 'critical',
      condition: { type: 'no_data', field: 'power', forMs: 60_000 },
    } })
    expect(silent.status).toBe(201)
  })
  afterAll(async () => {
    await Promise.all([a.close(), b.close(), v.close(), boiler.disconnect(), meter.disconnect()])
    await th.stop()
  })

  it('raises nothing for a crossing shorter than the hold time', async () => {
    await send(boiler, 'boiler-3', { temperature: 35 })
    clock.advance(60_000)
    await send(boiler, 'boiler-3', { temperature: 29 })
    clock.advance(300_000)
    expect(await alarmsOf('boiler-3')).toEqual([])
    expect(alarmCardsOf(a, 'boiler-3')).toEqual([])
  })

  it('raises exactly one alarm for a sustained crossing, as one card in the device\'s room', async () => {
    await send(boiler, 'boiler-3', { temperature: 31 })
    clock.advance(60_000)
    await send(boiler, 'boiler-3', { temperature: 32 })
    // The sweep raises once the hold time is over, with the value that still stands.
    clock.advance(60_000)
    const card = await nextAlarmCard(a, 'boiler-3', 'active')
    expect(card).toMatchObject({ room: 'plant', rev: 1, card: { severity: 'major', ruleName: 'Boiler too hot', value: 32, unit: '°C', count: 1, message: 'boiler-3 at 32°C' } })
    await send(boiler, 'boiler-3', { temperature: 31.5 })
    await send(boiler, 'boiler-3', { temperature: 33 })
    clock.advance(60_000)
    await send(boiler, 'boiler-3', { temperature: 34 })
    const listed = await alarmsOf('boiler-3')
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ state: 'active', count: 1, room: 'plant' })
    expect(alarmCardsOf(a, 'boiler-3')).toHaveLength(1)
  })

  it('does not flap while the value hovers inside the hysteresis band, and clears below it', async () => {
    for (const t of [29.5, 30.5, 28.5, 31, 28.1]) {
      clock.advance(10_000)
      await send(boiler, 'boiler-3', { temperature: t })
    }
    expect(alarmCardsOf(a, 'boiler-3').map(e => e.card.state)).toEqual(['active'])
    clock.advance(10_000)
    await send(boiler, 'boiler-3', { temperature: 27.5 })
    const card = await nextAlarmCard(b, 'boiler-3', 'cleared')
    expect(card.card).toMatchObject({ value: 27.5, count: 1 })
    const cards = alarmCardsOf(b, 'boiler-3')
    expect(cards.map(e => [e.card.state, e.rev])).toEqual([['active', 1], ['cleared', 2]])
    expect(new Set(cards.map(e => e.id)).size).toBe(1)
  })

  it('raises no-data when telemetry stops and clears it when telemetry resumes', async () => {
    await send(meter, 'meter-1', { power: 1.2 })
    clock.advance(59_000)
    expect(await alarmsOf('meter-1')).toEqual([])
    clock.advance(2000)
    const raised = await nextAlarmCard(a, 'meter-1', 'active')
    expect(raised.card).toMatchObject({ severity: 'critical', ruleName: 'Meter silent', field: 'power' })
    await send(meter, 'meter-1', { power: 1.3 })
    const cleared = await nextAlarmCard(a, 'meter-1', 'cleared')
    expect(cleared.card.alarmId).toBe(raised.card.alarmId)
    expect(cleared.id).toBe(raised.id)
  })

  // [CHAT-17.1-1] [CHAT-17.2-1]
  it('lets an operator acknowledge from chat.v1 and updates the card for every member', async () => {
    const [alarm] = await alarmsOf('meter-1')
    expect(alarm.state).toBe('cleared')
    const reply = await b.request({ type: 'alarm.ack', alarm: alarm.id, note: 'meter rebooted' })
    expect(reply).toMatchObject({ type: 'alarm.acked', room: 'plant', card: { alarmId: alarm.id, state: 'closed', acknowledgedBy: { username: 'bob' }, note: 'meter rebooted' } })
    for (const c of [a, b, v]) {
      const card = await nextAlarmCard(c, 'meter-1', 'closed')
      expect(card.card).toMatchObject({ acknowledgedBy: { username: 'bob' }, note: 'meter rebooted' })
    }
    // [CHAT-17.1-2]
    const again = await a.request({ type: 'alarm.ack', alarm: alarm.id })
    expect(again).toMatchObject({ type: 'error', code: 'already_acknowledged' })
    expect((await a.request({ type: 'alarm.ack', alarm: 'al_nope' })).code).toBe('no_such_alarm')
  })

  it('refuses a viewer\'s acknowledgement and changes nothing', async () => {
    await send(boiler, 'boiler-3', { temperature: 40 })
    clock.advance(120_000)
    // The cleared, unacknowledged alarm is raised again, not duplicated.
    const card = await nextAlarmCard(v, 'boiler-3', 'active', c => c.count === 2)
    expect(card.rev).toBe(3)
    const refused = await v.request({ type: 'alarm.ack', alarm: card.card.alarmId })
    expect(refused).toMatchObject({ type: 'error', code: 'forbidden' })
    const viewerToken = await tokenFor(th, vic)
    expect((await api(th, 'POST', `/api/alarms/${card.card.alarmId}/ack`, { token: viewerToken, body: {} })).status).toBe(403)
    expect(th.hub.services.alarms.get(card.card.alarmId)).toMatchObject({ state: 'active', acknowledgedBy: null })
  })

  it('acknowledges over REST, then closes when the condition clears', async () => {
    const [alarm] = await alarmsOf('boiler-3')
    const res = await api(th, 'POST', `/api/alarms/${alarm.id}/ack`, { token: opToken, body: { note: 'valve opened' } })
    expect(res.body.alarm).toMatchObject({ state: 'acknowledged', acknowledgedBy: { username: 'alice' } })
    await nextAlarmCard(a, 'boiler-3', 'acknowledged')
    await send(boiler, 'boiler-3', { temperature: 20 })
    await nextAlarmCard(a, 'boiler-3', 'closed')
    // Re-armed: the next sustained crossing is a new alarm.
    await send(boiler, 'boiler-3', { temperature: 36 })
    clock.advance(121_000)
    const fresh = await nextAlarmCard(a, 'boiler-3', 'active', c => c.alarmId !== alarm.id)
    expect(fresh).toMatchObject({ rev: 1, card: { count: 1, value: 36 } })
    expect((await alarmsOf('boiler-3')).map(x => x.state)).toEqual(['active', 'closed'])
  })

  it('lists alarms by state, room and severity; viewers read, only operators write rules', async () => {
    const viewerToken = await tokenFor(th, vic)
    const active = await api(th, 'GET', '/api/alarms?state=active&room=plant&severity=major', { token: viewerToken })
    expect(active.body.alarms.map((x: Frame) => x.deviceId)).toEqual(['boiler-3'])
    expect((await api(th, 'GET', '/api/alarms?state=closed', { token: viewerToken })).body.alarms).toHaveLength(2)
    const open = await api(th, 'GET', '/api/alarms?state=open', { token: viewerToken })
    // The meter has been silent again since its last sample: a new no-data alarm (the first is closed).
    expect(open.body.alarms.map((x: Frame) => `${x.deviceId}:${x.state}:${x.ruleName}`).sort()).toEqual(['boiler-3:active:Boiler too hot', 'meter-1:active:Meter silent'])
    expect((await api(th, 'GET', '/api/alarms?state=bogus', { token: viewerToken })).status).toBe(400)
    expect((await api(th, 'GET', '/api/alarm-rules', { token: viewerToken })).body.rules).toHaveLength(2)
    expect((await api(th, 'POST', '/api/alarm-rules', { token: viewerToken, body: {} })).status).toBe(403)
    const bad = await api(th, 'POST', '/api/alarm-rules', { token: opToken, body: {
      name: 'x', scope: { device: 'boiler-3' }, severity: 'major', condition: { type: 'threshold', field: 't', op: '>', value: 'hot' },
    } })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toMatchObject({ code: 'HUB_ERR_VALIDATION', field: 'condition.value' })
  })
})

describe('rule and device changes end the alarms nothing would clear any more', () => {
  it('clears the open alarm of a deleted rule and of a device moved out of a rule\'s room', async () => {
    const th = await startTestHub()
    try {
      const token = await tokenFor(th, alice)
      const watcher = await chatAs(th, bob)
      const dev = await startTestDevice(th.wsUrl, provisionDevice(th, 'tank-1', { room: 'yard' }))
      await joinRoom(watcher, 'yard')
      const rule = async (name: string, scope: object) => (await api(th, 'POST', '/api/alarm-rules', { token, body: {
        name, scope, severity: 'minor', condition: { type: 'threshold', field: 'level', op: '<', value: 10 },
      } })).body.rule.id as string
      const byDevice = await rule('low (device)', { device: 'tank-1' })
      await rule('low (room)', { room: 'yard' })
      await evaluatedTelemetry(th)(dev, 'tank-1', { level: 3 })
      await waitFor(() => th.hub.services.alarms.open('tank-1').length === 2)

      expect((await api(th, 'DELETE', `/api/alarm-rules/${byDevice}`, { token })).status).toBe(204)
      const cleared = await nextAlarmCard(watcher, 'tank-1', 'cleared', c => c.ruleName === 'low (device)')
      expect(cleared.card.value).toBe(3)
      expect((await api(th, 'DELETE', `/api/alarm-rules/${byDevice}`, { token })).body.error.code).toBe('ALARM_ERR_NO_SUCH_RULE')

      th.hub.services.devices.update('tank-1', { room: 'depot' })
      await nextAlarmCard(watcher, 'tank-1', 'cleared', c => c.ruleName === 'low (room)')
      expect(th.hub.services.alarms.open('tank-1').map(a => a.state)).toEqual(['cleared', 'cleared'])
      await Promise.all([watcher.close(), dev.disconnect()])
    } finally {
      await th.stop()
    }
  })
})

describe('alarms across a hub restart', () => {
  it('keeps rules and alarms, and an alarm raised before the restart clears after it on the same card', async () => {
    const clock = createManualClock(Date.now())
    const first = await startTestHub({ alarmSweepMs: 1000 }, { now: clock.now, timers: clock })
    const creds = provisionDevice(first, 'pump-7', { room: 'plant', model: 'pump' })
    const token = await tokenFor(first, alice)
    await api(first, 'POST', '/api/alarm-rules', { token, body: {
      name: 'Pressure high', scope: { model: 'pump' }, severity: 'critical', unit: 'bar',
      condition: { type: 'threshold', field: 'pressure', op: '>=', value: 8, hysteresis: 0.5 },
    } })
    const dev = await startTestDevice(first.wsUrl, creds)
    await evaluatedTelemetry(first)(dev, 'pump-7', { pressure: 9 })
    await waitFor(() => first.hub.services.alarms.open('pump-7').length === 1)
    const [raised] = first.hub.services.alarms.open('pump-7')
    await dev.disconnect()
    await first.stop({ keepData: true })

    const second = await startTestHub({ dataDir: first.dataDir, alarmSweepMs: 1000 }, { now: clock.now, timers: clock })
    try {
      const token2 = await tokenFor(second, alice)
      expect((await api(second, 'GET', '/api/alarm-rules', { token: token2 })).body.rules).toMatchObject([{ name: 'Pressure high', scope: { model: 'pump' } }])
      expect((await api(second, 'GET', `/api/alarms/${raised!.id}`, { token: token2 })).body.alarm).toMatchObject({ state: 'active', value: 9, room: 'plant' })
      const watcher = await chatAs(second, bob)
      await joinRoom(watcher, 'plant')
      const again = await startTestDevice(second.wsUrl, creds, { meta: null })
      await evaluatedTelemetry(second)(again, 'pump-7', { pressure: 7.9 })
      expect(alarmCardsOf(watcher, 'pump-7')).toEqual([]) // inside the band: still raised
      await again.telemetry({ pressure: 7.4 })
      const cleared = await nextAlarmCard(watcher, 'pump-7', 'cleared')
      expect(cleared).toMatchObject({ id: `e_alarm_${raised!.id}`, rev: 2 })
      await Promise.all([watcher.close(), again.disconnect()])
    } finally {
      await second.stop()
    }
  })
})
