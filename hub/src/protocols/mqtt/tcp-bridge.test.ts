import { describe, it, expect, afterEach } from '@jest/globals'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { TcpBridge, type TcpBridgeLimits } from './tcp-bridge.js'
import type { BudgetExceeded } from './send-budget.js'
import { InboundGate } from './inbound-gate.js'

const sockets: net.Socket[] = []
const servers: net.Server[] = []
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy()
  for (const s of servers.splice(0)) await new Promise(r => s.close(r))
})

/** A TcpBridge on the server side of a loopback connection, its socket, and the client socket. */
async function pair(limits: Omit<TcpBridgeLimits, 'preConnectBytes'> & { preConnectBytes?: number }, gate?: InboundGate): Promise<{ bridge: TcpBridge; client: net.Socket; served: net.Socket; dropped: BudgetExceeded[] }> {
  const dropped: BudgetExceeded[] = []
  let bridge!: TcpBridge
  let served!: net.Socket
  const server = net.createServer(socket => {
    sockets.push(socket)
    served = socket
    bridge = new TcpBridge(socket, { preConnectBytes: 1 << 20, ...limits }, e => dropped.push(e), gate)
    bridge.on('error', () => {})
  })
  servers.push(server)
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const client = net.connect((server.address() as AddressInfo).port, '127.0.0.1')
  sockets.push(client)
  await new Promise<void>(r => client.once('connect', r))
  while (!bridge) await new Promise(r => setImmediate(r))
  return { bridge, client, served, dropped }
}

/** Resolves once `cond` holds, checked every turn. */
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise(r => setImmediate(r))
}

/** CONNECT, MQTT 3.1.1, clean session, keep-alive 60 s, client id `tcp1`. */
const CONNECT = Buffer.from('101000044d5154540402003c000474637031', 'hex')
/** A QoS 0 PUBLISH to `t/x` with a one-byte payload. */
const PUBLISH = Buffer.from([0x30, 0x06, 0x00, 0x03, 0x74, 0x2f, 0x78, 0x21])
const LIMITS = { maxPacketBytes: 1 << 20, sendBufferLimitBytes: 64 * 1024, slowConsumerMs: 10_000, sendHardLimitBytes: 1 << 22 }

const tick = (ms: number) => new Promise(r => setTimeout(r, ms))
const chunk = Buffer.alloc(64 * 1024, 0x30)

describe('TcpBridge outgoing budget', () => {
  it('drops a peer that stops reading once its queue stays over the budget', async () => {
    const { bridge, client, dropped } = await pair({ maxPacketBytes: 1 << 20, sendBufferLimitBytes: 64 * 1024, slowConsumerMs: 200, sendHardLimitBytes: 1 << 30 })
    client.pause()
    // A steady trickle: the kernel's buffers fill, then the queue grows in the hub.
    for (let i = 0; i < 2000 && !bridge.destroyed; i++) { bridge.write(chunk); await tick(5) }
    expect(bridge.destroyed).toBe(true)
    expect(bridge.closedWith).toBe('MQTT_ERR_SLOW_CONSUMER')
    expect(dropped).toHaveLength(1)
    expect(dropped[0]!.reason).toBe('slow')
    expect(dropped[0]!.overBudgetMs).toBeGreaterThanOrEqual(200)
  })

  it('drops a peer at once when the queue passes the hard limit', async () => {
    const { bridge, client, dropped } = await pair({ maxPacketBytes: 1 << 20, sendBufferLimitBytes: 64 * 1024, slowConsumerMs: 600_000, sendHardLimitBytes: 1 << 20 })
    client.pause()
    for (let i = 0; i < 2000 && !bridge.destroyed; i++) { bridge.write(chunk); if (i % 16 === 0) await tick(1) }
    expect(bridge.closedWith).toBe('MQTT_ERR_SLOW_CONSUMER')
    expect(dropped.map(d => d.reason)).toEqual(['hard'])
    expect(dropped[0]!.queuedBytes).toBeGreaterThan(1 << 20)
  })

  it('keeps a peer that reads, however much it is sent', async () => {
    // The reader runs on this test's event loop: on a loaded machine it can lag a few hundred ms
    // behind and would then rightly count as slow, so the time budget here is generous; what is
    // shown is that a writer that waits for 'drain' never pushes a reading peer past the hard limit.
    const { bridge, client, dropped } = await pair({ maxPacketBytes: 1 << 20, sendBufferLimitBytes: 64 * 1024, slowConsumerMs: 10_000, sendHardLimitBytes: 1 << 20 })
    let received = 0
    client.on('data', d => { received += d.length })
    for (let i = 0; i < 320 && !bridge.destroyed; i++) {
      if (!bridge.write(chunk)) await new Promise(r => { bridge.once('drain', r); bridge.once('close', r) })
    }
    expect(dropped).toEqual([])
    expect(bridge.destroyed).toBe(false)
    while (received < 320 * chunk.length) await tick(5)
  })
})

describe('TcpBridge writes', () => {
  it('sends what one turn wrote in one system call, in order', async () => {
    const { bridge, client, served } = await pair(LIMITS)
    const calls: string[] = []
    const socket = served as unknown as { _write: (...a: unknown[]) => void; _writev: (...a: unknown[]) => void }
    const [write, writev] = [socket._write, socket._writev]
    socket._write = function (this: unknown, ...a: unknown[]) { calls.push('write'); return write.apply(this, a) }
    socket._writev = function (this: unknown, ...a: unknown[]) { calls.push('writev'); return writev.apply(this, a) }
    const got: Buffer[] = []
    client.on('data', (d: Buffer) => got.push(d))
    // As aedes writes packets: chunk by chunk, several packets in one turn.
    const packets = [CONNECT, PUBLISH, PUBLISH]
    for (const p of packets) for (let at = 0; at < p.length; at += 3) bridge.write(p.subarray(at, at + 3))
    const sent = Buffer.concat(packets)
    await until(() => Buffer.concat(got).length === sent.length)
    expect(Buffer.concat(got)).toEqual(sent)
    expect(calls).toEqual(['writev'])
  })
})

describe('TcpBridge inbound', () => {
  it('stops reading while the broker\'s backlog is over the gate, and reads on once it is down', async () => {
    let backlog = 100
    const gate = new InboundGate(() => backlog, 10, 2)
    const { bridge, client, served } = await pair(LIMITS, gate)
    bridge.markConnected()
    const read: Buffer[] = []
    bridge.on('data', (d: Buffer) => read.push(d))
    client.write(Buffer.concat([CONNECT, PUBLISH]))
    await until(() => Buffer.concat(read).length === CONNECT.length + PUBLISH.length)
    // The backlog is over the high mark: the socket is paused and waits for the gate.
    expect(served.isPaused()).toBe(true)
    expect(gate.waitingCount).toBe(1)
    client.write(PUBLISH)
    backlog = 2
    await until(() => Buffer.concat(read).length === CONNECT.length + 2 * PUBLISH.length)
    expect(served.isPaused()).toBe(false)
    expect(gate.waitingCount).toBe(0)
  })

  it('closes a connection that sends more than the pre-CONNECT budget before its CONNECT is accepted', async () => {
    const { bridge, client } = await pair({ ...LIMITS, preConnectBytes: 64 })
    const closed = new Promise(r => client.once('close', r))
    // A CONNECT that never completes: declared 60 KiB (under the packet limit), trickled in.
    client.write(Buffer.from([0x10, 0x80, 0xe0, 0x03]))
    for (let i = 0; i < 20 && !bridge.destroyed; i++) { client.write(Buffer.alloc(10)); await new Promise(r => setImmediate(r)) }
    await closed
    expect(bridge.closedWith).toBe('MQTT_ERR_PRECONNECT_BUDGET')
  })

  it('lifts the pre-CONNECT budget once the broker accepted the CONNECT', async () => {
    const { bridge, client } = await pair({ ...LIMITS, preConnectBytes: 64 })
    const read: Buffer[] = []
    bridge.on('data', (d: Buffer) => read.push(d))
    client.write(CONNECT)
    await until(() => read.length > 0)
    bridge.markConnected()
    const flood = Buffer.concat(Array.from({ length: 100 }, () => PUBLISH))
    client.write(flood)
    await until(() => Buffer.concat(read).length === CONNECT.length + flood.length)
    expect(bridge.closedWith).toBeNull()
  })

  it('hands aedes a large read a batch at a time, each once the last is handled, then reads on', async () => {
    const { bridge, client, served } = await pair(LIMITS)
    bridge.markConnected()
    // Reads as aedes does: on 'readable', then again once the packets read are handled (a turn later).
    const batches: number[] = []
    let bytes = 0
    let busy = false
    const next = () => {
      const buf = bridge.read() as Buffer | null
      if (!buf) { busy = false; return }
      busy = true
      bytes += buf.length
      batches.push(buf.length)
      setImmediate(next)
    }
    bridge.on('readable', () => { if (!busy) next() })
    const burst = Buffer.concat([CONNECT, ...Array.from({ length: 1000 }, () => PUBLISH)])
    client.write(burst)
    await until(() => bytes === burst.length)
    // No read gave aedes more than one batch (64 packets; the first holds the CONNECT too).
    expect(Math.max(...batches)).toBeLessThanOrEqual(CONNECT.length + 63 * PUBLISH.length)
    expect(batches.length).toBeGreaterThanOrEqual(1000 / 64)
    // Reading resumed once everything held was taken.
    client.write(PUBLISH)
    await until(() => bytes === burst.length + PUBLISH.length)
    expect(served.isPaused()).toBe(false)
  })
})

