import WebSocket from 'ws'
import { encodeRemainingLength } from '@tether/protocol'

/** Hand-built MQTT 3.1.1 packets, so tests can send bytes MQTT.js would never produce. */

export function mqttString(bytes: Buffer | string): Buffer {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  return Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b])
}

function packet(firstByte: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([firstByte, ...encodeRemainingLength(body.length)]), body])
}

export function connectPacket(clientId: Buffer | string, username?: Buffer | string, password?: Buffer | string): Buffer {
  let flags = 0x02 // clean session
  if (username !== undefined) flags |= 0x80
  if (password !== undefined) flags |= 0x40
  const parts = [mqttString('MQTT'), Buffer.from([4, flags, 0, 60]), mqttString(clientId)]
  if (username !== undefined) parts.push(mqttString(username))
  if (password !== undefined) parts.push(mqttString(password))
  return packet(0x10, Buffer.concat(parts))
}

/** QoS 0 PUBLISH. */
export function publishPacket(topic: Buffer | string, payload: string): Buffer {
  return packet(0x30, Buffer.concat([mqttString(topic), Buffer.from(payload)]))
}

export function subscribePacket(messageId: number, filter: Buffer | string, qos = 0): Buffer {
  return packet(0x82, Buffer.concat([Buffer.from([messageId >> 8, messageId & 0xff]), mqttString(filter), Buffer.from([qos])]))
}

/** A raw `mqtt` WebSocket: what the hub sent, and whether (and how) it closed. */
export async function rawMqtt(url: string) {
  const ws = new WebSocket(url, 'mqtt')
  const received: Buffer[] = []
  let closed = false
  const closedP = new Promise<void>(resolve => ws.once('close', () => { closed = true; resolve() }))
  ws.on('error', () => {})
  ws.on('message', (data: Buffer) => received.push(Buffer.from(data)))
  await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })
  return {
    ws,
    received,
    get isClosed() { return closed },
    send(buf: Buffer) { ws.send(buf) },
    /** Resolves true when the hub closed the connection within `ms`. */
    closedWithin(ms: number): Promise<boolean> {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<boolean>(r => { timer = setTimeout(() => r(false), ms) })
      return Promise.race([closedP.then(() => true), timeout]).finally(() => clearTimeout(timer))
    },
    /** The first packet of the given type (high nibble), waiting up to `ms`. */
    async packet(type: number, ms = 2000): Promise<Buffer | undefined> {
      const deadline = Date.now() + ms
      while (Date.now() < deadline) {
        const all = Buffer.concat(received)
        const found = splitPackets(all).find(p => p[0]! >> 4 === type)
        if (found) return found
        if (closed) return undefined
        await new Promise(r => setTimeout(r, 10))
      }
      return undefined
    },
    close() { ws.terminate() },
  }
}

function splitPackets(buf: Buffer): Buffer[] {
  const out: Buffer[] = []
  let i = 0
  while (i < buf.length) {
    let len = 0, mult = 1, j = i + 1
    for (;;) {
      const b = buf[j++]
      if (b === undefined) return out
      len += (b & 0x7f) * mult
      mult *= 128
      if ((b & 0x80) === 0) break
    }
    if (j + len > buf.length) return out
    out.push(buf.subarray(i, j + len))
    i = j + len
  }
  return out
}
