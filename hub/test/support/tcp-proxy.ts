import { once } from 'node:events'
import { Worker } from 'node:worker_threads'

/**
 * A loopback TCP proxy that can turn into a black hole: connections are accepted and nothing
 * reaches either side, as when a server sits behind a dead link (no refusal, no reset, only
 * silence). `forward()` ends the frozen connections and forwards new ones again. It runs on a
 * thread of its own, so it keeps forwarding while a synchronous caller (SyncPg) blocks this one.
 */
export interface TcpProxy {
  port: number
  /** Bytes the clients have sent so far, forwarded or not. */
  readonly bytesFromClients: number
  /** Whether any client sent `text` (in its last MiB of bytes), forwarded or not. */
  clientsSent(text: string): Promise<boolean>
  blackhole(): Promise<void>
  forward(): Promise<void>
  close(): Promise<void>
}

const PROXY = String.raw`
const net = require('node:net')
const { parentPort, workerData } = require('node:worker_threads')
const bytes = new Int32Array(workerData.bytes)
let mode = 'forward'
let seen = ''
const live = new Set()
const server = net.createServer(client => {
  const pair = { client, upstream: null, frozen: mode === 'blackhole' }
  live.add(pair)
  client.on('error', () => {})
  client.on('close', () => { if (pair.upstream) pair.upstream.destroy(); live.delete(pair) })
  client.on('data', d => {
    Atomics.add(bytes, 0, d.length)
    seen = (seen + d.toString('latin1')).slice(-1048576)
    if (!pair.frozen && pair.upstream) pair.upstream.write(d)
  })
  if (pair.frozen) return
  const upstream = pair.upstream = net.connect(workerData.port, workerData.host)
  upstream.on('error', () => client.destroy())
  upstream.on('close', () => client.destroy())
  upstream.on('data', d => { if (!pair.frozen) client.write(d) })
})
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }))
parentPort.on('message', m => {
  if (typeof m === 'object' && m.find !== undefined) { parentPort.postMessage({ found: seen.includes(m.find) }); return }
  if (m === 'blackhole') { mode = 'blackhole'; for (const p of live) p.frozen = true }
  if (m === 'forward') {
    mode = 'forward'
    for (const p of live) if (p.frozen) { p.client.destroy(); if (p.upstream) p.upstream.destroy() }
  }
  if (m === 'close') {
    for (const p of live) { p.client.destroy(); if (p.upstream) p.upstream.destroy() }
    server.close(() => parentPort.postMessage('closed'))
    return
  }
  parentPort.postMessage(m)
})
`

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const bytes = new Int32Array(new SharedArrayBuffer(4))
  const worker = new Worker(PROXY, { eval: true, workerData: { ...target, bytes: bytes.buffer } })
  const [{ port }] = await once(worker, 'message') as [{ port: number }]
  const command = async (m: string, answer = m): Promise<void> => {
    const done = new Promise<void>(resolve => {
      const on = (reply: unknown) => { if (reply === answer) { worker.off('message', on); resolve() } }
      worker.on('message', on)
    })
    worker.postMessage(m)
    await done
  }
  return {
    port,
    get bytesFromClients() { return Atomics.load(bytes, 0) },
    async clientsSent(text) {
      const answer = once(worker, 'message') as Promise<[{ found: boolean }]>
      worker.postMessage({ find: text })
      return (await answer)[0].found
    },
    blackhole: () => command('blackhole'),
    forward: () => command('forward'),
    async close() {
      await command('close', 'closed')
      await worker.terminate()
    },
  }
}

/** `url` with its port replaced by `port` (a PostgreSQL or Redis URL through a proxy). */
export function viaPort(url: string, port: number): string {
  const u = new URL(url)
  u.port = String(port)
  return u.toString()
}
