import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import type { MqttClient } from 'mqtt'
import { startTestHub, type TestHub } from './support/test-hub.js'
import { connectMqtt, endMqtt } from './support/mqtt-client.js'
import { createOperator, provisionDevice, deviceMqttOptions, operatorMqttOptions } from './support/identity.js'
import { subackCode, connackCode, collect, until } from './support/mqtt-acl.js'

let t: TestHub
let d1: { id: string; token: string }
let d2: { id: string; token: string }
let viewer: { token: string; user: { username: string } }
const open: MqttClient[] = []

async function connect(opts: Parameters<typeof connectMqtt>[1]): Promise<MqttClient> {
  const c = await connectMqtt(t.wsUrl, opts)
  open.push(c)
  return c
}

async function deniedCount(kind: string): Promise<number> {
  const text = await (await fetch(`${t.httpUrl}/metrics`)).text()
  const m = new RegExp(`^tether_mqtt_publish_denied_total\\{kind="${kind}"\\} (\\d+)`, 'm').exec(text)
  return m ? Number(m[1]) : 0
}

beforeAll(async () => {
  t = await startTestHub({}, { persistMqtt: false })
  d1 = provisionDevice(t, 'd1', { model: 'thermostat' })
  d2 = provisionDevice(t, 'd2')
  viewer = await createOperator(t, 'vera', 'viewer')
})
afterAll(async () => {
  await Promise.all(open.map(c => endMqtt(c, true)))
  await t.stop()
})

describe('MQTT authentication over ws://…/ws', () => {
  it('accepts a device with client id = username = its id and its token', async () => {
    expect(await connackCode(t.wsUrl, deviceMqttOptions(d1))).toBe(0)
  })

  it.each([
    ['a wrong token', 4, () => ({ ...deviceMqttOptions(d1), password: d2.token })],
    ['no credentials', 4, () => ({ clientId: 'd1' })],
    ['an unknown device', 5, () => ({ clientId: 'ghost', username: 'ghost', password: d1.token })],
    ['a client id that is not its username', 2, () => ({ ...deviceMqttOptions(d1), clientId: 'd2' })],
    ['a will on another device’s status', 5, () => ({ ...deviceMqttOptions(d1), will: { topic: 'devices/d2/status', payload: Buffer.from('offline'), qos: 1 as const, retain: true } })],
  ])('refuses %s with CONNACK %i', async (_name, code, opts) => {
    expect(await connackCode(t.wsUrl, opts())).toBe(code)
  })

  it('accepts a device will on its own status topic', async () => {
    expect(await connackCode(t.wsUrl, { ...deviceMqttOptions(d1), will: { topic: 'devices/d1/status', payload: Buffer.from('offline'), qos: 1, retain: true } })).toBe(0)
  })

  it('accepts an operator with username = account name, password = JWT, client id "{username}:…"', async () => {
    expect(await connackCode(t.wsUrl, operatorMqttOptions('vera', viewer.token))).toBe(0)
  })

  it.each([
    ['another account’s name', 4, () => ({ ...operatorMqttOptions('vera', viewer.token), username: 'admin' })],
    ['a client id without its name prefix', 2, () => ({ ...operatorMqttOptions('vera', viewer.token), clientId: 'd1' })],
    ['a tampered token', 4, () => operatorMqttOptions('vera', viewer.token.slice(0, -4) + 'AAAA')],
  ])('refuses an operator with %s (CONNACK %i)', async (_name, code, opts) => {
    expect(await connackCode(t.wsUrl, opts())).toBe(code)
  })
})

describe('SUBSCRIBE ACL (refused → 0x80)', () => {
  it.each([
    ['device', 'devices/d1/commands', 1],
    ['device', 'devices/d2/commands', 0x80],
    ['device', 'devices/+/commands', 0x80],
    ['device', 'devices/d1/telemetry', 0x80],
    ['device', 'devices/d2/telemetry', 0x80],
    ['device', 'devices/#', 0x80],
    ['device', '#', 0x80],
    ['device', '$SYS/#', 0x80],
    ['operator', 'devices/+/telemetry', 1],
    ['operator', 'devices/+/status', 1],
    ['operator', 'devices/+/meta', 1],
    ['operator', 'devices/d1/telemetry', 1],
    ['operator', 'devices/d2/status', 1],
    ['operator', 'devices/+/commands', 0x80],
    ['operator', 'devices/d1/commands', 0x80],
    ['operator', 'devices/+/responses', 0x80],
    ['operator', 'devices/+/+', 0x80],
    ['operator', 'devices/#', 0x80],
    ['operator', '#', 0x80],
    ['operator', '$SYS/#', 0x80],
  ])('%s subscribing %s → %i', async (who, filter, code) => {
    const client = await connect(who === 'device' ? { ...deviceMqttOptions(d1), clientId: 'd1' } : operatorMqttOptions('vera', viewer.token, `sub-${open.length}`))
    expect(await subackCode(client, filter)).toBe(code)
    expect(client.connected).toBe(true)
    await endMqtt(client)
  })
})

describe('PUBLISH ACL (refused → dropped, counted, connection kept)', () => {
  it('delivers a device’s own telemetry, status and meta to an operator', async () => {
    const op = await connect(operatorMqttOptions('vera', viewer.token, 'watch'))
    const all = collect(op)
    // Retained messages left by earlier tests (d1's will) are not what this test publishes.
    const live = () => all.filter(m => !m.retain)
    for (const kind of ['telemetry', 'status', 'meta']) await subackCode(op, `devices/+/${kind}`)
    const dev = await connect(deviceMqttOptions(d1))
    const before = await deniedCount('device')
    await dev.publishAsync('devices/d1/telemetry', '{"t":21}', { qos: 1 })
    await dev.publishAsync('devices/d1/status', 'online', { qos: 1 })
    await dev.publishAsync('devices/d1/meta', '{"model":"thermostat"}', { qos: 1 })
    await dev.publishAsync('devices/d1/responses', '{"id":"c1","ok":true}', { qos: 1 })
    await until(op, () => live().length >= 3)
    expect(live().map(m => m.topic)).toEqual(['devices/d1/telemetry', 'devices/d1/status', 'devices/d1/meta'])
    expect(await deniedCount('device')).toBe(before)
    await Promise.all([endMqtt(dev), endMqtt(op)])
  })

  it.each([
    ['another device’s telemetry', 'devices/d2/telemetry'],
    ['another device’s status (retained)', 'devices/d2/status'],
    ['another device’s commands', 'devices/d2/commands'],
    ['its own commands', 'devices/d1/commands'],
    ['a topic outside devices/', 'rooms/lobby'],
    ['$SYS', '$SYS/broker/fake'],
  ])('drops a device publishing to %s without disconnecting it', async (_name, topic) => {
    const op = await connect(operatorMqttOptions('vera', viewer.token, 'watch2'))
    const victim = await connect(deviceMqttOptions(d2))
    const opSeen = collect(op)
    const victimSeen = collect(victim)
    await subackCode(op, 'devices/+/telemetry')
    await subackCode(op, 'devices/+/status')
    await subackCode(victim, 'devices/d2/commands')
    const dev = await connect(deviceMqttOptions(d1))
    const before = await deniedCount('device')
    await dev.publishAsync(topic, 'forged', { qos: 2, retain: true })
    // A sentinel from the same client after the refused one: once it arrives, the refused one would have.
    await dev.publishAsync('devices/d1/telemetry', 'sentinel', { qos: 1 })
    await until(op, () => opSeen.some(m => m.payload === 'sentinel'))
    expect(opSeen.filter(m => m.payload === 'forged')).toEqual([])
    expect(victimSeen).toEqual([])
    expect(dev.connected).toBe(true)
    expect(await deniedCount('device')).toBe(before + 1)
    // Nothing was retained either: a fresh subscriber to the forged topic gets no message.
    const late = await connect(operatorMqttOptions('vera', viewer.token, 'late'))
    const lateSeen = collect(late)
    await subackCode(late, 'devices/d2/status')
    await subackCode(late, 'devices/d1/telemetry')
    await dev.publishAsync('devices/d1/telemetry', 'sentinel2', { qos: 1 })
    await until(late, () => lateSeen.some(m => m.payload === 'sentinel2'))
    expect(lateSeen.filter(m => m.payload === 'forged')).toEqual([])
    await Promise.all([endMqtt(dev), endMqtt(op), endMqtt(victim), endMqtt(late)])
  })

  it('drops an operator publishing commands to a device', async () => {
    const dev = await connect(deviceMqttOptions(d1))
    const devSeen = collect(dev)
    await subackCode(dev, 'devices/d1/commands')
    const op = await connect(operatorMqttOptions('vera', viewer.token, 'cmd'))
    const watcher = await connect(operatorMqttOptions('vera', viewer.token, 'cmd-watch'))
    const watcherSeen = collect(watcher)
    await subackCode(watcher, 'devices/d1/telemetry')
    const before = await deniedCount('operator')
    await op.publishAsync('devices/d1/commands', '{"id":"x","name":"reboot"}', { qos: 2 })
    await op.publishAsync('devices/d1/telemetry', 'forged-by-operator', { qos: 2 })
    await dev.publishAsync('devices/d1/telemetry', 'sentinel', { qos: 1 })
    await until(watcher, () => watcherSeen.some(m => m.payload === 'sentinel'))
    expect(watcherSeen.map(m => m.payload)).toEqual(['sentinel'])
    expect(devSeen).toEqual([])
    expect(op.connected).toBe(true)
    expect(await deniedCount('operator')).toBe(before + 2)
    await Promise.all([endMqtt(dev), endMqtt(op), endMqtt(watcher)])
  })

  it('keeps one device’s traffic away from another that subscribed to # (refused)', async () => {
    const snoop = await connect(deviceMqttOptions(d2))
    const snoopSeen = collect(snoop)
    expect(await subackCode(snoop, '#')).toBe(0x80)
    expect(await subackCode(snoop, 'devices/d1/telemetry')).toBe(0x80)
    await subackCode(snoop, 'devices/d2/commands')
    const op = await connect(operatorMqttOptions('vera', viewer.token, 'w3'))
    const opSeen = collect(op)
    await subackCode(op, 'devices/d1/telemetry')
    const dev = await connect(deviceMqttOptions(d1))
    await dev.publishAsync('devices/d1/telemetry', '{"t":1}', { qos: 1 })
    await until(op, () => opSeen.length === 1)
    expect(snoopSeen).toEqual([])
    await Promise.all([endMqtt(dev), endMqtt(op), endMqtt(snoop)])
  })
})
