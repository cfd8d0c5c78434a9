import WebSocket from 'ws'
import { startTestHub, type TestHub } from '../support/test-hub.js'
import { openAccess } from '../../src/protocols/mqtt/access.js'
import { encodeRemainingLength } from '@tether/protocol'

/**
 * Raw-byte MQTT over a real hub: exact bytes out, exact bytes (or a close) back.
 * No MQTT library on this side, so the tests can send what no library would.
 */

/** The real hub stack with the allow-all access policy, so any topic is reachable. */
export function startConformanceHub(persist = false): Promise<TestHub> {
  return startTestHub({}, { access: openAccess, persistMqtt: persist })
}

/** '10 0c 00 04' → bytes. */
export function hex(s: string): Buffer {
  return Buffer.from(s.replace(/\s+/g, ''), 'hex')
}
export const toHex = (b: Buffer): string => [...b].map(x => x.toString(16).padStart(2, '0')).join(' ')

export function str(s: Buffer | string): Buffer {
  const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s
  return Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b])
}
export function frame(first: number, ...parts: Array<Buffer | number[]>): Buffer {
  const body = Buffer.concat(parts.map(p => Buffer.isBuffer(p) ? p : Buffer.from(p)))
  return Buffer.concat([Buffer.from([first, ...encodeRemainingLength(body.length)]), body])
}
const u16 = (n: number) => [n >> 8, n & 0xff]

export interface ConnectOptions {
  id?: Buffer | string
  clean?: boolean
  keepalive?: number
  will?: { topic: Buffer | string; payload?: string; qos?: number; retain?: boolean }
  user?: Buffer | string
  password?: string
  /** Raw flags byte: overrides everything the options above would set. */
  flags?: number
  protocol?: string
  level?: number
}
export function connect(o: ConnectOptions = {}): Buffer {
  const v31 = o.protocol === 'MQIsdp'
  let flags = o.clean === false ? 0 : 0x02
  const payload: Buffer[] = [str(o.id ?? 'c')]
  if (o.will) {
    flags |= 0x04 | ((o.will.qos ?? 0) << 3) | (o.will.retain ? 0x20 : 0)
    payload.push(str(o.will.topic), str(o.will.payload ?? ''))
  }
  if (o.user !== undefined) { flags |= 0x80; payload.push(str(o.user)) }
  if (o.password !== undefined) { flags |= 0x40; payload.push(str(o.password)) }
  return frame(0x10, str(o.protocol ?? 'MQTT'), [o.level ?? (v31 ? 3 : 4), o.flags ?? flags, ...u16(o.keepalive ?? 60)], ...payload)
}
export function publish(topic: Buffer | string, payload: string, o: { qos?: number; id?: number; retain?: boolean; dup?: boolean } = {}): Buffer {
  const qos = o.qos ?? 0
  const first = 0x30 | (o.dup ? 0x08 : 0) | (qos << 1) | (o.retain ? 1 : 0)
  return frame(first, str(topic), qos > 0 ? u16(o.id ?? 1) : [], Buffer.from(payload))
}
export function subscribe(id: number, ...subs: Array<[Buffer | string, number]>): Buffer {
  return frame(0x82, u16(id), ...subs.flatMap(([f, q]) => [str(f), [q]]))
}
export function unsubscribe(id: number, ...filters: Array<Buffer | string>): Buffer {
  return frame(0xa2, u16(id), ...filters.map(f => str(f)))
}
export const ack = (type: 'puback' | 'pubrec' | 'pubrel' | 'pubcomp', id: number): Buffer =>
  frame({ puback: 0x40, pubrec: 0x50, pubrel: 0x62, pubcomp: 0x70 }[type], u16(id))
export const PINGREQ = hex('c0 00')
export const PINGRESP = 'd0 00'
export const DISCONNECT = hex('e0 00')

export interface Wire {
  ws: WebSocket
  send(...bufs: Buffer[]): void
  /** The next whole packet from the hub, as hex; undefined when the hub closed first. */
  next(ms?: number): Promise<string | undefined>
  /** Asserts-friendly: the next n packets as hex (fewer if the hub closed). */
  take(n: number, ms?: number): Promise<string[]>
  /** Resolves with the close (code, reason) once the hub closes; rejects after `ms`. */
  closed(ms?: number): Promise<{ code: number; reason: string }>
  /** Sends PINGREQ and returns every packet before PINGRESP: proves "nothing else was sent". */
  flush(ms?: number): Promise<string[]>
  /** The packets that arrived and were not taken yet, as hex (does not wait). */
  received(): string[]
  isOpen(): boolean
  end(): void
}

export async function wire(url: string): Promise<Wire> {
  const ws = new WebSocket(url, 'mqtt')
  let buf = Buffer.alloc(0)
  const packets: Buffer[] = []
  let closeInfo: { code: number; reason: string } | null = null
  const waiters = new Set<() => void>()
  const wake = () => { for (const w of [...waiters]) w() }
  ws.on('error', () => {})
  ws.on('message', (data: Buffer) => {
    buf = Buffer.concat([buf, data])
    for (;;) {
      let len = 0, mult = 1, j = 1
      let complete = false
      while (j < buf.length) {
        const b = buf[j++]!
        len += (b & 0x7f) * mult
        mult *= 128
        if ((b & 0x80) === 0) { complete = true; break }
      }
      if (!complete || j + len > buf.length) break
      packets.push(buf.subarray(0, j + len))
      buf = buf.subarray(j + len)
    }
    wake()
  })
  ws.on('close', (code, reason) => {
    // A truncated packet the hub wrote before closing counts as a packet: it must never happen.
    if (buf.length > 0) packets.push(buf)
    buf = Buffer.alloc(0)
    closeInfo = { code, reason: reason.toString() }
    wake()
  })
  await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject) })

  function waitFor<T>(pick: () => T | undefined, ms: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = pick()
        if (v === undefined) return
        waiters.delete(check)
        clearTimeout(timer)
        resolve(v)
      }
      const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`timed out waiting for ${what}; got ${packets.map(toHex).join(' | ')}`)) }, ms)
      waiters.add(check)
      check()
    })
  }

  const w: Wire = {
    ws,
    send(...bufs) { for (const b of bufs) ws.send(b) },
    async next(ms = 3000) {
      const r = await waitFor(() => packets.length > 0 ? { p: packets.shift()! } : closeInfo ? { p: undefined } : undefined, ms, 'a packet')
      return r.p ? toHex(r.p) : undefined
    },
    async take(n, ms = 3000) {
      const out: string[] = []
      for (let i = 0; i < n; i++) {
        const p = await w.next(ms)
        if (p === undefined) break
        out.push(p)
      }
      return out
    },
    closed(ms = 3000) {
      return waitFor(() => closeInfo ?? undefined, ms, 'the close')
    },
    async flush(ms = 3000) {
      ws.send(PINGREQ)
      const out: string[] = []
      for (;;) {
        const p = await w.next(ms)
        if (p === undefined) throw new Error(`closed before PINGRESP; got ${out.join(' | ')}`)
        if (p === PINGRESP) return out
        out.push(p)
      }
    },
    received: () => packets.map(toHex),
    isOpen() { return closeInfo === null },
    end() { ws.terminate() },
  }
  return w
}

/** Opens a connection, sends CONNECT and checks the CONNACK bytes. */
export async function connected(url: string, o: ConnectOptions = {}, connack = '20 02 00 00'): Promise<Wire> {
  const w = await wire(url)
  w.send(connect(o))
  const got = await w.next()
  if (got !== connack) throw new Error(`expected CONNACK ${connack}, got ${got}`)
  return w
}

/** Every packet the hub sends before closing, and the close. */
export async function untilClosed(w: Wire, ms = 3000): Promise<{ packets: string[]; code: number; reason: string }> {
  const packets: string[] = []
  for (;;) {
    const p = await w.next(ms)
    if (p === undefined) break
    packets.push(p)
  }
  const { code, reason } = await w.closed(ms)
  return { packets, code, reason }
}
