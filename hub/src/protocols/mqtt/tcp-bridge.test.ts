import { describe, it, expect, afterEach } from '@jest/globals'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { TcpBridge, type TcpBridgeLimits } from './tcp-bridge.js'
import type { BudgetExceeded } from './send-budget.js'

const sockets: net.Socket[] = []
const servers: net.Server[] = []
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy()
  for (const s of servers.splice(0)) await new Promise(r => s.close(r))
})

/** A TcpBridge on the server side of a loopback connection, and the client socket. */
async function pair(limits: TcpBridgeLimits): Promise<{ bridge: TcpBridge; client: net.Socket; dropped: BudgetExceeded[] }> {
  const dropped: BudgetExceeded[] = []
  let bridge!: TcpBridge
  const server = net.createServer(socket => {
    sockets.push(socket)
    bridge = new TcpBridge(socket, limits, e => dropped.push(e))
    bridge.on('error', () => {})
  })
  servers.push(server)
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const client = net.connect((server.address() as AddressInfo).port, '127.0.0.1')
  sockets.push(client)
  await new Promise<void>(r => client.once('connect', r))
  while (!bridge) await new Promise(r => setImmediate(r))
  return { bridge, client, dropped }
}

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
