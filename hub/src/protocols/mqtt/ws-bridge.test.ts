import { describe, it, expect, afterEach } from '@jest/globals'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, WebSocket } from 'ws'
import { WebSocketBridge } from './ws-bridge.js'

const closers: Array<() => void> = []
afterEach(() => { for (const c of closers.splice(0)) c() })

/** A real WebSocket on loopback: the server side (for a bridge) and the client. */
async function socketPair(): Promise<{ server: WebSocket; client: WebSocket }> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  closers.push(() => wss.close())
  await new Promise(r => wss.once('listening', r))
  const accepted = new Promise<WebSocket>(r => wss.once('connection', r))
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`)
  closers.push(() => client.terminate())
  await new Promise(r => client.once('open', r))
  return { server: await accepted, client }
}
const clientSocket = (client: WebSocket) => (client as unknown as { _socket: net.Socket })._socket

/** A bridge on the server side of a real WebSocket whose client never reads. */
async function stalledPeer(limits: { sendBufferLimitBytes: number; slowConsumerMs: number; sendHardLimitBytes: number }) {
  const { server, client } = await socketPair()
  clientSocket(client).pause()
  const bridge = new WebSocketBridge(server, { maxPacketBytes: 1 << 20, preConnectBytes: 1 << 20, ...limits })
  bridge.on('error', () => {})
  return bridge
}

const tick = (ms: number) => new Promise(r => setTimeout(r, ms))
const chunk = Buffer.alloc(64 * 1024, 0x30)

describe('WebSocketBridge outgoing budget', () => {
  it('drops a peer that does not read as soon as the queue passes the hard limit, also while writes are held back', async () => {
    const bridge = await stalledPeer({ sendBufferLimitBytes: 64 * 1024, slowConsumerMs: 600_000, sendHardLimitBytes: 2 << 20 })
    let written = 0
    for (let i = 0; i < 4000 && !bridge.destroyed && bridge.closedWith === null; i++) {
      bridge.write(chunk)
      written += chunk.length
      if (i % 16 === 0) await tick(1)
    }
    expect(bridge.slowConsumer?.reason).toBe('hard')
    // Dropped near the limit (plus what the kernel's socket buffers took), not after the loop's 256 MB.
    expect(written).toBeLessThan(64 << 20)
  })
})

describe('WebSocketBridge memory per connection', () => {
  it('listens on every WebSocket with the same functions (no closures of its own per idle connection), and reports its close once', async () => {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
    closers.push(() => wss.close())
    await new Promise(r => wss.once('listening', r))
    const port = (wss.address() as AddressInfo).port
    const closed: WebSocketBridge[] = []
    const bridges: WebSocketBridge[] = []
    const sockets: WebSocket[] = []
    for (let i = 0; i < 2; i++) {
      const accepted = new Promise<WebSocket>(r => wss.once('connection', r))
      const client = new WebSocket(`ws://127.0.0.1:${port}`)
      closers.push(() => client.terminate())
      await new Promise(r => client.once('open', r))
      const ws = await accepted
      sockets.push(client)
      const bridge = new WebSocketBridge(ws, { maxPacketBytes: 1 << 20, preConnectBytes: 1 << 20, sendBufferLimitBytes: 1 << 20 }, undefined, undefined, b => closed.push(b))
      bridge.on('error', () => {})
      bridges.push(bridge)
    }
    const [a, b] = bridges.map(x => (x as unknown as { ws: WebSocket }).ws)
    // The bridge's listener is the last one on each event (ws' server tracks its clients with its own).
    for (const event of ['message', 'close', 'error'] as const) expect(a!.listeners(event).at(-1)).toBe(b!.listeners(event).at(-1))
    sockets[0]!.close()
    await new Promise(r => a!.once('close', r))
    await tick(10)
    expect(closed).toEqual([bridges[0]])
    expect(bridges[0]!.destroyed).toBe(true)
    expect(bridges[1]!.destroyed).toBe(false)
  })
})

describe('WebSocketBridge writes', () => {
  async function pair(sendBufferLimitBytes: number) {
    const { server, client } = await socketPair()
    const bridge = new WebSocketBridge(server, { maxPacketBytes: 1 << 20, preConnectBytes: 1 << 20, sendBufferLimitBytes, slowConsumerMs: 600_000, sendHardLimitBytes: 64 << 20 })
    bridge.on('error', () => {})
    const received: Buffer[] = []
    client.on('message', (data: Buffer) => received.push(data))
    return { bridge, client, received }
  }

  it('sends a turn\'s writes as one WebSocket message, in order, whichever path each write took (mqtt-packet finds no cork)', async () => {
    const { bridge, received } = await pair(1 << 20)
    expect((bridge as unknown as { cork?: unknown }).cork).toBeUndefined()
    let called = false
    bridge.write(Buffer.from('a'))
    bridge.write('b', 'utf8')
    bridge.write(Buffer.from('c'), () => { called = true }) // a callback: through Node's Writable
    bridge.write(Buffer.from('d'))
    await new Promise(r => setTimeout(r, 20))
    expect(received.map(b => b.toString())).toEqual(['abcd'])
    expect(called).toBe(true)
  })

  it('answers false to a write over the send buffer limit and emits drain once the peer has read', async () => {
    const { bridge, client, received } = await pair(16 * 1024)
    const socket = clientSocket(client)
    socket.pause()
    const big = Buffer.alloc(32 << 20, 0x31) // more than loopback's socket buffers take
    expect(bridge.write(big)).toBe(false)
    let drained = false
    bridge.once('drain', () => { drained = true })
    await new Promise(r => setTimeout(r, 50))
    expect(drained).toBe(false) // the peer has not read: the socket's buffer is still over the limit
    socket.resume()
    const until = (done: () => boolean, what: string) => new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(what)), 5000)
      const check = () => (done() ? (clearTimeout(deadline), resolve()) : setTimeout(check, 5))
      check()
    })
    await until(() => drained, 'no drain')
    await until(() => received.reduce((n, b) => n + b.length, 0) === big.length, 'not all received')
  })
})
