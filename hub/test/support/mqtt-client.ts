import mqtt, { type IClientOptions, type MqttClient } from 'mqtt'

/** Connects a stock MQTT.js client and resolves on CONNACK (rejects on error or close). */
export function connectMqtt(url: string, opts: IClientOptions = {}): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 5000, ...opts })
    const fail = (err: Error) => { client.end(true); reject(err) }
    const closedEarly = () => fail(new Error('closed before CONNACK'))
    // Only until CONNACK: a later close is the caller's (a client with reconnectPeriod reconnects).
    client.once('connect', () => { client.off('error', fail); client.off('close', closedEarly); resolve(client) })
    client.once('error', fail)
    client.once('close', closedEarly)
  })
}

export function nextMessage(client: MqttClient, topic?: string, timeoutMs = 5000): Promise<{ topic: string; payload: Buffer; retain: boolean; qos: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { client.off('message', onMessage); reject(new Error(`no message on ${topic ?? '*'} within ${timeoutMs} ms`)) }, timeoutMs)
    function onMessage(t: string, payload: Buffer, packet: { retain: boolean; qos: number }) {
      if (topic && t !== topic) return
      clearTimeout(timer)
      client.off('message', onMessage)
      resolve({ topic: t, payload, retain: packet.retain, qos: packet.qos })
    }
    client.on('message', onMessage)
  })
}

export function endMqtt(client: MqttClient, force = false): Promise<void> {
  return new Promise(resolve => client.end(force, {}, () => resolve()))
}
