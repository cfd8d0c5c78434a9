import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { chatAs, joinRoom, type ChatClient, type Frame } from '../support/chat-client.js'
import { createManualClock } from '../support/manual-clock.js'
import { api, createOperator, deviceMqttOptions, operatorMqttOptions, provisionDevice } from '../support/identity.js'
import { connectMqtt, endMqtt, nextMessage } from '../support/mqtt-client.js'
import { startTestDevice } from '../support/test-device.js'

const deviceEvent = (c: ChatClient, deviceId: string, event: string, timeoutMs = 5000) =>
  c.next(f => f.type === 'event' && f.entry.kind === 'device' && f.entry.deviceId === deviceId && f.entry.event === event, timeoutMs).then(f => f.entry as Frame)

describe('device presence on a live hub (fake clock)', () => {
  let th: TestHub
  const clock = createManualClock(Date.now())
  let watcher: ChatClient

  beforeAll(async () => {
    th = await startTestHub({ presenceFlapReconnects: 3, presenceFlapWindowMs: 60_000, presenceSilentFactor: 3, presenceSilentFloorMs: 10_000 }, { now: clock.now, timers: clock })
    th.hub.services.rooms.createRoom({ id: 'site-a', name: 'Site A', topic: '', minRole: 'viewer' })
    watcher = await chatAs(th, { username: 'wanda', role: 'viewer' })
    await joinRoom(watcher, 'site-a')
  })
  afterAll(async () => {
    await watcher.close()
    await th.stop()
  })

  // [CHAT-16.3-1]
  it('shows online and a clean offline in the room, GET /api/devices and the retained presence topic', async () => {
    const creds = provisionDevice(th, 'door-1', { room: 'site-a' })
    const { token } = await createOperator(th, 'dora', 'viewer')
    const before = await api(th, 'GET', '/api/devices', { token })
    expect(before.body.devices.find((d: Frame) => d.id === 'door-1').presence).toMatchObject({ state: 'offline', reason: 'never_connected', lastSeen: null })

    const dev = await startTestDevice(th.wsUrl, creds)
    const online = await deviceEvent(watcher, 'door-1', 'online')
    expect(online.data).toMatchObject({ from: 'offline', reason: 'connected', since: clock.now() })
    const listed = await api(th, 'GET', '/api/devices/door-1', { token })
    expect(listed.body.device.presence).toMatchObject({ state: 'online', reason: 'connected', since: clock.now(), lastSeen: clock.now() })

    clock.advance(1000)
    await dev.disconnect()
    const offline = await deviceEvent(watcher, 'door-1', 'offline')
    expect(offline.data).toMatchObject({ from: 'online', reason: 'clean_disconnect', detail: 'disconnected cleanly' })

    // An operator's dashboard reads the hub-derived presence as a retained message.
    const dash = await connectMqtt(th.wsUrl, operatorMqttOptions('dora', token))
    const retained = nextMessage(dash, 'devices/door-1/presence')
    await dash.subscribeAsync('devices/+/presence', { qos: 0 })
    const msg = await retained
    expect(msg.retain).toBe(true)
    expect(JSON.parse(msg.payload.toString())).toMatchObject({ state: 'offline', reason: 'clean_disconnect', since: clock.now() })
    await endMqtt(dash)
  })

  it('clears the retained presence of a deleted device', async () => {
    const dev = await startTestDevice(th.wsUrl, provisionDevice(th, 'gone-1', { room: 'site-a' }))
    await deviceEvent(watcher, 'gone-1', 'online')
    const { token } = await createOperator(th, 'gina', 'viewer')
    const dash = await connectMqtt(th.wsUrl, operatorMqttOptions('gina', token))
    const first = nextMessage(dash, 'devices/gone-1/presence')
    await dash.subscribeAsync('devices/gone-1/presence', { qos: 0 })
    expect(JSON.parse((await first).payload.toString()).state).toBe('online')
    const cleared = nextMessage(dash, 'devices/gone-1/presence')
    th.hub.services.devices.delete('gone-1')
    // An empty retained publish deletes the retained message [MQTT-3.3.1-10].
    expect((await cleared).payload.length).toBe(0)
    expect(th.hub.services.presence.of('gone-1').reason).toBe('never_connected')
    await endMqtt(dash)
    await dev.disconnect().catch(() => {})
  })

  it('gives a dashboard subscribed to status and presence both the will and the lost presence when a link drops', async () => {
    const creds = provisionDevice(th, 'drop-1', { room: 'site-a' })
    const { token } = await createOperator(th, 'dina', 'viewer')
    // A dashboard with a persistent session: the will then also goes through its offline queue.
    const dash = await connectMqtt(th.wsUrl, { ...operatorMqttOptions('dina', token), clean: false })
    await dash.subscribeAsync(['devices/drop-1/status', 'devices/drop-1/presence'], { qos: 1 })
    for (let round = 0; round < 3; round++) {
      const c = await connectMqtt(th.wsUrl, { ...deviceMqttOptions(creds), clean: false, will: { topic: 'devices/drop-1/status', payload: Buffer.from('offline'), qos: 1, retain: true } })
      await c.subscribeAsync('devices/drop-1/commands', { qos: 1 }) // a persistent QoS 1 subscriber: the will takes the offline-queue path
      // Listening first: subscribers may get the message before its publisher gets the PUBACK.
      const online = waitForMessage(dash, 'devices/drop-1/status', 'online')
      await c.publishAsync('devices/drop-1/status', 'online', { qos: 1, retain: true })
      await online
      const will = waitForMessage(dash, 'devices/drop-1/status', 'offline')
      const lost = waitForMessage(dash, 'devices/drop-1/presence', '"state":"lost"')
      c.stream.destroy()
      // aedes drops a packet that arrives after a later one of the same broker (lib/client.js dedupe):
      // the hub's presence publish must not overtake the will.
      await Promise.all([will, lost])
      clock.advance(61_000) // no flapping across rounds
    }
    await endMqtt(dash)
  })

  it('refuses a device that tries to publish its own presence', async () => {
    const creds = provisionDevice(th, 'liar-1', { room: 'site-a' })
    const dev = await startTestDevice(th.wsUrl, creds)
    await deviceEvent(watcher, 'liar-1', 'online')
    await dev.publish('devices/liar-1/presence', JSON.stringify({ state: 'online', reason: 'trust me' }))
    await dev.disconnect()
    await deviceEvent(watcher, 'liar-1', 'offline')
    const { token } = await createOperator(th, 'otto', 'viewer')
    const dash = await connectMqtt(th.wsUrl, operatorMqttOptions('otto', token))
    const retained = nextMessage(dash, 'devices/liar-1/presence')
    await dash.subscribeAsync('devices/liar-1/presence', { qos: 0 })
    expect(JSON.parse((await retained).payload.toString()).state).toBe('offline')
    await endMqtt(dash)
  })

  it('goes silent after 3 × the learned telemetry cadence and back online when telemetry resumes', async () => {
    const dev = await startTestDevice(th.wsUrl, provisionDevice(th, 'meter-1', { room: 'site-a' }))
    await deviceEvent(watcher, 'meter-1', 'online')
    for (let i = 0; i < 5; i++) {
      await dev.telemetry({ watts: 100 + i })
      await waitFor(() => th.hub.services.presence.of('meter-1').lastSeen === clock.now())
      clock.advance(5000)
    }
    // Last telemetry 5 s ago, cadence 5 s: silent once 15 s have passed.
    clock.advance(9_999)
    th.hub.services.presence.sweep()
    expect(th.hub.services.presence.of('meter-1').state).toBe('online')
    clock.advance(1)
    th.hub.services.presence.sweep()
    const silent = await deviceEvent(watcher, 'meter-1', 'silent')
    expect(silent.data).toMatchObject({ reason: 'no_telemetry', detail: 'no telemetry for 15 s (over 3 × its 5 s cadence, at least 10 s)' })
    await dev.telemetry({ watts: 1 })
    const back = await deviceEvent(watcher, 'meter-1', 'online')
    expect(back.data).toMatchObject({ from: 'silent', reason: 'telemetry_resumed' })
    await dev.disconnect()
  })

  // [CHAT-16.3-1]
  it('reports a device that keeps reconnecting as flapping once, not as a flood', async () => {
    const creds = provisionDevice(th, 'flappy-1', { room: 'site-a' })
    const seqBefore = th.hub.services.rooms.seq('site-a')
    for (let i = 0; i < 8; i++) {
      const c = await connectMqtt(th.wsUrl, { ...deviceMqttOptions(creds), will: { topic: 'devices/flappy-1/status', payload: Buffer.from('offline'), qos: 1, retain: true } })
      clock.advance(1000)
      c.stream.destroy() // drop the link without DISCONNECT: the will fires
      await waitFor(() => th.hub.services.presence.of('flappy-1').lastSeen === clock.now())
    }
    await deviceEvent(watcher, 'flappy-1', 'flapping')
    const entries = th.hub.services.rooms.history('site-a', Number.MAX_SAFE_INTEGER, 100).entries
      .flatMap(e => (e.seq > seqBefore && e.kind === 'device' && e.deviceId === 'flappy-1' ? [e] : []))
    // online, lost, online, lost, online, lost, flapping — then nothing for the next 5 reconnects.
    expect(entries.map(e => e.event)).toEqual(['online', 'lost', 'online', 'lost', 'online', 'lost', 'flapping'])
    expect(entries.filter(e => e.event === 'lost').map(e => e.data?.reason)).toEqual(['will_fired', 'will_fired', 'will_fired'])
    clock.advance(60_000)
    th.hub.services.presence.sweep()
    const settled = await watcher.next(f => f.type === 'event' && f.entry.deviceId === 'flappy-1' && f.entry.data?.from === 'flapping')
    expect(settled.entry).toMatchObject({ event: 'lost', data: { reason: 'will_fired' } })
  })
})

describe('a device process that is killed', () => {
  let th: TestHub
  beforeAll(async () => {
    th = await startTestHub()
    th.hub.services.rooms.createRoom({ id: 'site-b', name: 'Site B', topic: '', minRole: 'viewer' })
  })
  afterAll(() => th.stop())

  it('is lost in the room within keepalive × 1.5 of SIGKILL, its will published', async () => {
    const keepaliveS = 2
    const creds = provisionDevice(th, 'killme-1', { room: 'site-b' })
    const watcher = await chatAs(th, { username: 'kim', role: 'viewer' })
    await joinRoom(watcher, 'site-b')
    // A real device process: MQTT.js over ws://…/ws with a will, that we kill without warning.
    const script = `
      import mqtt from 'mqtt'
      const c = mqtt.connect(process.env.URL, { clientId: process.env.ID, username: process.env.ID, password: process.env.TOKEN,
        keepalive: ${keepaliveS}, reconnectPeriod: 0, will: { topic: 'devices/' + process.env.ID + '/status', payload: 'offline', qos: 1, retain: true } })
      c.on('connect', () => c.publish('devices/' + process.env.ID + '/status', 'online', { qos: 1, retain: true }, () => console.log('ready')))
      c.on('error', e => { console.error(e.message); process.exit(2) })`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: process.cwd(), env: { PATH: process.env.PATH ?? '', URL: th.wsUrl, ID: creds.id, TOKEN: creds.token }, stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = new Promise(resolve => child.once('exit', resolve))
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve() })
        child.once('exit', code => reject(new Error(`device process exited with ${code}`)))
      })
      await deviceEvent(watcher, 'killme-1', 'online')
      const killedAt = Date.now()
      child.kill('SIGKILL')
      const lost = await deviceEvent(watcher, 'killme-1', 'lost', keepaliveS * 1500)
      expect(Date.now() - killedAt).toBeLessThanOrEqual(keepaliveS * 1500)
      expect(['will_fired', 'keepalive_expired']).toContain(lost.data.reason)
    } finally {
      child.kill('SIGKILL')
      await exited
      await watcher.close()
    }
  })
})

function waitForMessage(client: import('mqtt').MqttClient, topic: string, contains: string, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { client.off('message', onMessage); reject(new Error(`no ${contains} on ${topic} within ${timeoutMs} ms`)) }, timeoutMs)
    function onMessage(t: string, payload: Buffer) {
      if (t !== topic || !payload.toString().includes(contains)) return
      clearTimeout(timer)
      client.off('message', onMessage)
      resolve()
    }
    client.on('message', onMessage)
  })
}

async function waitFor(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise(r => setTimeout(r, 5))
  }
}
