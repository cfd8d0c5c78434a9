import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MqttClient } from 'mqtt'
import { Redis } from 'ioredis'
import { chatAs, idOf, joinRoom, type ChatClient, type Frame } from '../support/chat-client.js'
import { startClusterEngines, startClusterHub, stopCluster, recordingTelemetryStore, type ClusterEngines } from '../support/cluster.js'
import { waitFor } from '../support/free-port.js'
import { api, deviceMqttOptions, operatorMqttOptions, provisionDevice } from '../support/identity.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import { tokenFor } from '../support/chat-client.js'
import { startTestDevice, type TestDevice } from '../support/test-device.js'
import type { TestHub } from '../support/test-hub.js'

/**
 * Two hubs of one cluster in this process, on a real redis-server and a real PostgreSQL: what a
 * client does on one hub is seen on the other, once.
 */
describe('two hubs as one', () => {
  let engines: ClusterEngines
  let h1: TestHub, h2: TestHub
  const store = recordingTelemetryStore()

  beforeAll(async () => {
    engines = await startClusterEngines()
    const overrides = { chatRateBurst: 10_000, telemetryFlushMs: 20, chatPresenceCoalesceMs: 0, chatTypingTtlMs: 300 }
    h1 = await startClusterHub(engines, 'hub-1', overrides, { telemetryStore: store })
    h2 = await startClusterHub(engines, 'hub-2', overrides, { telemetryStore: store })
  }, 60_000)
  afterAll(() => stopCluster(engines, h1, h2), 30_000)

  /** A device created on one hub, once the other hub has heard of it. */
  async function device(on: TestHub, id: string, room: string | null = null) {
    const d = provisionDevice(on, id, { room })
    await waitFor(async () => [h1, h2].every(h => h.hub.services.devices.get(id) !== undefined), 5000, `${id} known to both hubs`)
    return d
  }

  it('reports both nodes, Redis and PostgreSQL on /readyz and the node on /metrics', async () => {
    const ready = await api(h1, 'GET', '/readyz')
    expect(ready.status).toBe(200)
    expect(ready.body.checks).toEqual(expect.arrayContaining([{ name: 'redis', ok: true }, { name: 'postgres', ok: true }]))
    await waitFor(async () => (await api(h1, 'GET', '/readyz')).body.checks.some((c: { name: string; detail?: string }) =>
      c.name === 'cluster' && c.detail === 'node hub-1; 2 live hubs: hub-1, hub-2'), 5000, 'hub 1 to report both nodes on /readyz')
    await waitFor(async () => (await (await fetch(`${h2.httpUrl}/metrics`)).text()).includes('tether_cluster_nodes{node="hub-2"} 2'), 5000, 'two live nodes on /metrics')
  })

  it('hands a device\'s publish on hub 1 to an operator subscribed on hub 2 once, and writes the point once', async () => {
    const d = await device(h1, 'meter-1')
    const operator = await connectMqtt(h2.wsUrl, operatorMqttOptions('olga', await tokenFor(h2, { username: 'olga', role: 'viewer' })))
    const seen: number[] = []
    operator.on('message', (_topic, payload) => { seen.push(JSON.parse(payload.toString()).n) })
    await operator.subscribeAsync('devices/meter-1/telemetry', { qos: 1 })
    const dev = await connectMqtt(h1.wsUrl, deviceMqttOptions(d))
    for (let n = 1; n <= 5; n++) await dev.publishAsync('devices/meter-1/telemetry', JSON.stringify({ n }), { qos: 1 })
    // A last point, then everything before it has had every chance to arrive twice.
    await dev.publishAsync('devices/meter-1/telemetry', JSON.stringify({ n: 99 }), { qos: 1 })
    const written = () => store.points.filter(p => p.tags.device === 'meter-1').map(p => p.fields.n)
    await waitFor(async () => seen.includes(99) && written().includes(99), 10_000, 'the last point on hub 2 and in the store')
    expect(seen).toEqual([1, 2, 3, 4, 5, 99])
    expect(written()).toEqual([1, 2, 3, 4, 5, 99])
    expect(store.points.filter(p => p.tags.device === 'meter-1' && p.fields.n === 1)).toHaveLength(1)
    await Promise.all([endMqtt(dev), endMqtt(operator)])
  })

  // [CHAT-5.1-1] [CHAT-5.1-2]
  it('gives chat messages said on both hubs one gap-free order that every member sees', async () => {
    h1.hub.services.rooms.createRoom({ id: 'floor', name: 'Floor', topic: '', minRole: 'viewer' })
    const [a, b] = await Promise.all([chatAs(h1, { username: 'alice' }), chatAs(h2, { username: 'bob' })])
    await joinRoom(a, 'floor')
    await joinRoom(b, 'floor')
    const sends = [...[0, 1, 2, 3, 4].map(k => ({ x: a, id: `a${k}` })), ...[0, 1, 2, 3, 4].map(k => ({ x: b, id: `b${k}` }))]
    for (const { x, id } of sends) x.send({ type: 'say', id, room: 'floor', text: id })
    await Promise.all(sends.map(({ x, id }) => x.next(f => f.type === 'ack' && f.ref === id)))
    const streams = await Promise.all([a, b].map(async x => {
      const got: Frame[] = []
      while (got.length < 10) {
        const e = (await x.next(f => f.type === 'event' && f.room === 'floor')).entry
        if (e.kind === 'message') got.push(e)
      }
      return got.map(e => `${e.seq}:${e.text}`)
    }))
    expect(streams[1]).toEqual(streams[0])
    const seqs = streams[0]!.map(s => Number(s.split(':')[0]))
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i)) // gap-free, ascending
    // Resuming on the other hub replays exactly what was missed [CHAT-4.3-2].
    const before = seqs[4]!
    const c = await chatAs(h2, { username: 'alice' })
    const resumed = await joinRoom(c, 'floor', before)
    expect(resumed.mode).toBe('resume')
    expect(resumed.entries.map((e: Frame) => `${e.seq}:${e.text}`)).toEqual(streams[0]!.slice(5))
    await Promise.all([a.close(), b.close(), c.close()])
  })

  // [CHAT-16.1-1] [CHAT-16.2-1]
  it('delivers a command from an operator on hub 2 to a device on hub 1 and both hubs see its card succeed', async () => {
    h2.hub.services.rooms.createRoom({ id: 'plant', name: 'Plant', topic: '', minRole: 'viewer' })
    const d = await device(h2, 'boiler-1', 'plant')
    const dev: TestDevice = await startTestDevice(h1.wsUrl, d)
    const [a, b] = await Promise.all([chatAs(h1, { username: 'alice' }), chatAs(h2, { username: 'bob' })])
    await joinRoom(a, 'plant')
    await joinRoom(b, 'plant')
    const incoming = dev.nextCommand(10_000)
    const ack = await b.request({ type: 'command', id: 'cmd-1', device: 'boiler-1', name: 'set_setpoint', params: { value: 20 } })
    expect(ack).toMatchObject({ type: 'command.ack', duplicate: false })
    const id = ack.card.commandId as string
    expect((await incoming).id).toBe(id)
    const cards = (x: ChatClient, status: string) => x.next(f => f.type === 'event' && f.entry.kind === 'command' && f.entry.card.commandId === id && f.entry.card.status === status, 10_000)
    await Promise.all([cards(a, 'delivered'), cards(b, 'delivered')])
    await dev.respond(id, { ok: true, result: { setpoint: 20 } })
    const [ea, eb] = await Promise.all([cards(a, 'succeeded'), cards(b, 'succeeded')])
    expect(ea.entry.seq).toBe(eb.entry.seq)
    // Each transition applied once: one card revision per state, in order.
    const revisions = (x: ChatClient) => x.log.filter(f => f.type === 'event' && f.entry.kind === 'command' && f.entry.card.commandId === id).map(f => f.entry.card.status)
    expect(revisions(a)).toEqual(['accepted', 'sent', 'delivered', 'succeeded'])
    expect(revisions(b)).toEqual(['accepted', 'sent', 'delivered', 'succeeded'])
    const token = await tokenFor(h1, { username: 'alice' })
    expect((await api(h1, 'GET', `/api/commands/${id}`, { token })).body.command).toMatchObject({ status: 'succeeded' })
    await Promise.all([a.close(), b.close(), dev.disconnect()])
  })

  // [CHAT-9.1-1] [CHAT-9.2-1]
  it('keeps an operator online while a session on either hub lives, and posts offline once after the last one closes', async () => {
    h1.hub.services.rooms.createRoom({ id: 'lobby', name: 'Lobby', topic: '', minRole: 'viewer' })
    const watcher = await chatAs(h2, { username: 'bob' })
    await joinRoom(watcher, 'lobby')
    const c1 = await chatAs(h1, { username: 'carol' })
    await joinRoom(c1, 'lobby')
    const carol = idOf(h1, 'carol')
    const redis = new Redis(engines.redis.url)
    try {
      const c2 = await chatAs(h2, { username: 'carol' })
      await waitFor(async () => await redis.hget(`tether:op:${carol}`, 'hub-2') === 'online', 5000, 'hub 2 to report carol')
      await c1.close()
      await waitFor(async () => await redis.hget(`tether:op:${carol}`, 'hub-1') === null, 5000, 'hub 1 to report carol gone')
      await c2.close()
      const presence = () => watcher.log.filter(f => f.type === 'event' && f.entry.kind === 'member' && f.entry.action === 'presence' && f.entry.user.id === carol)
      await waitFor(async () => presence().length > 0, 5000, 'carol offline in the lobby')
      watcher.send({ type: 'say', id: 'after-carol', room: 'lobby', text: 'sentinel' })
      await watcher.next(f => f.type === 'event' && f.entry.clientId === 'after-carol')
      // Her first session may already have announced 'online' (when she was a lobby member by the time
      // it settled in Redis); what matters: no 'offline' while hub 2's session lived, then exactly one.
      const states = presence().map(f => f.entry.presence as string)
      expect(states.filter(s => s !== 'online')).toEqual(['offline'])
      expect(states.at(-1)).toBe('offline')
      expect(await redis.hget(`tether:op:${carol}`, '_pub')).toBe('offline')
    } finally {
      redis.disconnect()
      await watcher.close()
    }
  })

  // [CHAT-8.1-3]
  it('evaluates a rule made on hub 2 for a device on hub 1, and both hubs follow its alarm through acknowledge and clear', async () => {
    const d = await device(h1, 'boiler-c1')
    const dev: TestDevice = await startTestDevice(h1.wsUrl, d)
    const op = await tokenFor(h2, { username: 'oskar', role: 'operator' })
    const created = await api(h2, 'POST', '/api/alarm-rules', { token: op, body: { name: 'hot', scope: { device: 'boiler-c1' }, severity: 'critical', condition: { type: 'threshold', field: 'temperature', op: '>', value: 30 } } })
    expect(created.status).toBe(201)
    // Hub 1 hears of the rule through the bus: keep sending until it evaluates it.
    const open = (h: TestHub) => h.hub.services.alarms.open('boiler-c1')
    await waitFor(async () => { await dev.telemetry({ temperature: 35 }); return open(h1).length === 1 }, 10_000, 'hub 1 to raise the alarm of the rule made on hub 2')
    const id = open(h1)[0]!.id
    await waitFor(async () => open(h2).map(a => a.id).join() === id, 5000, 'hub 2 to know the open alarm')
    const ack = await api(h2, 'POST', `/api/alarms/${id}/ack`, { token: op, body: { note: 'on it' } })
    expect(ack.status).toBe(200)
    await waitFor(async () => open(h1)[0]?.state === 'acknowledged', 5000, 'hub 1 to see the acknowledgement')
    await dev.telemetry({ temperature: 20 })
    await waitFor(async () => open(h1).length === 0 && open(h2).length === 0, 5000, 'both hubs to see it closed')
    // One alarm, acknowledged on hub 2 and closed by hub 1, in the shared store.
    expect(h2.hub.services.alarms.list({ deviceId: 'boiler-c1', limit: 10 }).map(a => ({ id: a.id, state: a.state, note: a.note }))).toEqual([{ id, state: 'closed', note: 'on it' }])
    await dev.disconnect()
  })

  it('does not raise "no data" on the hub a device left for another one', async () => {
    const d = await device(h1, 'meter-mv')
    const op = await tokenFor(h2, { username: 'oskar', role: 'operator' })
    const created = await api(h2, 'POST', '/api/alarm-rules', { token: op, body: { name: 'quiet', scope: { device: 'meter-mv' }, severity: 'major', condition: { type: 'no_data', field: 'temperature', forMs: 1000 } } })
    expect(created.status).toBe(201)
    const open = (h: TestHub) => h.hub.services.alarms.open('meter-mv').filter(a => a.state === 'active')
    // Hub 1 evaluates the device: one sample, then silence raises "no data" there (the rule and the state are in place).
    const onH1: TestDevice = await startTestDevice(h1.wsUrl, d)
    await waitFor(async () => { await onH1.telemetry({ temperature: 20 }); return h1.hub.services.alarms.listRules().some(r => r.name === 'quiet') }, 5000, 'the rule')
    await waitFor(async () => open(h1).length === 1, 10_000, 'hub 1 to raise no data')
    await onH1.telemetry({ temperature: 20 })
    await waitFor(async () => open(h1).length === 0 && open(h2).length === 0, 5000, 'the sample to clear it')
    // The device moves to hub 2 (same client id: hub 1's connection is taken over) and keeps publishing there.
    const onH2: TestDevice = await startTestDevice(h2.wsUrl, d)
    const until = Date.now() + 3000 // longer than the rule's 1 s plus a sweep on either hub
    while (Date.now() < until) {
      await onH2.telemetry({ temperature: 21 })
      expect(open(h1)).toEqual([])
      expect(open(h2)).toEqual([])
      await new Promise(r => setTimeout(r, 200))
    }
    // Silence now: hub 2, which holds the device, raises it.
    await waitFor(async () => open(h2).length === 1, 10_000, 'hub 2 to raise no data')
    await onH2.disconnect()
    await onH1.disconnect().catch(() => undefined)
  })

  it('relays typing from hub 1 to hub 2 and ends it once after the TTL', async () => {
    h1.hub.services.rooms.createRoom({ id: 'den', name: 'Den', topic: '', minRole: 'viewer' })
    const watcher = await chatAs(h2, { username: 'bob' })
    await joinRoom(watcher, 'den')
    const typist = await chatAs(h1, { username: 'dave' })
    await joinRoom(typist, 'den')
    typist.send({ type: 'typing', room: 'den', state: 'start' })
    const dave = idOf(h1, 'dave')
    await watcher.next(f => f.type === 'typing' && f.user.id === dave && f.state === 'start')
    await watcher.next(f => f.type === 'typing' && f.user.id === dave && f.state === 'stop', 5000)
    // Once hub 1 has expired it, a message from hub 1 follows its stop on the same channel: one stop only.
    await waitFor(async () => !h1.hub.services.rooms.typing.isTyping('den', dave), 5000, 'hub 1 to expire the indicator')
    typist.send({ type: 'say', id: 'after-dave', room: 'den', text: 'sentinel' })
    await watcher.next(f => f.type === 'event' && f.entry.clientId === 'after-dave')
    expect(watcher.log.filter(f => f.type === 'typing' && f.user.id === dave).map(f => f.state)).toEqual(['start', 'stop'])
    await Promise.all([watcher.close(), typist.close()])
  })

  it('closes a client\'s connection on hub 1 when the same client id connects to hub 2 [MQTT-3.1.4-2]', async () => {
    const d = await device(h1, 'valve-1')
    const first: MqttClient = await connectMqtt(h1.wsUrl, { ...deviceMqttOptions(d), clean: false })
    const closed = new Promise<void>(resolve => first.once('close', () => resolve()))
    const second = await connectMqtt(h2.wsUrl, { ...deviceMqttOptions(d), clean: false })
    await closed
    await waitFor(async () => h1.hub.services.broker.connectedClients === 0 || !Object.keys((h1.hub.services.broker as unknown as { clients: object }).clients).includes('valve-1'), 5000, 'hub 1 to drop the old connection')
    // The device shows online (the hub that holds the connection says so), not lost from the takeover.
    const token = await tokenFor(h1, { username: 'olga', role: 'viewer' })
    const presenceOn = async (h: TestHub) => (await api(h, 'GET', '/api/devices/valve-1', { token })).body?.device?.presence
    await waitFor(async () => (await presenceOn(h2))?.state === 'online', 5000, 'online on hub 2')
    // Hub 1 shows what hub 2 published: online since the new connection, not lost from the takeover.
    const [on1, on2] = await Promise.all([presenceOn(h1), presenceOn(h2)])
    expect(on1).toMatchObject({ state: 'online', since: on2.since })
    await endMqtt(second)
    first.end(true)
  })
})
