import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import mqtt, { type MqttClient } from 'mqtt'
import { connectChat, joinRoom, tokenFor } from '../support/chat-client.js'
import { clusterEnv, startClusterEngines, startClusterHub, type ClusterEngines } from '../support/cluster.js'
import { waitFor } from '../support/free-port.js'
import { api, deviceMqttOptions, operatorMqttOptions, provisionDevice } from '../support/identity.js'
import { connectMqtt, endMqtt } from '../support/mqtt-client.js'
import { hubMain, spawnHub, type HubProcess } from '../support/spawn-hub.js'
import { THERMOSTAT_META } from '../support/test-device.js'
import { TEST_ADMIN_PASSWORD, type TestHub } from '../support/test-hub.js'

/** Connects a device with a persistent session; resolves with the client and CONNACK's session present flag. */
function connectDevice(url: string, device: { id: string; token: string }): Promise<{ client: MqttClient; sessionPresent: boolean }> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, { ...deviceMqttOptions(device), clean: false, reconnectPeriod: 0, connectTimeout: 5000 })
    client.once('connect', connack => resolve({ client, sessionPresent: connack.sessionPresent }))
    client.once('error', reject)
  })
}

/**
 * Hub 1 is a real process, killed with SIGKILL; hub 2 (in this process) takes its devices over:
 * the device's persistent session, its queued command and its presence live in the cluster, not
 * in the dead hub.
 */
describe('a hub killed with SIGKILL', () => {
  let engines: ClusterEngines
  let h2: TestHub
  let hub1: HubProcess
  let hub1Env: Record<string, string>
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tether-hub1-'))

  beforeAll(async () => {
    if (!existsSync(hubMain)) throw new Error(`${hubMain} is missing: run npm run build -w hub first`)
    engines = await startClusterEngines()
    h2 = await startClusterHub(engines, 'hub-2')
    hub1Env = {
      ...clusterEnv(engines, 'hub-1'), TETHER_DATA_DIR: dataDir, TETHER_DASHBOARD_DIR: '', TETHER_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
      TETHER_CHAT_PRESENCE_COALESCE_MS: '0',
    }
    hub1 = await spawnHub(hub1Env, 30_000)
  }, 60_000)
  afterAll(async () => {
    await hub1?.kill('SIGKILL')
    await h2?.stop()
    await engines?.destroy()
    rmSync(dataDir, { recursive: true, force: true })
  }, 30_000)

  it('moves its devices to hub 2 with their sessions, queued command and presence (lost, then online); acknowledged chat stays, acknowledged telemetry is written once hub 1 is back', async () => {
    const url1 = `ws://127.0.0.1:${hub1.port}/ws`
    h2.hub.services.rooms.createRoom({ id: 'yard', name: 'Yard', topic: '', minRole: 'viewer' })
    const d = provisionDevice(h2, 'pump-7', { room: 'yard' })
    // The device on hub 1: persistent session, QoS 1 commands, retained meta.
    await waitFor(async () => (await connectDevice(url1, d).then(async ({ client }) => { await endMqtt(client); return true }, () => false)), 10_000, 'hub 1 to know the device')
    const first = await connectDevice(url1, d)
    first.client.on('error', () => {})
    await first.client.subscribeAsync('devices/pump-7/commands', { qos: 1 })
    await first.client.publishAsync('devices/pump-7/meta', JSON.stringify(THERMOSTAT_META), { qos: 1, retain: true })
    // Telemetry hub 1 acknowledges (PUBACK after its journal write) just before it dies.
    const base = Date.now() - 60_000
    for (let i = 0; i < 20; i++) await first.client.publishAsync('devices/pump-7/telemetry', JSON.stringify({ seq: i, ts: base + i * 1000 }), { qos: 1 })

    // An operator on hub 2 watches the device's presence.
    const states: string[] = []
    const watcher = await connectMqtt(h2.wsUrl, operatorMqttOptions('olga', await tokenFor(h2, { username: 'olga', role: 'viewer' })))
    watcher.on('message', (_t, payload) => { if (payload.length) states.push(JSON.parse(payload.toString()).state) })
    await watcher.subscribeAsync('devices/pump-7/presence')
    await waitFor(async () => states.at(-1) === 'online', 5000, 'online while on hub 1')

    // A chat message acknowledged by hub 1 before it dies.
    const chat = await connectChat(url1)
    await chat.request({ type: 'hello', token: await tokenFor(h2, { username: 'alice' }), client: { name: 'test', version: '0' } })
    await joinRoom(chat, 'yard')
    expect(await chat.request({ type: 'say', id: 'last-words', room: 'yard', text: 'said on hub 1' })).toMatchObject({ type: 'ack' })

    const deviceGone = new Promise<void>(resolve => first.client.once('close', () => resolve()))
    await hub1.kill('SIGKILL')
    await deviceGone
    await waitFor(async () => states.at(-1) === 'lost', 10_000, 'presence lost once hub 1\'s heartbeat lapsed')

    // A command issued meanwhile waits in the device's session in Redis.
    const token = await tokenFor(h2, { username: 'oscar', role: 'operator' })
    const issued = await api(h2, 'POST', '/api/devices/pump-7/commands', { token, body: { name: 'set_setpoint', params: { value: 18 } } })
    expect(issued.status).toBe(202)
    const id = issued.body.command.id as string

    const second = await connectDevice(h2.wsUrl, d)
    expect(second.sessionPresent).toBe(true) // [MQTT-3.2.2-2]
    const received = await new Promise<{ id: string }>(resolve => second.client.once('message', (_t, payload) => resolve(JSON.parse(payload.toString()))))
    expect(received.id).toBe(id)
    await second.client.publishAsync('devices/pump-7/responses', JSON.stringify({ id, ok: true }), { qos: 1 })
    await waitFor(async () => (await api(h2, 'GET', `/api/commands/${id}`, { token })).body.command.status === 'succeeded', 5000, 'the command to succeed')
    await waitFor(async () => states.at(-1) === 'online', 5000, 'online again on hub 2')
    expect(states.slice(states.lastIndexOf('lost'))).toEqual(['lost', 'online'])

    const history = await api(h2, 'GET', '/api/rooms/yard/messages?limit=50', { token })
    expect(JSON.stringify(history.body)).toContain('said on hub 1')
    // Alice's only session was on hub 1: hub 2 ended it with hub 1's heartbeat [CHAT-9.1-1].
    const alice = h2.hub.services.operators.getByUsername('alice')!.id
    const presenceOfAlice = () => h2.hub.services.rooms.history('yard', Number.MAX_SAFE_INTEGER, 100).entries
      .filter(e => e.kind === 'member' && e.action === 'presence' && e.user.id === alice).map(e => (e as { presence?: string }).presence)
    await waitFor(async () => presenceOfAlice().at(-1) === 'offline', 5000, 'alice offline after hub 1 died')
    // Offline once, and last. Whether her hello's `online` is in the room too depends on whether the
    // coalesced presence change was posted before or after she joined, which a loaded machine decides.
    expect(presenceOfAlice().filter(p => p === 'offline')).toEqual(['offline'])
    expect(presenceOfAlice().at(-1)).toBe('offline')
    await Promise.all([endMqtt(second.client), endMqtt(watcher)])
    chat.ws.terminate()

    // Hub 1 back under the same node id drains its own journal: every acknowledged point is stored.
    hub1 = await spawnHub(hub1Env, 30_000)
    const stored = async () => (await fetch(`http://127.0.0.1:${hub1.port}/api/devices/pump-7/telemetry?field=seq&from=${base}&to=${base + 20_000}&every=1s&agg=last`,
      { headers: { authorization: `Bearer ${token}` } }).then(r => r.json()) as { points?: Array<{ v: number }> }).points ?? []
    await waitFor(async () => (await stored()).length === 20, 15_000, 'hub 1 to write its journal after the restart')
    expect((await stored()).map(p => p.v)).toEqual(Array.from({ length: 20 }, (_, i) => i))
    expect(existsSync(path.join(dataDir, 'telemetry-spool', 'hub-1'))).toBe(true) // the journal is this node's own
  }, 55_000)
})
