/**
 * A small MQTT.js device speaking docs/topics.md over ws://…/ws: retained status and meta,
 * telemetry on a period, commands answered after a short delay. Stands in for the simulator
 * (device-sim) in the dashboard's end-to-end tests.
 */
import mqtt, { type MqttClient } from 'mqtt'

export interface FakeDevice { client: MqttClient; commands: Array<{ id: string; name: string; params: unknown }>; stop(): Promise<void> }

export const THERMOSTAT_META = {
  model: 'thermostat', firmware: '1.4.2',
  commands: { set_setpoint: { params: { value: { type: 'number', min: 5, max: 30 } } }, identify: { params: {} }, reboot: { params: {}, confirm: true } },
  fields: { temperature: { unit: '°C', main: true }, humidity: { unit: '%' }, setpoint: { unit: '°C' } },
}

export function startFakeDevice(wsUrl: string, id: string, token: string, periodMs = 300): Promise<FakeDevice> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(wsUrl, {
      clientId: id, username: id, password: token, protocolVersion: 4, clean: false, keepalive: 10, reconnectPeriod: 500,
      will: { topic: `devices/${id}/status`, payload: Buffer.from('offline'), qos: 1, retain: true },
    })
    const commands: FakeDevice['commands'] = []
    let timer: ReturnType<typeof setInterval> | null = null
    let n = 0
    let setpoint = 21
    client.on('error', () => { /* reconnects */ })
    client.on('message', (topic, payload) => {
      if (!topic.endsWith('/commands')) return
      let cmd: { id: string; name: string; params?: { value?: number } }
      try { cmd = JSON.parse(payload.toString()) } catch { return }
      commands.push({ id: cmd.id, name: cmd.name, params: cmd.params })
      if (cmd.name === 'set_setpoint' && typeof cmd.params?.value === 'number') setpoint = cmd.params.value
      setTimeout(() => client.publish(`devices/${id}/responses`, JSON.stringify({ id: cmd.id, ok: true, result: { setpoint } }), { qos: 1 }), 100)
    })
    client.once('connect', () => {
      client.publish(`devices/${id}/status`, 'online', { qos: 1, retain: true })
      client.publish(`devices/${id}/meta`, JSON.stringify(THERMOSTAT_META), { qos: 1, retain: true })
      client.subscribe(`devices/${id}/commands`, { qos: 1 }, err => {
        if (err) return reject(err)
        timer = setInterval(() => {
          n++
          client.publish(`devices/${id}/telemetry`, JSON.stringify({ temperature: 20 + Math.sin(n / 5) * 2, humidity: 45 + (n % 7), setpoint }))
        }, periodMs)
        resolve({
          client, commands,
          stop: () => new Promise<void>(done => { if (timer) clearInterval(timer); client.end(false, {}, () => done()) }),
        })
      })
    })
  })
}
