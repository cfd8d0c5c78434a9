import type { MqttClient } from 'mqtt'
import { connectMqtt } from './mqtt-client.js'

/** The SUBACK return code for one filter: the granted QoS (0–2) or 0x80 (refused). */
export function subackCode(client: MqttClient, filter: string, qos: 0 | 1 | 2 = 1): Promise<number> {
  return new Promise((resolve, reject) => {
    client.subscribe(filter, { qos }, (err, granted) => {
      // MQTT.js reports a refused filter as an error carrying the SUBACK packet.
      const suback = (err as (Error & { packet?: { granted?: number[] } }) | undefined)?.packet
      if (suback?.granted) return resolve(suback.granted[0]!)
      if (err) return reject(err)
      resolve(granted![0]!.qos)
    })
  })
}

/** The CONNACK return code a connection attempt gets (0 = accepted; the client is then closed). */
export async function connackCode(url: string, opts: Parameters<typeof connectMqtt>[1]): Promise<number> {
  try {
    const client = await connectMqtt(url, opts)
    await new Promise<void>(resolve => client.end(true, {}, () => resolve()))
    return 0
  } catch (err) {
    const code = (err as Error & { code?: number }).code
    if (typeof code !== 'number') throw err
    return code
  }
}

/** Records every message a client receives, in order. */
export function collect(client: MqttClient): Array<{ topic: string; payload: string; retain: boolean }> {
  const seen: Array<{ topic: string; payload: string; retain: boolean }> = []
  client.on('message', (topic, payload, packet) => seen.push({ topic, payload: payload.toString(), retain: packet.retain }))
  return seen
}

/** Resolves when `pred` holds, checking after each message (rejects after `timeoutMs`). */
export function until(client: MqttClient, pred: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (pred()) return resolve()
    const timer = setTimeout(() => { client.off('message', check); reject(new Error('condition not met in time')) }, timeoutMs)
    function check() { if (pred()) { clearTimeout(timer); client.off('message', check); resolve() } }
    client.on('message', check)
  })
}
