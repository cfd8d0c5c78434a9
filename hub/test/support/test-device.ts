import type { MqttClient } from 'mqtt'
import { connectMqtt, endMqtt } from './mqtt-client.js'
import { deviceMqttOptions } from './identity.js'

export const THERMOSTAT_META = {
  model: 'thermostat', firmware: '1.4.2',
  commands: { set_setpoint: { params: { value: { type: 'number', min: 5, max: 30 } } }, identify: { params: {} } },
}

export interface ReceivedCommand { id: string; name: string; params: Record<string, unknown>; issuedBy: string; expiresAt: number }

/**
 * A device as docs/topics.md describes it, on a real MQTT.js client over ws://…/ws: persistent
 * session, `offline` will, retained meta, QoS 1 subscription to its commands. It answers only
 * when the test says so (`respond`), so every lifecycle state can be observed.
 */
export async function startTestDevice(wsUrl: string, device: { id: string; token: string }, opts: { meta?: object | null; keepalive?: number } = {}) {
  const received: ReceivedCommand[] = []
  const waiters: Array<(c: ReceivedCommand) => void> = []
  /** How many of `received` were handed out by `nextCommand`. */
  let claimed = 0
  let client: MqttClient
  async function connect(): Promise<void> {
    client = await connectMqtt(wsUrl, {
      ...deviceMqttOptions(device), clean: false, keepalive: opts.keepalive ?? 60,
      will: { topic: `devices/${device.id}/status`, payload: Buffer.from('offline'), qos: 1, retain: true },
    })
    client.on('error', () => {})
    client.on('message', (topic, payload) => {
      if (topic !== `devices/${device.id}/commands`) return
      const cmd = JSON.parse(payload.toString()) as ReceivedCommand
      received.push(cmd)
      const waiter = waiters.shift()
      if (waiter) { claimed++; waiter(cmd) }
    })
    await client.subscribeAsync(`devices/${device.id}/commands`, { qos: 1 })
    await client.publishAsync(`devices/${device.id}/status`, 'online', { qos: 1, retain: true })
  }
  await connect()
  if (opts.meta !== null) await client!.publishAsync(`devices/${device.id}/meta`, JSON.stringify(opts.meta ?? THERMOSTAT_META), { qos: 1, retain: true })
  return {
    get client() { return client },
    received,
    /** The next command not yet handed out, in arrival order (waits up to `timeoutMs`). */
    nextCommand(timeoutMs = 5000): Promise<ReceivedCommand> {
      if (claimed < received.length) return Promise.resolve(received[claimed++]!)
      return new Promise((resolve, reject) => {
        const waiter = (c: ReceivedCommand) => { clearTimeout(timer); resolve(c) }
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1)
          reject(new Error(`device ${device.id} received no command within ${timeoutMs} ms`))
        }, timeoutMs)
        waiters.push(waiter)
      })
    },
    respond(id: string, body: { ok: boolean; result?: unknown; error?: string }): Promise<unknown> {
      return client.publishAsync(`devices/${device.id}/responses`, JSON.stringify({ id, ...body }), { qos: 1 })
    },
    publish(topic: string, payload: string) { return client.publishAsync(topic, payload, { qos: 1 }) },
    telemetry(fields: Record<string, unknown>) { return client.publishAsync(`devices/${device.id}/telemetry`, JSON.stringify(fields), { qos: 1 }) },
    /** Clean DISCONNECT; the persistent session keeps queued commands. */
    disconnect: () => endMqtt(client),
    reconnect: connect,
  }
}

export type TestDevice = Awaited<ReturnType<typeof startTestDevice>>
